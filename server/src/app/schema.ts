import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from '../access/request-context.js';
import { DateTimeScalar } from '../graphql/date-time-scalar.js';
import { RESOLVERS } from './resolvers.js';

const here = path.dirname(new URL(import.meta.url).pathname);
/** The committed contract: emitted from the resolvers, read by codegen and checked in CI. */
export const SCHEMA_FILE = path.resolve(here, '../../../schema/schema.graphql');

function resolverClasses(): NonEmptyArray<(typeof RESOLVERS)[number][0]> {
  const [first, ...rest] = RESOLVERS.map(([type]) => type);
  if (!first) throw new Error('the schema has no resolvers');
  return [first, ...rest];
}

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolverClasses(),
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Resolvers are built per request, with that request's services (app/request-services.ts).
    container: ({ context }) => ({ get: (type) => (context as RequestContext).get(type) }),
    // Every subscription here brings its own `subscribe` (a service's filtered event stream);
    // type-graphql still asks for a topic-based PubSub to exist.
    pubSub: {
      publish: () => {
        throw new Error('topic-based publishing is not used; subscriptions declare `subscribe`');
      },
      subscribe: () => {
        throw new Error('topic-based subscriptions are not used; declare `subscribe` on the subscription');
      },
    },
  });
}
