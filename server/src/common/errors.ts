import { GraphQLError } from 'graphql';

/**
 * The error codes clients can rely on, carried in GraphQL `extensions.code` and in the JSON body
 * of the HTTP routes' refusals.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  /** exportRecordings while an administrator has switched exports off (the `exportsEnabled` setting). */
  | 'EXPORTS_DISABLED'
  /** An export file asked for before its task is COMPLETED. */
  | 'NOT_READY'
  /** An export file deleted after the retention period (its task is EXPIRED). */
  | 'EXPIRED'
  /** A file that should be on the server is not. */
  | 'GONE'
  /** A stored recording that cannot be read. */
  | 'UNREADABLE'
  /** An upload that is not a recording Custodian can read. */
  | 'UNSUPPORTED_MEDIA'
  /** An upload over the size limit. */
  | 'TOO_LARGE'
  /** The object store holding recordings and exports did not answer; trying again later can work. */
  | 'STORAGE_UNAVAILABLE';

/**
 * An error a client can act on: a code, a message for people, and optional details (the input
 * field at fault, missing ids, when to retry). A GraphQLError, so that GraphQL answers carry the
 * code as it is; the HTTP routes translate the same error into a status.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, extra);
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
