import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ManifestContent } from './manifest.js';

/*
 * The signed manifest's content as GraphQL types, so that clients read its fields from the
 * schema instead of restating its format. Each class implements its part of ManifestContent, so
 * the two cannot drift apart without a compile error.
 */

@ObjectType('ManifestRequester')
export class ManifestRequester implements Readonly<ManifestContent['export']['requestedBy']> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;
}

@ObjectType('ManifestExport', { description: 'Which export the file is, who asked for it, why and when, and where it ran.' })
export class ManifestExport implements Readonly<ManifestContent['export']> {
  @Field(() => ID, { description: 'The export task.' })
  id!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => ManifestRequester)
  requestedBy!: ManifestRequester;

  @Field(() => String, { description: 'ISO 8601, UTC.' })
  requestedAt!: string;

  @Field(() => String, { description: 'ISO 8601, UTC.' })
  startedAt!: string;

  @Field(() => String, { description: 'ISO 8601, UTC.' })
  completedAt!: string;

  @Field(() => String, { description: 'Host name of the task service that produced the file.' })
  workerHost!: string;
}

@ObjectType('ManifestRecording', { description: 'The recording the file was made from, and the hash of its stored source file.' })
export class ManifestRecording implements Readonly<ManifestContent['recording']> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  userName!: string;

  @Field(() => String)
  serverName!: string;

  @Field(() => String)
  clientName!: string;

  @Field(() => String)
  clientIp!: string;

  @Field(() => [String])
  applications!: string[];

  @Field(() => String)
  protocol!: string;

  @Field(() => String, { description: 'ISO 8601, UTC.' })
  startedAt!: string;

  @Field(() => String, { description: 'ISO 8601, UTC.' })
  endedAt!: string;

  @Field(() => Float)
  durationSeconds!: number;

  @Field(() => String)
  format!: string;

  @Field(() => Float)
  sizeBytes!: number;

  @Field(() => String)
  sourceSha256!: string;
}

@ObjectType('ManifestSetting', { description: 'One setting of how a terminal recording was drawn.' })
export class ManifestSetting {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'As text; null when the setting was off.' })
  value!: string | null;
}

@ObjectType('ManifestSegment', { description: 'One part of a long recording, encoded by one task service before the parts were joined.' })
export class ManifestSegment {
  @Field(() => Int)
  index!: number;

  @Field(() => Float, { description: 'Where the part starts in the recording, in seconds.' })
  startSeconds!: number;

  @Field(() => Float)
  endSeconds!: number;

  @Field(() => String, { description: 'The task service that encoded it.' })
  taskServiceId!: string;

  @Field(() => [String])
  arguments!: string[];

  @Field(() => String, { description: 'SHA-256 of the encoded part, lower-case hex.' })
  sha256!: string;

  @Field(() => Float)
  sizeBytes!: number;
}

@ObjectType('ManifestConversion', { description: 'The tool, its version and the exact arguments that made the file.' })
export class ManifestConversion implements Readonly<Omit<ManifestContent['conversion'], 'rendering' | 'segments'>> {
  @Field(() => String)
  tool!: string;

  @Field(() => String)
  toolVersion!: string;

  @Field(() => [String])
  arguments!: string[];

  @Field(() => [ManifestSetting], { nullable: true, description: 'For terminal recordings: the emulator, font, canvas and options they were drawn with.' })
  rendering!: ManifestSetting[] | null;

  @Field(() => [ManifestSegment], {
    nullable: true,
    description: 'For a long recording encoded in parts by several task services: the parts, in order; `arguments` are then those that joined them.',
  })
  segments!: ManifestSegment[] | null;
}

@ObjectType('ManifestOutput', { description: 'The exported MP4.' })
export class ManifestOutput implements Readonly<ManifestContent['output']> {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: 'video/mp4';

  @Field(() => String, { description: 'SHA-256 of the MP4, lower-case hex.' })
  sha256!: string;

  @Field(() => Float)
  sizeBytes!: number;

  @Field(() => Float)
  durationSeconds!: number;
}

@ObjectType('ManifestDocument', { description: 'What a signed manifest states, field by field (format custodian-export-manifest, version 1).' })
export class ManifestDocument {
  @Field(() => String)
  format!: string;

  @Field(() => Int)
  formatVersion!: number;

  @Field(() => ManifestExport)
  export!: ManifestExport;

  @Field(() => ManifestRecording)
  recording!: ManifestRecording;

  @Field(() => ManifestConversion)
  conversion!: ManifestConversion;

  @Field(() => ManifestOutput)
  output!: ManifestOutput;
}

/** The GraphQL view of a manifest's content. */
export function manifestDocument(content: ManifestContent): ManifestDocument {
  const { rendering, segments, ...conversion } = content.conversion;
  return {
    ...content,
    conversion: {
      ...conversion,
      rendering: rendering ? Object.entries(rendering).map(([name, value]) => ({ name, value: value === null ? null : String(value) })) : null,
      segments: segments ?? null,
    },
  };
}
