import { randomUUID } from 'node:crypto';
import { ArrayType, BigIntType, Entity, Enum, Index, JsonType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RecordingKind } from './recording-kind.js';
import { GuacamoleInfo } from './guacamole-info.js';
import { TerminalInfo } from './terminal-info.js';

/** One recorded session as cataloged: who, where from, when, and the file that holds it. */
@ObjectType()
@Entity({ tableName: 'recordings' })
@Index({ properties: ['startedAt', 'id'] })
@Index({ properties: ['userName', 'id'] })
@Index({ properties: ['serverName', 'id'] })
@Index({ properties: ['clientName', 'id'] })
@Index({ properties: ['durationSeconds', 'id'] })
@Index({ properties: ['sizeBytes', 'id'] })
// Substring filters (Migration20261210100000): trigram indexes for each filtered field and for
// the search column that free text is matched against.
@Index({ name: 'recordings_search_trgm', expression: trigramIndex('recordings_search_trgm', '"search"') })
@Index({ name: 'recordings_user_name_trgm', expression: trigramIndex('recordings_user_name_trgm', '"user_name"') })
@Index({ name: 'recordings_server_name_trgm', expression: trigramIndex('recordings_server_name_trgm', '"server_name"') })
@Index({ name: 'recordings_client_name_trgm', expression: trigramIndex('recordings_client_name_trgm', '"client_name"') })
@Index({ name: 'recordings_client_ip_trgm', expression: trigramIndex('recordings_client_ip_trgm', '"client_ip"') })
@Index({ name: 'recordings_applications_trgm', expression: trigramIndex('recordings_applications_trgm', 'recording_applications_text("applications")') })
// Substring filters on these fields are resolved to their few matching values first, each value's
// recordings then read in start-time order (Migration20261210300000, 20261210400000).
@Index({ properties: ['userName', 'startedAt', 'id'] })
@Index({ properties: ['serverName', 'startedAt', 'id'] })
@Index({ properties: ['clientName', 'startedAt', 'id'] })
@Index({ properties: ['clientIp', 'startedAt', 'id'] })
@Index({
  name: 'recordings_restricted_started_at_id_index',
  expression: 'create index "recordings_restricted_started_at_id_index" on "recordings" ("started_at", "id") where "restricted"',
})
export class Recording {
  [OptionalProps]?: 'importedAt' | 'restricted' | 'applications' | 'kind' | 'terminal' | 'guacamole' | 'search' | 'videoCodec' | 'audioCodec';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The account name of the recorded user. */
  @Field(() => String)
  @Property({ type: 'text' })
  userName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  serverName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  clientName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  clientIp!: string;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]' })
  applications: string[] = [];

  @Field(() => String)
  @Property({ type: 'text' })
  protocol!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  endedAt!: Date;

  @Field(() => Float)
  @Property({ type: 'double' })
  durationSeconds!: number;

  @Field(() => Float)
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;

  @Field(() => RecordingKind)
  @Enum({ items: () => RecordingKind, type: 'text', default: RecordingKind.VIDEO })
  kind: RecordingKind = RecordingKind.VIDEO;

  /** The container (webm, mp4, ...) or, for terminal sessions, asciicast; guacamole for Guacamole recordings. */
  @Field(() => String)
  @Property({ type: 'text' })
  format!: string;

  /** Pixel size for video recordings and Guacamole recordings (the display); null for terminal sessions, whose size is in `terminal`. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  hasAudio!: boolean;

  /** The video codec ffprobe found (h264, vp8, mpeg4, ...); null for terminal and Guacamole recordings and for video imported before it was kept. */
  @Field(() => String, {
    nullable: true,
    description: 'The video codec the probe found at import (h264, vp9, mpeg4, ...); null when not a video or not known.',
  })
  @Property({ type: 'text', nullable: true })
  videoCodec: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The audio codec the probe found at import (aac, opus, mp3, ...); null without audio or when not known.',
  })
  @Property({ type: 'text', nullable: true })
  audioCodec: string | null = null;

  @Field(() => TerminalInfo, { nullable: true, description: 'Set for terminal sessions only.' })
  @Property({ type: JsonType, nullable: true })
  terminal: TerminalInfo | null = null;

  @Field(() => GuacamoleInfo, { nullable: true, description: 'Set for Guacamole recordings only.' })
  @Property({ type: JsonType, nullable: true })
  guacamole: GuacamoleInfo | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  restricted: boolean = false;

  /** Path of the source file, relative to the recordings folder when it lies inside it. */
  @Field(() => String)
  @Property({ type: 'text' })
  sourceLocation!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  sourceSha256!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  importedAt: Date = new Date();

  /**
   * User, server, client name, client IP and applications joined by newlines, kept by the
   * database: what free text is matched against. Never read by the application (lazy).
   */
  @Property({
    type: 'text',
    lazy: true,
    nullable: true,
    generated:
      '("user_name" || chr(10) || "server_name" || chr(10) || "client_name" || chr(10) || "client_ip" || chr(10) || recording_applications_text("applications")) stored',
  })
  search?: string;
}

function trigramIndex(name: string, expression: string): string {
  return `create index "${name}" on "recordings" using gin (${expression} gin_trgm_ops)`;
}
