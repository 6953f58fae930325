import { type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST, Kind, visit } from 'graphql';
import { type FieldCosts, measureOperation } from './operation-measure.js';

/**
 * What one GraphQL operation may ask, over HTTP and websockets alike. Every check takes time
 * linear in the size of the document, and all of them run before any resolver.
 */
export const OPERATION_LIMITS = {
  /** A web page's largest query is under 3 KB; introspection about 2 KB. */
  maxDocumentBytes: 100_000,
  /** Lexical tokens the parser reads before it gives up (graphql's own guard). */
  maxTokens: 5_000,
  maxDepth: 12,
  /** Root fields, aliases included: what keeps one request from asking the same expensive thing many times. */
  maxRootFields: 20,
  maxCost: 25_000,
  /** Any string in the variables or the document; fields have narrower limits of their own. */
  maxStringLength: 10_000,
} as const;

/**
 * Fields whose answer costs far more than reading a row: each uses a large share of an
 * operation's budget, so aliases cannot multiply them (one audit walk, two sign-ins, ten
 * verifications per operation), while leaving room for what a page selects beside them.
 */
export const FIELD_COSTS: FieldCosts = {
  // Walks the whole audit chain and checks every checkpoint.
  'Query.auditIntegrity': OPERATION_LIMITS.maxCost * 0.8,
  // Hashes with scrypt (64 MiB, about 0.35 s).
  'Mutation.signIn': OPERATION_LIMITS.maxCost * 0.4,
  // Signs with the key ring, under a lock shared by every API process.
  'Mutation.createAuditCheckpoint': OPERATION_LIMITS.maxCost * 0.4,
  // Checks signatures and writes an audit row per match.
  'Query.verifyExport': OPERATION_LIMITS.maxCost / 10,
  // Hashes a new password with scrypt.
  'Mutation.createUser': OPERATION_LIMITS.maxCost / 10,
  'Mutation.resetUserPassword': OPERATION_LIMITS.maxCost / 10,
};

// A refused operation is the client's fault: over HTTP it answers 400, not 500.
const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Refuses a document too large to read at all, before it is parsed. */
export function checkDocumentSize(source: string): GraphQLError | null {
  const bytes = Buffer.byteLength(source);
  return bytes > OPERATION_LIMITS.maxDocumentBytes ? refused(`The query has ${bytes} bytes; at most ${OPERATION_LIMITS.maxDocumentBytes} are allowed.`) : null;
}

/** The limits a parsed and valid operation must keep, with its variables; the problems found, or none. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const limits = OPERATION_LIMITS;
  const problems: GraphQLError[] = [];
  const longest = Math.max(longestString(variables ?? {}), longestLiteral(document));
  if (longest === Number.POSITIVE_INFINITY) problems.push(refused('A value with a NUL character (U+0000) was sent; text may not contain one.'));
  else if (longest > limits.maxStringLength)
    problems.push(refused(`A value of ${longest} characters was sent; at most ${limits.maxStringLength} are allowed.`));

  const { depth, cost, rootFields } = measureOperation(schema, document, operation, variables ?? {}, FIELD_COSTS);
  if (depth > limits.maxDepth) problems.push(refused(`The query is ${depth} levels deep; at most ${limits.maxDepth} are allowed.`));
  if (rootFields > limits.maxRootFields) problems.push(refused(`The query asks for ${rootFields} root fields; at most ${limits.maxRootFields} are allowed.`));
  if (cost > limits.maxCost) {
    problems.push(
      refused(
        `The query costs ${cost} points; at most ${limits.maxCost} are allowed. Ask for fewer items per page, fewer fields, or fewer expensive fields at once.`,
      ),
    );
  }
  return problems;
}

/**
 * The longest string among the variables, walked without recursion: variables nested thousands of
 * levels deep must not overflow the stack. A NUL character counts as too long: PostgreSQL cannot
 * store it in text, and no field has a use for it.
 */
function longestString(value: unknown): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') longest = Math.max(longest, item.includes('\0') ? Number.POSITIVE_INFINITY : item.length);
    // One push per value: spreading a list of a million values would overflow the stack too.
    else if (Array.isArray(item)) for (const inner of item) pending.push(inner);
    else if (item && typeof item === 'object') for (const inner of Object.values(item)) pending.push(inner);
  }
  return longest;
}

function longestLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    [Kind.STRING](node) {
      longest = Math.max(longest, node.value.includes('\0') ? Number.POSITIVE_INFINITY : node.value.length);
    },
  });
  return longest;
}
