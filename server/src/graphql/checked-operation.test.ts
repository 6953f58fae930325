import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkedOperation } from './checked-operation.js';

const schema = buildSchema(`
  type Query { items(first: Int = 50): ItemPage! }
  type Subscription { itemChanged(id: ID!): Item! }
  type ItemPage { edges: [Item!]! }
  type Item { id: ID! name: String! }
`);

const SUBSCRIPTION = 'subscription Changed($id: ID!) { itemChanged(id: $id) { id name } }';
const PAGE = 'query Page($first: Int) { items(first: $first) { edges { id name } } }';

const documentOf = (query: string, variables: Record<string, unknown> = {}) => {
  const checked = checkedOperation(schema, { query, variables });
  if ('errors' in checked) throw new Error(checked.errors.map((e) => e.message).join('; '));
  return checked.document;
};

const errorsOf = (query: string, variables: Record<string, unknown> = {}) => {
  const checked = checkedOperation(schema, { query, variables });
  return 'errors' in checked ? checked.errors.map((e) => e.message) : [];
};

describe('checkedOperation', () => {
  it('gives every socket sending the same text the same parsed document', () => {
    const first = documentOf(SUBSCRIPTION, { id: '1' });
    expect(documentOf(SUBSCRIPTION, { id: '2' })).toBe(first);
    // Another text, even one differing only in spacing, is a document of its own.
    expect(documentOf(`${SUBSCRIPTION} `, { id: '1' })).not.toBe(first);
  });

  it('checks the limits that depend on the variables every time, also for a document already known', () => {
    expect(errorsOf(PAGE, { first: 10 })).toEqual([]);
    expect(errorsOf(PAGE, { first: 1_000_000 })).toEqual([expect.stringMatching(/costs \d+ points/)]);
    expect(errorsOf(PAGE, { first: 10 })).toEqual([]);
  });

  it('refuses a document that does not parse or validate, every time, and keeps nothing of it', () => {
    for (let i = 0; i < 2; i++) {
      expect(errorsOf('subscription { itemChanged(id: "1") { id')).toEqual([expect.stringMatching(/Syntax Error/)]);
      expect(errorsOf('subscription { itemChanged(id: "1") { colour } }')).toEqual([expect.stringMatching(/Cannot query field "colour"/)]);
    }
  });

  it('keeps a bounded number of documents, dropping the least recently used', () => {
    const kept = documentOf(PAGE, { first: 1 });
    const dropped = documentOf('query Dropped { items { edges { id } } }');
    for (let i = 0; i < 300; i++) {
      documentOf(`query Q${i} { items(first: ${i % 50}) { edges { id } } }`);
      // Used all along: never the least recently used.
      if (i % 100 === 0) documentOf(PAGE, { first: 1 });
    }
    expect(documentOf(PAGE, { first: 1 })).toBe(kept);
    expect(documentOf('query Dropped { items { edges { id } } }')).not.toBe(dropped);
  });

  it('does not keep a text longer than a real operation', () => {
    const long = `query Long { items { edges { id } } } ${'#'.repeat(20_000)}\n`;
    expect(documentOf(long)).not.toBe(documentOf(long));
  });
});
