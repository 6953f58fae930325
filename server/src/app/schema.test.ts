import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocumentNode, getOperationAST, Kind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../common/keyset.js';
import { checkOperationLimits, FIELD_COSTS } from '../graphql/operation-limits.js';
import { buildAppSchema } from './schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The operations the web app sends, read from its generated documents (each is a JSON AST). */
async function webDocuments(): Promise<Map<string, DocumentNode>> {
  const source = await fs.readFile(path.join(root, 'web/src/gql/graphql.ts'), 'utf8');
  const documents = new Map<string, DocumentNode>();
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    documents.set(match[1]!, JSON.parse(match[2]!) as DocumentNode);
  }
  return documents;
}

describe('the application schema', () => {
  it('has every field the operation limits price (a misspelt one would cost 1)', async () => {
    const schema = await buildAppSchema();
    const missing = Object.keys(FIELD_COSTS).filter((key) => {
      const [type, field] = key.split('.') as [string, string];
      const found = schema.getType(type);
      return !(found && 'getFields' in found && field in found.getFields());
    });
    expect(missing).toEqual([]);
  });

  it('takes every operation the web app sends within the operation limits, at the largest page size', async () => {
    const schema = await buildAppSchema();
    const documents = await webDocuments();
    expect(documents.size).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const [name, document] of documents) {
      const operation = getOperationAST(document);
      if (!operation) continue; // a fragment
      expect(validate(schema, document), name).toEqual([]);
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).filter((v) => v.variable.name.value === 'first').map((v) => [v.variable.name.value, MAX_PAGE_SIZE]),
      );
      const problems = checkOperationLimits(schema, document, null, variables);
      if (problems.length > 0) refused.push(`${name}: ${problems.map((p) => p.message).join(' ')}`);
    }
    expect(refused).toEqual([]);
    expect([...documents.values()].some((d) => d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION))).toBe(true);
  });
});
