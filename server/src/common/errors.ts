import { GraphQLError } from 'graphql';

/** The error codes clients can rely on, carried in `extensions.code`. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'TASK_SERVICE_DISABLED';

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Sign in first.') => appError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => appError('FORBIDDEN', message);
export const badInput = (message: string, field?: string) => appError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string) => appError('CONFLICT', message);
/** Refused because of too many attempts; `retryAfterSeconds` says when trying again can work. */
export const tooManyRequests = (message: string, retryAfterSeconds: number) => appError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
export const notFound = (message: string, extra: Record<string, unknown> = {}) => appError('NOT_FOUND', message, extra);

export function errorCode(error: unknown): string | undefined {
  return error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined;
}
