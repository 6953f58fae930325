import { BigIntType, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DerivedArtifact } from '../derived/derived-artifact.entity.js';
import { Recording } from '../recordings/recording.entity.js';
import { BrowserPreviewStatus } from './browser-preview-status.js';

/**
 * The browser preview of one recording the browser cannot decode: an H.264 MP4 made once by a
 * task service and reused by every playback, until the retention deletes it. Not an export: no
 * reason, no manifest, no export task. Only browser-preview-lifecycle.ts writes these rows.
 */
@ObjectType({
  description: 'An H.264 MP4 a task service makes of a recording the browser cannot decode, so that it plays in the page; made once, then reused.',
})
@Entity({ tableName: 'browser_previews' })
@Index({ properties: ['lastPlayedAt'] })
export class BrowserPreview extends DerivedArtifact<'lastPlayedAt' | 'outputKey' | 'outputSizeBytes' | 'outputSha256'> {
  /** Null once the recording is gone: the retention then deletes the preview. */
  @ManyToOne(() => Recording, { nullable: true, unique: true, deleteRule: 'set null' })
  recording!: Recording | null;

  @Field(() => BrowserPreviewStatus)
  @Enum({ items: () => BrowserPreviewStatus, type: 'text', default: BrowserPreviewStatus.PENDING })
  status: BrowserPreviewStatus = BrowserPreviewStatus.PENDING;

  /** When a playback of it last started; the retention counts from here. */
  @Property({ type: 'timestamptz', nullable: true })
  lastPlayedAt: Date | null = null;

  /** Its key in the exports store, once READY. */
  @Property({ type: 'text', nullable: true })
  outputKey: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: new BigIntType('number'), nullable: true })
  outputSizeBytes: number | null = null;

  @Property({ type: 'text', nullable: true })
  outputSha256: string | null = null;
}
