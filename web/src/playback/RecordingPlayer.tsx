import { lazy, Suspense, useMemo } from 'react';
import { graphql, useFragment, type FragmentType } from '../gql';
import { Loading } from '../ui/Loading';
import { parseTimeFragment } from './time-fragment';
import { VideoPlayer } from './VideoPlayer';

// The terminal player (with its terminal emulator) is loaded only when a terminal recording is opened.
const TerminalPlayer = lazy(() => import('./TerminalPlayer').then((m) => ({ default: m.TerminalPlayer })));
// Likewise guacamole-common-js, for Guacamole recordings.
const GuacamolePlayer = lazy(() => import('./GuacamolePlayer').then((m) => ({ default: m.GuacamolePlayer })));

const RecordingFragment = graphql(`
  fragment RecordingPlayer_Recording on Recording {
    id
    kind
    width
    height
    durationSeconds
    needsBrowserPreview
  }
`);

/**
 * The player that fits the recording: the browser's video element, a terminal player, or a
 * Guacamole display, all with the same controls. The page opens at the time its `#t=` names.
 */
export function RecordingPlayer({ src, label, ...props }: { recording: FragmentType<typeof RecordingFragment>; src: string; label: string }) {
  const recording = useFragment(RecordingFragment, props.recording);
  // Read when the recording is opened; later changes of the fragment come from the player itself.
  const startAt = useMemo(() => parseTimeFragment(window.location.hash), []);
  if (recording.kind === 'TERMINAL') {
    return (
      <Suspense fallback={<Loading label="Loading the terminal player…" />}>
        <TerminalPlayer key={recording.id} src={src} label={label} durationSeconds={recording.durationSeconds} startAt={startAt} />
      </Suspense>
    );
  }
  if (recording.kind === 'GUACAMOLE') {
    return (
      <Suspense fallback={<Loading label="Loading the Guacamole player…" />}>
        <GuacamolePlayer
          key={recording.id}
          src={src}
          label={label}
          width={recording.width}
          height={recording.height}
          durationSeconds={recording.durationSeconds}
          startAt={startAt}
        />
      </Suspense>
    );
  }
  return (
    <VideoPlayer
      key={recording.id}
      recordingId={recording.id}
      src={src}
      label={label}
      width={recording.width}
      height={recording.height}
      durationSeconds={recording.durationSeconds}
      needsBrowserPreview={recording.needsBrowserPreview}
      startAt={startAt}
    />
  );
}
