import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { createRequire } from 'node:module';

// The package's ESM build imports `graphql/index.mjs`, a second copy of graphql next to the
// `graphql` (CommonJS) that everything else loads; its CommonJS build shares ours.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 25000;

/** Refuses documents nested deeper than `maxDepth` fields (fragments followed, cycles cut). */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let max = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) max = Math.max(max, depthOf(sel.selectionSet, depth + 1, seen));
        else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, depth, seen));
        else if (!seen.has(sel.name.value)) {
          const next = new Set(seen).add(sel.name.value);
          max = Math.max(max, depthOf(fragments.get(sel.name.value)?.selectionSet, depth, next));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; at most ${maxDepth} are allowed.`, { nodes: [node] }));
        }
      },
    };
  };
}

/**
 * Estimates the cost of each operation (one point per field, multiplied by `first` on lists)
 * and refuses the expensive ones before any resolver runs.
 */
export function complexityLimit(maxComplexity: number): ApolloServerPlugin {
  const listEstimator = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
    typeof args.first === 'number' ? 1 + childComplexity * args.first : undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `The query costs ${complexity} points; at most ${maxComplexity} are allowed. Ask for fewer items per page or fewer fields.`,
              {
                extensions: { code: 'BAD_USER_INPUT' },
              },
            );
          }
        },
      };
    },
  };
}
