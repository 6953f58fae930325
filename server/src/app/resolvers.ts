import { ApiTokensResolver } from '../auth/api-tokens.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { GroupsResolver } from '../auth/groups.resolver.js';
import { UsersResolver } from '../auth/users.resolver.js';
import { EvidenceResolver } from '../evidence/evidence.resolver.js';
import { ManifestResolver } from '../evidence/manifest.resolver.js';
import { ExportAuditResolver } from '../export-audit/export-audit.resolver.js';
import { ExportRequestResolver } from '../exports/export-request.resolver.js';
import { ExportsResolver } from '../exports/exports.resolver.js';
import { TaskPermissionsResolver } from '../exports/task-permissions.resolver.js';
import { PreferencesResolver } from '../preferences/preferences.resolver.js';
import { BrowserPreviewsResolver } from '../previews/browser-previews.resolver.js';
import { IdleStretchScansResolver } from '../idle-stretches/idle-stretch-scans.resolver.js';
import { RecordingsResolver } from '../recordings/recordings.resolver.js';
import { SettingsResolver } from '../settings/settings.resolver.js';
import { TaskServicesResolver } from '../taskservices/task-services.resolver.js';
import type { RequestServices } from './request-services.js';

type ResolverClass = new (...args: never[]) => object;

/**
 * Every resolver of the GraphQL schema, with how a request builds it from its services: the one
 * list the schema and the per-request container are made from.
 */
export const RESOLVERS: readonly (readonly [ResolverClass, (services: RequestServices) => object])[] = [
  [AuthResolver, (s) => new AuthResolver(s.auth, s.users)],
  [UsersResolver, (s) => new UsersResolver(s.users, s.groups)],
  [GroupsResolver, (s) => new GroupsResolver(s.groups)],
  [ApiTokensResolver, (s) => new ApiTokensResolver(s.auth)],
  [RecordingsResolver, (s) => new RecordingsResolver(s.recordings)],
  [BrowserPreviewsResolver, (s) => new BrowserPreviewsResolver(s.browserPreviews)],
  [IdleStretchScansResolver, (s) => new IdleStretchScansResolver(s.idleStretchScans)],
  [ExportsResolver, (s) => new ExportsResolver(s.exports)],
  [ExportRequestResolver, (s) => new ExportRequestResolver(s.exports)],
  [TaskPermissionsResolver, () => new TaskPermissionsResolver()],
  [EvidenceResolver, (s) => new EvidenceResolver(s.evidence)],
  [ManifestResolver, () => new ManifestResolver()],
  [ExportAuditResolver, (s) => new ExportAuditResolver(s.exportAudit)],
  [SettingsResolver, (s) => new SettingsResolver(s.settings)],
  [TaskServicesResolver, (s) => new TaskServicesResolver(s.taskServices)],
  [PreferencesResolver, (s) => new PreferencesResolver(s.preferences)],
];
