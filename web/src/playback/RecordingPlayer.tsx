import { graphql } from '../gql';
import type { RecordingPlayer_RecordingFragment } from '../gql/graphql';
import { VideoPlayer } from './VideoPlayer';

graphql(`
  fragment RecordingPlayer_Recording on Recording {
    id
    width
    height
  }
`);

/** The player that fits the recording: the browser's video element, or a terminal player. */
export function RecordingPlayer({ recording, src, label }: { recording: RecordingPlayer_RecordingFragment; src: string; label: string }) {
  return <VideoPlayer key={recording.id} src={src} label={label} width={recording.width} height={recording.height} />;
}
