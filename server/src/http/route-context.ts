import type { Request } from 'express';
import type { RequestContext } from '../access/request-context.js';

/** What the routes get from the composition root. */
export interface RouteDeps {
  /**
   * Authenticates an HTTP request (bearer token, or the session cookie unless `authorizationOnly`)
   * and builds its services.
   */
  contextOf(req: Request, options?: { authorizationOnly?: boolean }): Promise<RequestContext>;
  /** Writes the audit rows of refusals no service wrote (see access/refusal.ts). */
  recordRefusals(errors: readonly unknown[]): Promise<void>;
}
