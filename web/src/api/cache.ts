import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import schema from '../gql/introspection.json';

/** Drops every cached page of a list field so the next read goes to the server. */
function invalidateList(cache: Cache, fieldName: string) {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

const embedded = () => null;

/**
 * The normalized cache. Entities with an `id` are merged by id, so a `taskUpdated` event
 * updates every list that shows that task. Connections, edges and payloads have no identity
 * of their own and are stored inside their parent.
 */
export const createGraphcache = () =>
  cacheExchange({
    schema,
    keys: {
      PageInfo: embedded,
      RecordingEdge: embedded,
      RecordingConnection: embedded,
      ExportTaskEdge: embedded,
      ExportTaskConnection: embedded,
      AuditEventEdge: embedded,
      AuditEventConnection: embedded,
      SignInPayload: embedded,
      ExportRecordingsPayload: embedded,
      CreatedApiToken: embedded,
      ExportManifest: embedded,
      ExportVerification: embedded,
      ExportVerificationMatch: embedded,
      // biome-ignore lint/correctness/noComponentHookFactories: graphcache keys are named after GraphQL types, not React components.
      SigningKey: (key) => (key.keyId as string | undefined) ?? null,
      RoleGrant: embedded,
      // A preference is the signed-in user's; the preferences provider keeps the values set since loading.
      Preference: embedded,
      // One per server: updateSettings refreshes every `settings` read.
      // biome-ignore lint/correctness/noComponentHookFactories: graphcache keys are named after GraphQL types, not React components.
      Settings: () => 'settings',
    },
    updates: {
      Mutation: {
        signIn(result, _args, cache) {
          const payload = result.signIn as { user?: { __typename: string; id: string } } | null;
          if (payload?.user) cache.link('Query', 'me', payload.user);
        },
        signOut(_result, _args, cache) {
          cache.link('Query', 'me', null);
        },
        exportRecordings(_result, _args, cache) {
          invalidateList(cache, 'exportTasks');
          invalidateList(cache, 'exportAudit');
        },
        cancelExportTask(_result, _args, cache) {
          invalidateList(cache, 'exportAudit');
        },
        retryExportTask(_result, _args, cache) {
          invalidateList(cache, 'exportTasks');
          invalidateList(cache, 'exportAudit');
        },
      },
    },
  });
