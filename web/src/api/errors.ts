import type { CombinedError } from 'urql';

/** The `extensions.code` values the server uses. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'EXPORTS_DISABLED';

/** The code of the first GraphQL error that carries one. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string') return code;
  }
  const status = (error.response as Response | undefined)?.status;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return undefined;
}

/** A sentence for people: the server's own messages, or what went wrong with the network. */
export function errorMessage(error: CombinedError): string {
  if (error.graphQLErrors.length > 0) {
    return [...new Set(error.graphQLErrors.map((e) => e.message))].join(' ');
  }
  if (error.networkError) {
    return 'The server cannot be reached. Check your connection and try again.';
  }
  return error.message;
}
