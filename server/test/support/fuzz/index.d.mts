import type { ChildProcess } from 'node:child_process';
import type { Arbitrary } from 'fast-check';
import type { GraphQLArgument, GraphQLInputType, GraphQLOutputType, GraphQLSchema } from 'graphql';

/** One root field of the schema. */
export interface FuzzOperation {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  /** `Query.recordings`, `Mutation.signIn`, ... */
  id: string;
  args: readonly GraphQLArgument[];
  type: GraphQLOutputType;
}

/** One request, exactly as it is sent. */
export interface FuzzCase {
  operation: string;
  kind: FuzzOperation['kind'];
  field: string;
  principal: string;
  transport: 'http' | 'ws';
  mode: 'variables' | 'wrong-type' | 'inline' | 'wrong-declaration' | 'missing' | 'unknown-argument' | 'broken-document';
  query: string;
  variables: Record<string, unknown>;
  /** Nobody signed in: the connection_init payload of the websocket (a made-up token over HTTP). */
  connectionParams?: unknown;
}

/** Real values of the rows the world holds: ids for any operation, ids mutations may get, strings. */
export interface FuzzPools {
  ids: string[];
  mutableIds: string[];
  strings: string[];
}

export interface FuzzPrincipal {
  name: string;
  token: string | undefined;
  username?: string;
  password?: string;
  userId?: string;
  tokenId?: string;
  roles?: string[];
}

export interface FuzzWorld {
  principals: Record<string, FuzzPrincipal>;
  pools: FuzzPools;
  adminSession: string;
}

/** What the world is made on: a running system, as the integration tests and the benchmarks start it. */
export interface FuzzSystem {
  url: string;
  // biome-ignore lint/suspicious/noExplicitAny: rows of any query
  sql(text: string, values?: unknown[]): Promise<any[]>;
  cli(args: string[]): Promise<{ code: number | string | null; output: string }>;
  dataDir: string;
  admin: { username: string; password: string };
  stopWorkers(): Promise<void>;
}

export interface FuzzStats {
  cases: number;
  refused: number;
  accepted: number;
  heals: number;
  byOperation: Record<string, { cases: number; accepted: number; codes: Record<string, number> }>;
  byCode: Record<string, number>;
  byPrincipal: Record<string, number>;
  byTransport: Record<string, number>;
  byMode: Record<string, number>;
  knownFindings: Record<string, { count: number; example: string }>;
}

export interface FuzzRunner {
  /** Sends one case and checks the properties; throws a FuzzViolation when one does not hold. */
  run(fuzzCase: FuzzCase | FileFuzzCase): Promise<{ refused: boolean; codes: string[]; violations: string[]; known: string[]; response: unknown }>;
  /** Closes the websockets and checks that the API still answers /healthz and never exited. */
  finish(): Promise<{ healthz: { status: number; body: unknown }; apiAlive: boolean; problems: string[] }>;
  stats: FuzzStats;
  /** The tables whose checksums are compared around refused requests. */
  tables: string[];
}

export declare const SCHEMA_FILE: string;
export declare const HOSTILE_STRINGS: readonly string[];
export declare const OMIT: unique symbol;
export declare const DOCUMENTED_CODES: ReadonlySet<string>;
export declare const PRINCIPALS: readonly string[];
export declare const KNOWN_FINDINGS: readonly { id: string; description: string; matches(violation: string, fuzzCase: FuzzCase, response: unknown): boolean }[];

export declare function loadSchema(file?: string): GraphQLSchema;
export declare function rootOperations(schema: GraphQLSchema): FuzzOperation[];
export declare function selectionFor(type: GraphQLOutputType, depth: number): string;
export declare function valueArbitrary(type: GraphQLInputType, ctx: { pools: FuzzPools; forMutation: boolean; huge?: boolean }): Arbitrary<unknown>;
export declare function wrongValueArbitrary(): Arbitrary<unknown>;
export declare function fuzzCaseArbitrary(operations: readonly FuzzOperation[], pools: FuzzPools, principals: readonly string[]): Arbitrary<FuzzCase>;
export declare function buildCase(operation: FuzzOperation, drawn: Record<string, unknown>): FuzzCase;
export declare function describeCase(fuzzCase: FuzzCase): string;
export declare function requestBody(query: string, variables: Record<string, unknown>): string;
export declare function websocketVariables(variables: Record<string, unknown>): Record<string, unknown>;

export declare class DeeplyNested {
  constructor(depth: number);
  readonly depth: number;
  readonly json: string;
  toValue(maxDepth?: number): unknown;
}

export declare class FuzzViolation extends Error {
  constructor(fuzzCase: FuzzCase, response: unknown, violations: string[]);
  fuzzCase: FuzzCase;
}

export declare function prepareFuzzWorld(system: FuzzSystem, options?: { log?: (line: string) => void }): Promise<FuzzWorld>;
export declare function createFuzzRunner(
  system: { url: string; sql: FuzzSystem['sql']; apiProcess: ChildProcess },
  world: FuzzWorld,
  options?: {
    holdMs?: number;
    answerTimeoutMs?: number;
    strict?: boolean;
    throwOnViolation?: boolean;
    /** Sends and checks the cases of the file routes (fileRouteSender). */
    sendFileCase?: FileCaseSender;
  },
): Promise<FuzzRunner>;
export declare function tableSnapshotter(sql: FuzzSystem['sql']): Promise<(() => Promise<Map<string, { rows: number; hash: string }>>) & { tables: string[] }>;
export declare function describeStats(stats: FuzzStats): string[];

/** One request to a file route, exactly as it is sent (see file-routes.mjs). */
export interface FileFuzzCase {
  transport: 'file';
  /** `GET /exports/:taskId/file`, ... */
  operation: string;
  route: 'download' | 'media' | 'preview' | 'bundle' | 'csv' | 'upload' | 'keys' | 'otherMethod';
  field: string;
  principal: string;
  mode: string;
  method: string;
  /** Path and query string, as sent. */
  path: string;
  credential: { mode: string; secret?: string };
  range?: string;
  /** The request in words, for reports. */
  request: string;
}

/** The recordings and export tasks of a fuzz world with their files, and the values of the file routes. */
export interface FileRoutesWorld {
  url: string;
  recordingsDir: string;
  maxUploadBytes: number;
  recordings: { id: string; restricted: boolean; terminal: boolean; bytes: Buffer }[];
  tasks: { id: string; status: string; restricted: boolean; requester: string; sha256: string | null; bytes: Buffer | null }[];
}

export type FileCaseSender = (
  fuzzCase: FileFuzzCase,
  principal: FuzzPrincipal,
) => Promise<{ violations: string[]; errors: unknown[]; refused: boolean; readOnly: boolean; summary: unknown }>;

export declare const FILE_ROUTES: Readonly<Record<FileFuzzCase['route'], string>>;
export declare const FILE_ROUTE_STATUS: Readonly<Record<string, number>>;
export declare function prepareFileRoutes(
  system: { url: string; sql: FuzzSystem['sql']; dataDir: string },
  world: FuzzWorld,
  options: { maxUploadBytes: number },
): Promise<FileRoutesWorld>;
export declare function fileCaseArbitrary(files: FileRoutesWorld, principals: readonly string[]): Arbitrary<FileFuzzCase>;
export declare function fileRouteSender(files: FileRoutesWorld, options?: { answerTimeoutMs?: number }): FileCaseSender;
/** The ranges a Range header asks for (RFC 9110), resolved against a size; null when it is not a valid byte range set. */
export declare function askedRanges(header: string, size: number): { start: number; end: number }[] | null;
