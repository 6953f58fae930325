import { Field, ObjectType } from 'type-graphql';
import { ExportTask } from '../exports/export-task.entity.js';
import { ExportManifest } from './export-manifest.entity.js';

@ObjectType({ description: 'A public key that signs, or once signed, export manifests. Public: anyone may read it.' })
export class SigningKey {
  @Field(() => String)
  keyId!: string;

  @Field(() => String, { description: 'Ed25519.' })
  algorithm!: string;

  @Field(() => String, { description: 'SubjectPublicKeyInfo in PEM, as openssl reads it.' })
  publicKeyPem!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True for the key that signs now; retired keys keep verifying what they signed.' })
  active!: boolean;
}

@ObjectType({ description: 'An export whose MP4 has the hash asked about.' })
export class ExportVerificationMatch {
  @Field(() => ExportTask)
  task!: ExportTask;

  @Field(() => ExportManifest)
  manifest!: ExportManifest;

  @Field(() => Boolean, { description: "The manifest's signature is valid for its key, and the manifest names this hash." })
  signatureValid!: boolean;

  @Field(() => Boolean, { description: 'The key that signed the manifest is still the active one (false after a rotation; the signature stays valid).' })
  keyActive!: boolean;
}

@ObjectType({ description: 'Whether a file is an export of this Custodian, and whether its signed manifest holds.' })
export class ExportVerification {
  @Field(() => String, { description: 'The SHA-256 asked about, lower-case hex.' })
  sha256!: string;

  @Field(() => [ExportVerificationMatch], { description: 'Empty when no export the caller may see has this hash.' })
  matches!: ExportVerificationMatch[];

  @Field(() => Boolean, { description: 'At least one export has this hash and every such manifest verifies.' })
  verified!: boolean;

  @Field(() => String, { description: 'The verdict in words.' })
  summary!: string;
}
