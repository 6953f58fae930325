import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkDocumentSize, checkOperationLimits, OPERATION_LIMITS } from './operation-limits.js';
import { measureOperation } from './operation-measure.js';

const schema = buildSchema(`
  type Query {
    me: User
    auditIntegrity: Report!
    items(first: Int = 50, after: String): ItemPage!
  }
  type Mutation { signIn(username: String!, password: String!): User }
  type Report { ok: Boolean! }
  type User { id: ID! name: String! friends: [User!]! best: User }
  type ItemPage { edges: [Item!]! }
  type Item { id: ID! owner: User! }
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables, { 'Query.auditIntegrity': 1000 });
};

const codes = (query: string, variables: Record<string, unknown> = {}) =>
  checkOperationLimits(schema, parse(query), undefined, variables).map((e) => [e.extensions.code, e.message]);

/** A chain of `levels` fragments where each spreads the next twice. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on User { id name }` : `fragment F${i} on User { best { ...F${i + 1} } friends { ...F${i + 1} } }`,
  );
  return `query { me { ...F0 } }\n${fragments.join('\n')}`;
}

describe('measureOperation', () => {
  it('counts depth, root fields and cost of plain fields', () => {
    expect(measure('{ me { id best { id best { name } } } }')).toEqual({ depth: 4, cost: 6, rootFields: 1 });
    expect(measure('{ a: me { id } b: me { id } __typename }')).toEqual({ depth: 2, cost: 5, rootFields: 3 });
  });

  it('multiplies what a page selects by its size: given, from a variable, or its default', () => {
    expect(measure('{ items(first: 10) { edges { id } } }').cost).toBe(1 + 10 * 2);
    expect(measure('query($n: Int) { items(first: $n) { edges { id } } }', { n: 3 }).cost).toBe(1 + 3 * 2);
    expect(measure('{ items { edges { id } } }').cost).toBe(1 + 50 * 2);
  });

  it('prices expensive fields by their own cost', () => {
    expect(measure('{ a: auditIntegrity { ok } b: auditIntegrity { ok } }').cost).toBe(2 * (1000 + 1));
  });

  it('follows fragments and inline fragments, and counts root fields that fragments bring', () => {
    expect(measure('{ ...Root } fragment Root on Query { me { ...U } items(first: 1) { edges { id } } } fragment U on User { id name }')).toEqual({
      depth: 3,
      cost: 1 + 2 + 1 + 2,
      rootFields: 2,
    });
    expect(measure('{ me { ... on User { best { id } } } }')).toEqual({ depth: 3, cost: 3, rootFields: 1 });
  });

  it('measures a fragment once however often it is spread: a 40-level bomb is measured at once', () => {
    const started = performance.now();
    const { depth, cost } = measure(fragmentBomb(40));
    expect(performance.now() - started).toBeLessThan(200);
    expect(depth).toBe(41);
    // Each level doubles what it selects: the cost counts every field the answer would hold.
    expect(cost).toBeGreaterThan(2 ** 40);
  });

  it('stops at fragment cycles instead of looping (validation refuses them)', () => {
    expect(measure('{ me { ...A } } fragment A on User { best { ...B } } fragment B on User { best { ...A } }').depth).toBe(3);
  });

  it('reads introspection fields', () => {
    expect(measure('{ __schema { types { name fields { type { ofType { name } } } } } }').depth).toBe(6);
  });
});

describe('checkOperationLimits', () => {
  it('lets an ordinary query through', () => {
    expect(codes('{ me { id name friends { id } } }')).toEqual([]);
  });

  it('refuses too deep, too many root fields, too costly, with BAD_USER_INPUT', () => {
    const deep = `{ me { ${'best { '.repeat(OPERATION_LIMITS.maxDepth)}id${' }'.repeat(OPERATION_LIMITS.maxDepth)} } }`;
    expect(codes(deep)).toEqual([
      ['BAD_USER_INPUT', `The query is ${OPERATION_LIMITS.maxDepth + 2} levels deep; at most ${OPERATION_LIMITS.maxDepth} are allowed.`],
    ]);
    const wide = `{ ${Array.from({ length: OPERATION_LIMITS.maxRootFields + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(codes(wide)).toEqual([
      ['BAD_USER_INPUT', `The query asks for ${OPERATION_LIMITS.maxRootFields + 1} root fields; at most ${OPERATION_LIMITS.maxRootFields} are allowed.`],
    ]);
    expect(codes('{ items(first: 10000) { edges { owner { friends { id } } } } }')[0]?.[1]).toMatch(/^The query costs \d+ points/);
    expect(codes(fragmentBomb(23)).map(([code]) => code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('refuses long strings in variables and in the document', () => {
    const long = 'x'.repeat(OPERATION_LIMITS.maxStringLength + 1);
    expect(codes('mutation($u: String!) { signIn(username: $u, password: "p") { id } }', { u: long })[0]?.[1]).toBe(
      `A value of ${long.length} characters was sent; at most ${OPERATION_LIMITS.maxStringLength} are allowed.`,
    );
    expect(codes(`mutation { signIn(username: "${long}", password: "p") { id } }`)).toHaveLength(1);
    expect(codes('mutation($i: [String!]) { signIn(username: "u", password: "p") { id } }', { i: ['ok', long] })).toHaveLength(1);
  });

  it('walks variables nested thousands of levels deep, or a million long, without overflowing the stack', () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 10_000; i++) nested = [nested];
    expect(codes('mutation($i: [String!]) { signIn(username: "u", password: "p") { id } }', { i: nested })).toEqual([]);
    expect(codes('mutation($i: [String!]) { signIn(username: "u", password: "p") { id } }', { i: Array.from({ length: 1_000_000 }, () => 'x') })).toEqual([]);
  });

  it('refuses a NUL character anywhere, which PostgreSQL cannot store', () => {
    const refusal = 'A value with a NUL character (U+0000) was sent; text may not contain one.';
    expect(codes('mutation($u: String!) { signIn(username: $u, password: "p") { id } }', { u: 'a\u0000b' })).toEqual([['BAD_USER_INPUT', refusal]]);
    expect(codes('mutation { signIn(username: "a\\u0000b", password: "p") { id } }')).toEqual([['BAD_USER_INPUT', refusal]]);
  });

  it('refuses documents over the size limit before they are parsed', () => {
    expect(checkDocumentSize(`{ me { id } }${' '.repeat(OPERATION_LIMITS.maxDocumentBytes)}`)?.extensions.code).toBe('BAD_USER_INPUT');
    expect(checkDocumentSize('{ me { id } }')).toBeNull();
  });
});
