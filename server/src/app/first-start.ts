import { ensureAdministrator } from '../auth/bootstrap-admin.js';
import { PasswordHasher } from '../auth/password-hash.js';
import type { Log } from '../common/log.js';
import type { Config } from '../config/config.js';
import { DEMO_USERS } from '../demo/demo-catalog.js';
import { seedDemoData } from '../demo/seed-demo.js';
import type { Core } from './core.js';

/**
 * What the first start of a server sets up: the administrator and, when enabled, demo data.
 * Returns the lines to print once the server is reachable (credentials are shown only once).
 */
export async function firstStart(config: Config, core: Core, log: Log): Promise<string[]> {
  const lines: string[] = [];
  const passwords = new PasswordHasher(config.passwordHashCost);
  const admin = await ensureAdministrator(core.db.orm.em, config.adminUsername, config.adminPassword, passwords);
  if (admin.created) {
    lines.push(
      admin.generatedPassword
        ? `administrator created: ${config.adminUsername} / ${admin.generatedPassword}  (shown only this once)`
        : `administrator created: ${config.adminUsername} (password from CUSTODIAN_ADMIN_PASSWORD)`,
    );
  }
  if (config.demoData && (await seedDemoData(core.db.orm.em, core.mediaTools, core.storage.recordings, passwords, log))) {
    lines.push(`demo users: ${DEMO_USERS.map((u) => `${u.username} / ${u.password} (${u.roles.join(' + ')})`).join('; ')}`);
  }
  return lines;
}
