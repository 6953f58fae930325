import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { EvidenceResolver } from '../evidence/evidence.resolver.js';
import { GroupsResolver } from '../auth/groups.resolver.js';
import { UsersResolver } from '../auth/users.resolver.js';
import { ApiTokensResolver } from '../auth/api-tokens.resolver.js';
import { TaskPermissionsResolver } from '../exports/task-permissions.resolver.js';
import { ExportsResolver } from '../exports/exports.resolver.js';
import { RecordingsResolver } from '../recordings/recordings.resolver.js';
import { SettingsResolver } from '../settings/settings.resolver.js';
import { TaskServicesResolver } from '../taskservices/task-services.resolver.js';

const here = path.dirname(new URL(import.meta.url).pathname);
/** The committed contract: emitted from the resolvers, read by codegen and checked in CI. */
export const SCHEMA_FILE = path.resolve(here, '../../../schema/schema.graphql');

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AuthResolver, RecordingsResolver, ExportsResolver, AuditResolver, EvidenceResolver, UsersResolver, GroupsResolver, ApiTokensResolver, TaskPermissionsResolver, SettingsResolver, TaskServicesResolver],
    validate: false,
    // Every subscription here brings its own `subscribe` (task updates come from TaskEventHub,
    // with a per-viewer filter); type-graphql still asks for a topic-based PubSub to exist.
    pubSub: {
      publish: () => {
        throw new Error('topic-based publishing is not used; publish through TaskEventHub');
      },
      subscribe: () => {
        throw new Error('topic-based subscriptions are not used; declare `subscribe` on the subscription');
      },
    },
  });
}
