import type { Caller } from './caller.js';

/** Talks back to the browser about its session cookie; absent on websockets. */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/** A class whose request-scoped instance the composition root provides. */
export type ServiceType<T> = abstract new (...args: never[]) => T;

/**
 * What every GraphQL operation and HTTP route gets: the caller, and the services of this request
 * (each with a unit of work of its own request), built by the composition root (server/src/app).
 * Resolvers receive their services through their constructor; `get` serves subscriptions and
 * routes, which are functions.
 */
export interface RequestContext {
  caller: Caller;
  cookie: SessionCookie | null;
  get<T>(type: ServiceType<T>): T;
}
