import path from 'node:path';
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';

const here = path.dirname(new URL(import.meta.url).pathname);

/** MikroORM settings for a given connection string. The schema only ever changes through migrations. */
export function ormConfig(clientUrl: string, poolMax = 10) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    debug: false,
    // Always run the compiled JavaScript (MikroORM would pick the .ts sources under test runners).
    preferTs: false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(here, 'migrations'),
      pathTs: path.join(here, '../../src/db/migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}

// The MikroORM CLI (migration:create) reads this default export.
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/custodian');
