import type { Request, RequestHandler, Response } from 'express';
import { AppError, type ErrorCode } from '../common/errors.js';
import { refuseNul } from './request-text.js';
import type { RouteDeps } from './route-context.js';

/** The HTTP status of each error code, for routes outside GraphQL. */
const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EXPORTS_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NOT_READY: 409,
  EXPIRED: 410,
  GONE: 410,
  TOO_LARGE: 413,
  UNREADABLE: 422,
  UNSUPPORTED_MEDIA: 422,
  TOO_MANY_REQUESTS: 429,
  STORAGE_UNAVAILABLE: 503,
};

/** Answers a route's refusal with the status of its code and the same code and message GraphQL would carry. */
export function sendError(res: Response, error: AppError): void {
  res.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
}

/**
 * A route handler whose refusals (AppErrors thrown by the services it calls) are audited when no
 * service did, and answered with their status and code; anything else goes to the server's error
 * handler.
 */
export function route(deps: RouteDeps, handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res, next) => {
    try {
      refuseNul(req);
      await handler(req, res);
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      await deps.recordRefusals([error]).catch(next);
      if (!res.headersSent) sendError(res, error);
    }
  };
}
