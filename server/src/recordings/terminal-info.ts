import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Colours a terminal recording asks to be shown with.' })
export class TerminalThemeInfo {
  @Field(() => String)
  fg!: string;

  @Field(() => String)
  bg!: string;

  @Field(() => [String], { description: '8 or 16 colours, CSS hex.' })
  palette!: string[];
}

/** What the header of a terminal recording says, kept with the catalog entry (a JSON column). */
@ObjectType({ description: 'Details of a terminal session recording, from its asciicast header.' })
export class TerminalInfo {
  @Field(() => Int, { description: 'asciicast version of the stored file.' })
  asciicastVersion!: number;

  @Field(() => Int, { description: 'Terminal width in columns at the start.' })
  cols!: number;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int, { description: 'The widest the terminal was during the session.' })
  maxCols!: number;

  @Field(() => Int)
  maxRows!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The recorded command, e.g. /bin/bash.' })
  command?: string | null;

  @Field(() => String, { nullable: true, description: 'Terminal type, e.g. xterm-256color.' })
  termType?: string | null;

  @Field(() => [String], { nullable: true, description: 'Environment variables the recorder captured, as NAME=value (SHELL, TERM, ...).' })
  env?: string[] | null;

  @Field(() => TerminalThemeInfo, { nullable: true })
  theme?: TerminalThemeInfo | null;

  @Field(() => Float, { nullable: true, description: 'Idle time limit the recorder suggested for playback, in seconds.' })
  idleTimeLimit?: number | null;

  @Field(() => Int)
  outputEvents!: number;

  @Field(() => Int)
  inputEvents!: number;

  @Field(() => Int)
  resizes!: number;

  @Field(() => Int)
  markers!: number;

  @Field(() => Int, { nullable: true })
  exitStatus?: number | null;
}
