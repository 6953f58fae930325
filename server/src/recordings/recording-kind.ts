import { registerEnumType } from 'type-graphql';

/**
 * What a recording holds: a screen video (remote desktop), a terminal session (asciicast), or a
 * session recorded by Apache Guacamole's guacd as its drawing instructions.
 */
export enum RecordingKind {
  VIDEO = 'VIDEO',
  TERMINAL = 'TERMINAL',
  GUACAMOLE = 'GUACAMOLE',
}

registerEnumType(RecordingKind, {
  name: 'RecordingKind',
  valuesConfig: {
    VIDEO: { description: 'A screen recording in a video container (WebM, MP4, MKV, ...).' },
    TERMINAL: { description: 'A terminal session recorded as asciicast (v1, v2 or v3).' },
    GUACAMOLE: { description: "A session (RDP, VNC, SSH, ...) recorded by Apache Guacamole's guacd as Guacamole protocol instructions (.guac)." },
  },
});
