import { loadConfig } from '../../config/config.js';
import { rotateSigningKey } from '../../evidence/rotate-signing-key.js';
import { KeyRing } from '../../signing/key-ring.js';
import { openAppDatabase } from '../core.js';
import { commandLineOperator } from './operator.js';

/** `rotate-signing-key`: audited in the name of the operating-system user who ran it. */
export async function rotateSigningKeyCommand(): Promise<number> {
  const config = loadConfig();
  const keyRing = await KeyRing.open(config.signingKeyDir);
  const db = await openAppDatabase(config, (line) => console.error(line), { migrate: true, poolMax: 2 });
  try {
    const { retired, created } = await rotateSigningKey(db.orm.em, keyRing, commandLineOperator());
    console.log(`signing key ${retired} retired (its public key still verifies); ${created} signs from now on`);
    return 0;
  } finally {
    await db.close();
  }
}
