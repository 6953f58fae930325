import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { checkDocumentSize, checkOperationLimits } from './operation-limits.js';

/**
 * The operation limits for GraphQL over HTTP. The document's size is checked before Apollo reads
 * it (Apollo answers an error thrown before parsing as an internal one), the rest once the
 * operation is parsed and valid, before any resolver runs.
 */
export function refuseOversizedDocument(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = req.body?.query;
  const tooLarge = typeof query === 'string' ? checkDocumentSize(query) : null;
  if (!tooLarge) {
    next();
    return;
  }
  res.status(400).json({ errors: [{ message: tooLarge.message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

export function operationLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const [problem] = checkOperationLimits(schema, document, request.operationName, request.variables);
          if (problem) throw problem;
        },
      };
    },
  };
}
