import { registerEnumType } from 'type-graphql';

/** What a recording holds: a screen video (remote desktop) or a terminal session (asciicast). */
export enum RecordingKind {
  VIDEO = 'VIDEO',
  TERMINAL = 'TERMINAL',
}

registerEnumType(RecordingKind, {
  name: 'RecordingKind',
  valuesConfig: {
    VIDEO: { description: 'A screen recording in a video container (WebM, MP4, MKV, ...).' },
    TERMINAL: { description: 'A terminal session recorded as asciicast (v1, v2 or v3).' },
  },
});
