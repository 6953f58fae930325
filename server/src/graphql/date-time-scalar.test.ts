import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './date-time-scalar.js';

// A schema with one field that echoes the date-time it is given.
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: { type: GraphQLString, args: { at: { type: DateTimeScalar } }, resolve: (_root, { at }: { at: Date }) => at.toISOString() },
    },
  }),
});

async function echo(at: string, asVariable: boolean) {
  return asVariable
    ? graphql({ schema, source: 'query ($at: DateTimeISO) { echo(at: $at) }', variableValues: { at } })
    : graphql({ schema, source: `{ echo(at: ${JSON.stringify(at)}) }` });
}

describe('DateTimeScalar', () => {
  for (const asVariable of [true, false]) {
    const how = asVariable ? 'as a variable' : 'inline';
    it(`accepts years 1 to 9999 ${how}`, async () => {
      for (const at of ['0001-01-01T00:00:00Z', '2026-12-01T10:15:30Z', '9999-12-31T23:59:59Z']) {
        const result = await echo(at, asVariable);
        expect(result.errors, at).toBeUndefined();
        expect(result.data?.echo).toBe(new Date(at).toISOString());
      }
    });

    it(`refuses years the database cannot hold ${how}, as the request's fault`, async () => {
      for (const at of ['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z']) {
        const result = await echo(at, asVariable);
        expect(result.data?.echo ?? null, at).toBeNull();
        expect(result.errors?.[0]?.message, at).toMatch(at.startsWith('0000') ? /outside the years 1 to 9999/ : /cannot represent|invalid value/);
      }
    });
  }

  it('keeps the name and refuses what DateTimeISO refuses', async () => {
    expect(DateTimeScalar.name).toBe('DateTimeISO');
    const result = await echo('yesterday', true);
    expect(result.errors?.[0]?.message).toMatch(/DateTimeISO|date/i);
  });
});
