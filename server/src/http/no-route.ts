import type { RequestHandler } from 'express';
import { notFound } from '../common/errors.js';
import { sendError } from './route.js';

/**
 * The answer to a path below the API's routes that none of them takes, or a method a route does
 * not take: the routes' JSON refusal (404 NOT_FOUND), never the framework's HTML page, so that
 * integrators read one kind of error whatever they sent.
 */
export function noRoute(): RequestHandler {
  return (req, res) => {
    sendError(res, notFound(`Nothing here answers ${req.method} requests for this path.`));
  };
}
