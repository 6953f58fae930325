import { lazy, Suspense } from 'react';
import { graphql } from '../gql';
import type { RecordingPlayer_RecordingFragment } from '../gql/graphql';
import { Loading } from '../ui/Loading';
import { VideoPlayer } from './VideoPlayer';

// The terminal player (with its terminal emulator) is loaded only when a terminal recording is opened.
const TerminalPlayer = lazy(() => import('./TerminalPlayer').then((m) => ({ default: m.TerminalPlayer })));

graphql(`
  fragment RecordingPlayer_Recording on Recording {
    id
    kind
    width
    height
  }
`);

/** The player that fits the recording: the browser's video element, or a terminal player. */
export function RecordingPlayer({ recording, src, label }: { recording: RecordingPlayer_RecordingFragment; src: string; label: string }) {
  if (recording.kind === 'TERMINAL') {
    return (
      <Suspense fallback={<Loading label="Loading the terminal player…" />}>
        <TerminalPlayer key={recording.id} src={src} label={label} />
      </Suspense>
    );
  }
  return <VideoPlayer key={recording.id} src={src} label={label} width={recording.width} height={recording.height} />;
}
