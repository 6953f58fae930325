import type { NextFunction, Request, Response } from 'express';
import type { Log } from '../common/log.js';
import { isConnectionLost } from '../db/connection-lost.js';

/**
 * The answer to an error no route answered itself (a body that is not JSON or is too large, a
 * failed download): a JSON body without internals. The log gets the failure; a database that
 * cannot be reached is said in one line, since its stack says nothing more.
 */
export function jsonErrors(log: Log) {
  return (error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction): void => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : isConnectionLost(error) ? 503 : 500;
    if (status === 503) log(`the database cannot be reached: ${error.message}`);
    else if (status === 500) log(`request failed: ${error.stack ?? error.message}`);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json({ error: answer(status, error) });
  };
}

function answer(status: number, error: Error & { type?: string }): { code: string; message: string } {
  if (status === 503) return { code: 'SERVICE_UNAVAILABLE', message: 'The database cannot be reached; try again shortly.' };
  if (status === 500) return { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server.' };
  if (status === 413) return { code: 'TOO_LARGE', message: error.type === 'entity.too.large' ? 'The request body is larger than 1 MiB.' : error.message };
  return { code: 'BAD_USER_INPUT', message: error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : error.message };
}
