import { Entity, OneToOne, OptionalProps, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ExportTask } from '../exports/export-task.entity.js';

/**
 * The signed manifest of a completed export, written in the transaction that completes the
 * task. `content` is the canonical JSON exactly as signed; it is never rewritten.
 */
@ObjectType({ description: 'The signed statement of what an export is: who, why, when, from which source, with which tool, and the hashes.' })
@Entity({ tableName: 'export_manifests' })
export class ExportManifest {
  [PrimaryKeyProp]?: 'task';
  [OptionalProps]?: 'signedAt';

  @OneToOne(() => ExportTask, { primary: true, owner: true, deleteRule: 'cascade' })
  task!: ExportTask;

  @Field(() => String, { description: 'The manifest as canonical JSON: the exact bytes that are signed (UTF-8), and manifest.json in an evidence bundle.' })
  @Property({ type: 'text' })
  content!: string;

  /** Copied from the content so a file can be looked up by its hash. */
  @Field(() => String)
  @Property({ type: 'text', index: true })
  outputSha256!: string;

  @Field(() => String, { description: 'The key that signed it; see signingKeys and /.well-known/custodian-signing-keys.json.' })
  @Property({ type: 'text' })
  keyId!: string;

  @Field(() => String, { description: 'Ed25519.' })
  @Property({ type: 'text' })
  algorithm!: string;

  @Field(() => String, { description: 'Base64 of the signature over content.' })
  @Property({ type: 'text' })
  signature!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  signedAt: Date = new Date();
}
