import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../access/role.js';
import type { PasswordHasher } from './password-hash.js';
import { generatePassword } from './secrets.js';
import { User } from './user.entity.js';

/**
 * On first start, creates the administrator. Without CUSTODIAN_ADMIN_PASSWORD a password is
 * generated and returned so the caller can print it once; it is not stored anywhere in clear.
 */
export async function ensureAdministrator(
  em: EntityManager,
  username: string,
  password: string | undefined,
  passwords: PasswordHasher,
): Promise<{ created: boolean; generatedPassword: string | null }> {
  const fork = em.fork();
  const admins = await fork.getConnection().execute<{ count: string }[]>(`select count(*) as count from users where ? = any(roles)`, [Role.ADMINISTRATOR]);
  if (Number(admins[0]?.count ?? 0) > 0) return { created: false, generatedPassword: null };
  const chosen = password ?? generatePassword();
  fork.create(User, { username, passwordHash: await passwords.hash(chosen), roles: [Role.ADMINISTRATOR] });
  await fork.flush();
  return { created: true, generatedPassword: password ? null : chosen };
}
