import { ormConfig } from '../db/orm-config.js';
import { entities } from './entities.js';

// The MikroORM command line (`npm run migration:create -w server`) reads this default export.
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/custodian', entities);
