import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { checkDocumentSize, checkOperationLimits, OPERATION_LIMITS } from './operation-limits.js';

/**
 * Parses and validates an operation that came over a websocket, under the same limits as over
 * HTTP (where Apollo Server parses and validates): the document, or why it is refused.
 */
export function checkedOperation(
  schema: GraphQLSchema,
  request: { query: string; operationName?: string | null; variables?: Readonly<Record<string, unknown>> | null },
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  const tooLarge = checkDocumentSize(request.query);
  if (tooLarge) return { errors: [tooLarge] };
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: OPERATION_LIMITS.maxTokens });
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
  }
  const invalid = validate(schema, document, specifiedRules);
  if (invalid.length) return { errors: invalid };
  const beyond = checkOperationLimits(schema, document, request.operationName, request.variables);
  return beyond.length ? { errors: beyond } : { document };
}
