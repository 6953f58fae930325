import { Field, Float, Int, ObjectType } from 'type-graphql';

/** What the instructions of a Guacamole recording say, kept with the catalog entry (a JSON column). */
@ObjectType({ description: 'Details of a Guacamole recording, read from its instructions at import.' })
export class GuacamoleInfo {
  @Field(() => String, {
    nullable: true,
    description: 'The remote protocol guacd spoke (vnc, rdp, ssh, telnet, kubernetes), when the instructions show it; null when they do not.',
  })
  protocol!: string | null;

  @Field(() => Boolean, {
    description:
      "Whether the layers are laid out as guacd's terminal emulator lays them out: a terminal session (SSH, telnet or Kubernetes) rather than a desktop.",
  })
  terminalLayout!: boolean;

  @Field(() => Boolean, { description: 'Whether the keys the user pressed were recorded (key instructions); exports then carry them as a subtitle track.' })
  keysRecorded!: boolean;

  @Field(() => Int, { description: 'Complete instructions in the file.' })
  instructions!: number;

  @Field(() => Boolean, { description: 'Whether the stored file is gzip-compressed.' })
  gzip!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'Set when the file ends inside an instruction (it was still being written): the byte offset (of the uncompressed instructions) where the cut-off instruction starts. Only what comes before it is played and exported.',
  })
  truncatedAtByte!: number | null;

  @Field(() => Int, { nullable: true, description: 'With truncatedAtByte: the number (from 1) of the cut-off instruction.' })
  truncatedAtInstruction!: number | null;

  /**
   * The first timestamp of the recording, in its own milliseconds (guacd: since the machine
   * booted), which exports count video time from. Kept, not shown: it means nothing to a reader.
   */
  firstTimestampMs?: number | null;
}
