import path from 'node:path';
import type { EntityClass } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { CONNECTION_OPTIONS } from './connection-options.js';
import { migrations } from './migrations/index.js';

const here = path.dirname(new URL(import.meta.url).pathname);

/** The entity classes the composition root lists (server/src/app/entities.ts). */
export type EntityList = readonly EntityClass<object>[];

/** MikroORM settings for a connection string and the application's entities. The schema only ever changes through migrations. */
export function ormConfig(clientUrl: string, entities: EntityList, poolMax = 10) {
  return defineConfig({
    clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    driverOptions: { connection: CONNECTION_OPTIONS },
    debug: false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: migrations,
      // Where `migration:create` writes a new migration (then listed in migrations/index.ts).
      path: path.join(here, '../../src/db/migrations'),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      // openDatabase reports what it applied, in the process's own log.
      silent: true,
    },
  });
}
