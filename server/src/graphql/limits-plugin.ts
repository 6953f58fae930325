import type { ApolloServerPlugin } from '@apollo/server';
import { checkDocumentSize, checkOperationLimits } from './operation-limits.js';

/** The operation limits for GraphQL over HTTP, checked before any resolver runs. */
export function operationLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          const tooLarge = checkDocumentSize(source);
          if (tooLarge) throw tooLarge;
        },
        async didResolveOperation({ request, document, schema }) {
          const [problem] = checkOperationLimits(schema, document, request.operationName, request.variables);
          if (problem) throw problem;
        },
      };
    },
  };
}
