import type { GraphQLFormattedError } from 'graphql';
import type { Log } from '../common/log.js';
import { isConnectionLost } from '../db/connection-lost.js';

/**
 * Hides internal failures from clients while keeping the errors they can act on. An error without
 * a code that no resolver threw (a variable of the wrong type, a document graphql refused) is the
 * request's fault: BAD_USER_INPUT, never a server error. A database that cannot be reached is
 * SERVICE_UNAVAILABLE, something to retry, said in one log line. The log gets the failure itself,
 * never the request's variables.
 */
export function formatError(log: Log): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const given = formatted.extensions?.code;
    const code = typeof given === 'string' && REQUEST_FAULT_CODES.has(given) ? 'BAD_USER_INPUT' : given;
    // Keep what the application added (the input field at fault, missing ids, when to retry); never a stack trace.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (code && code !== 'INTERNAL_SERVER_ERROR')
      return { message: formatted.message, extensions: { ...extensions, code }, path: formatted.path, locations: formatted.locations };
    const cause = thrownBy(error);
    if (!formatted.path && !cause) return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' }, locations: formatted.locations };
    const at = formatted.path ? ` at ${formatted.path.join('.')}` : '';
    if (isConnectionLost(cause)) {
      log(`the database cannot be reached${at}: ${cause?.message}`);
      return {
        message: 'The database cannot be reached; try again shortly. The request changed nothing.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        path: formatted.path,
      };
    }
    log(`unexpected error${at}: ${cause?.stack ?? cause?.message ?? formatted.message}`);
    return { message: 'Something went wrong on the server; the request changed nothing.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
  };
}

/**
 * Apollo Server's own codes for a request it could not run (no query, a document that does not
 * parse or validate, an operation name that names nothing). Integrators get one code for every
 * fault of the request, the one the schema's own checks use; the message says what is wrong.
 */
const REQUEST_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** The error a resolver threw, when the GraphQL error wraps one (graphql's own errors wrap nothing). */
function thrownBy(error: unknown): Error | null {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof Error && original.name !== 'GraphQLError' ? original : null;
}
