import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { checkDocumentSize, checkOperationLimits, OPERATION_LIMITS } from './operation-limits.js';

/**
 * Documents kept parsed and validated, per schema, by their text. Every tab of the web app
 * subscribes with the same few texts: thousands of sockets then share one syntax tree instead of
 * holding one each (with its tokens and locations, a few KiB a socket), and a reconnecting crowd
 * (after a restart of the API) is not parsed and validated socket by socket. Bounded in entries
 * and in the size of a text, so that distinct documents cannot make it grow; the least recently
 * used entry goes first. Over HTTP, Apollo Server keeps a cache of its own.
 */
const CACHED_DOCUMENTS = 256;
const MAX_CACHED_TEXT_LENGTH = 16 * 1024;
const validDocuments = new WeakMap<GraphQLSchema, Map<string, DocumentNode>>();

function cachedDocument(schema: GraphQLSchema, query: string): DocumentNode | undefined {
  const cache = validDocuments.get(schema);
  const document = cache?.get(query);
  if (!cache || !document) return undefined;
  // Moved to the end: the most recently used are evicted last.
  cache.delete(query);
  cache.set(query, document);
  return document;
}

function cacheDocument(schema: GraphQLSchema, query: string, document: DocumentNode): void {
  if (query.length > MAX_CACHED_TEXT_LENGTH) return;
  let cache = validDocuments.get(schema);
  if (!cache) {
    cache = new Map();
    validDocuments.set(schema, cache);
  }
  cache.set(query, document);
  if (cache.size > CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
}

/**
 * Parses and validates an operation that came over a websocket, under the same limits as over
 * HTTP (where Apollo Server parses and validates): the document, or why it is refused. The
 * limits that depend on the operation's name and variables are checked every time.
 */
export function checkedOperation(
  schema: GraphQLSchema,
  request: { query: string; operationName?: string | null; variables?: Readonly<Record<string, unknown>> | null },
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let document = cachedDocument(schema, request.query);
  if (!document) {
    const tooLarge = checkDocumentSize(request.query);
    if (tooLarge) return { errors: [tooLarge] };
    try {
      document = parse(request.query, { maxTokens: OPERATION_LIMITS.maxTokens });
    } catch (error) {
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    const invalid = validate(schema, document, specifiedRules);
    if (invalid.length) return { errors: invalid };
    cacheDocument(schema, request.query, document);
  }
  const beyond = checkOperationLimits(schema, document, request.operationName, request.variables);
  return beyond.length ? { errors: beyond } : { document };
}
