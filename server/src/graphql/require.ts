import type { Viewer } from '../auth/viewer.js';
import type { RoleSet } from '../auth/permissions.js';
import { forbidden, unauthenticated } from '../common/errors.js';

/** Returns the viewer, or refuses with UNAUTHENTICATED / FORBIDDEN when the rule says no. */
export function requireViewer(viewer: Viewer | null, rule?: (roles: RoleSet) => boolean, refusal = 'You do not have permission to do this.'): Viewer {
  if (!viewer) throw unauthenticated();
  if (rule && !rule(viewer.roles)) throw forbidden(refusal);
  return viewer;
}
