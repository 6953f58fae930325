import type { Request } from 'express';
import type { RequestContext } from '../access/request-context.js';

/** Authenticates an HTTP request (bearer token or session cookie) and builds its services; given by the composition root. */
export type RequestContextOf = (req: Request) => Promise<RequestContext>;
