import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DerivedArtifact } from '../derived/derived-artifact.entity.js';
import { Recording } from '../recordings/recording.entity.js';
import { IdleStretchScanStatus } from './idle-stretch-scan-status.js';

@ObjectType({ description: 'A stretch of a recording in which nothing happened on screen for 5 s or more, in seconds from the start.' })
export class IdleStretch {
  @Field(() => Float)
  start!: number;

  @Field(() => Float)
  end!: number;
}

/**
 * The idle stretches of one video recording, found once by a task service (ffmpeg's
 * freezedetect: see media/still-stretches.ts) and reused by every later playback. Nothing of it
 * is evidence: it only shades the player's timeline. Only derived/derived-lifecycle.ts moves
 * these rows; the row goes with its recording.
 */
@ObjectType({
  description: 'Where a video recording stays still for 5 s or more, found once by a task service on request (scanIdleStretches), then reused.',
})
@Entity({ tableName: 'idle_stretch_scans' })
export class IdleStretchScan extends DerivedArtifact<'stretches'> {
  @ManyToOne(() => Recording, { unique: true, deleteRule: 'cascade' })
  recording!: Recording;

  @Field(() => IdleStretchScanStatus)
  @Enum({ items: () => IdleStretchScanStatus, type: 'text', default: IdleStretchScanStatus.PENDING })
  status: IdleStretchScanStatus = IdleStretchScanStatus.PENDING;

  /** Sorted, within the duration, at most 500 (media/freeze-detect-output.ts); null until READY. */
  @Property({ type: 'json', nullable: true })
  stretches: IdleStretch[] | null = null;

  @Field(() => [IdleStretch], { name: 'stretches', description: 'In order, at most 500; empty until READY.' })
  get foundStretches(): IdleStretch[] {
    return this.stretches ?? [];
  }
}
