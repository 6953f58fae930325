import fs from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema, SCHEMA_FILE } from './schema.js';

/**
 * Writes schema/schema.graphql from the resolvers, or with --check fails when the committed file
 * differs from what the code declares.
 */
const header = "# Emitted from the server's resolvers by `npm run schema`. Do not edit by hand.\n\n";
const text = `${header + printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
if (process.argv.includes('--check')) {
  const committed = await fs.readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('schema/schema.graphql is stale: run `npm run schema` and `npm run codegen`, then commit both.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  await fs.writeFile(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}
