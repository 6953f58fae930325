import type { GraphQLFormattedError } from 'graphql';
import type { Log } from '../common/log.js';

/**
 * Hides internal failures from clients while keeping the errors they can act on. An error without
 * a code that no resolver threw (a variable of the wrong type, a document graphql refused) is the
 * request's fault: BAD_USER_INPUT, never a server error. The log gets the failure itself, never
 * the request's variables.
 */
export function formatError(log: Log): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    // Keep what the application added (the input field at fault, missing ids, when to retry); never a stack trace.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (code && code !== 'INTERNAL_SERVER_ERROR')
      return { message: formatted.message, extensions: { ...extensions, code }, path: formatted.path, locations: formatted.locations };
    const cause = thrownBy(error);
    if (!formatted.path && !cause) return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' }, locations: formatted.locations };
    log(`unexpected error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${cause?.stack ?? cause?.message ?? formatted.message}`);
    return { message: 'Something went wrong on the server; the request changed nothing.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
  };
}

/** The error a resolver threw, when the GraphQL error wraps one (graphql's own errors wrap nothing). */
function thrownBy(error: unknown): Error | null {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof Error && original.name !== 'GraphQLError' ? original : null;
}
