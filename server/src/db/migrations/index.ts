import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201000000 } from './Migration20261201000000.js';
import { Migration20261202000000 } from './Migration20261202000000.js';
import { Migration20261202100000 } from './Migration20261202100000.js';
import { Migration20261210100000 } from './Migration20261210100000.js';
import { Migration20261210200000 } from './Migration20261210200000.js';
import { Migration20261210300000 } from './Migration20261210300000.js';
import { Migration20261210400000 } from './Migration20261210400000.js';
import { Migration20261210500000 } from './Migration20261210500000.js';
import { Migration20261211100000 } from './Migration20261211100000.js';
import { Migration20261212100000 } from './Migration20261212100000.js';
import { Migration20261212200000 } from './Migration20261212200000.js';
import { Migration20261212300000 } from './Migration20261212300000.js';
import { Migration20261213100000 } from './Migration20261213100000.js';
import { Migration20261214100000 } from './Migration20261214100000.js';
import { Migration20261215100000 } from './Migration20261215100000.js';

/**
 * Every migration, in the order they apply. Listed rather than discovered in a folder, so that
 * the compiled server, the tests (which run the TypeScript sources) and a stale build all apply
 * exactly these. A new migration is added here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261202000000', class: Migration20261202000000 },
  { name: 'Migration20261202100000', class: Migration20261202100000 },
  { name: 'Migration20261210100000', class: Migration20261210100000 },
  { name: 'Migration20261210200000', class: Migration20261210200000 },
  { name: 'Migration20261210300000', class: Migration20261210300000 },
  { name: 'Migration20261210400000', class: Migration20261210400000 },
  { name: 'Migration20261210500000', class: Migration20261210500000 },
  { name: 'Migration20261211100000', class: Migration20261211100000 },
  { name: 'Migration20261212100000', class: Migration20261212100000 },
  { name: 'Migration20261212200000', class: Migration20261212200000 },
  { name: 'Migration20261212300000', class: Migration20261212300000 },
  { name: 'Migration20261213100000', class: Migration20261213100000 },
  { name: 'Migration20261214100000', class: Migration20261214100000 },
  { name: 'Migration20261215100000', class: Migration20261215100000 },
];
