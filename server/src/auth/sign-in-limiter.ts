import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/pg-array.js';

export interface SignInLimits {
  /** Failed (or still running) attempts allowed per account name within the window. */
  perAccount: number;
  /** Failed (or still running) attempts allowed per client address within the window. */
  perAddress: number;
  windowSeconds: number;
}

export type SignInGate = { allowed: true; attemptIds: string[] } | { allowed: false; retryAfterSeconds: number; scope: 'account' | 'address' };

interface Counter {
  scope: 'account' | 'address';
  key: string;
  limit: number;
}

/**
 * Limits password guessing per account and per client address, across every API process: each
 * attempt that gets through writes a row per counter before the password is checked, under an
 * advisory lock per counter, so the limit is exact even for concurrent attempts. A successful
 * sign-in removes its own rows and the account's earlier failures; failures stay for the window.
 */
export class SignInLimiter {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: SignInLimits,
  ) {}

  private counters(username: string, clientAddress: string | null): Counter[] {
    const out: Counter[] = [{ scope: 'account', key: username.trim().toLowerCase(), limit: this.limits.perAccount }];
    if (clientAddress) out.push({ scope: 'address', key: clientAddress, limit: this.limits.perAddress });
    return out;
  }

  async begin(username: string, clientAddress: string | null): Promise<SignInGate> {
    const counters = this.counters(username, clientAddress);
    return this.em.transactional(async (em) => {
      const run = <T extends object[]>(sql: string, params: unknown[]) => em.getConnection().execute<T>(sql, params, 'all', em.getTransactionContext());
      const attemptIds: string[] = [];
      for (const c of counters) {
        // Attempts on one account (or from one address) take turns, in every API process, so
        // concurrent guesses cannot all pass the count. Locks are always taken account first.
        await run('select pg_advisory_xact_lock(hashtext(?))', [`custodian.sign-in.${c.scope}:${c.key}`]);
        const [row] = await run<{ count: string; retry: string | null }[]>(
          `select count(*) as count,
                  extract(epoch from (
                    select attempted_at from sign_in_attempts
                     where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?)
                     order by attempted_at desc offset ? limit 1
                  ) + make_interval(secs => ?) - now()) as retry
             from sign_in_attempts
            where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?)`,
          [c.scope, c.key, this.limits.windowSeconds, c.limit - 1, this.limits.windowSeconds, c.scope, c.key, this.limits.windowSeconds],
        );
        // A refused attempt writes nothing, so waiting out the hint is enough to try again.
        if (Number(row!.count) >= c.limit) {
          if (attemptIds.length) await run('delete from sign_in_attempts where id = any(?::bigint[])', [pgArray(attemptIds)]);
          return { allowed: false as const, scope: c.scope, retryAfterSeconds: Math.max(1, Math.ceil(Number(row!.retry ?? this.limits.windowSeconds))) };
        }
        const [inserted] = await run<{ id: string }[]>('insert into sign_in_attempts (scope, key) values (?, ?) returning id', [c.scope, c.key]);
        attemptIds.push(String(inserted!.id));
      }
      return { allowed: true as const, attemptIds };
    });
  }

  /** After a successful sign-in: the account starts afresh; the address keeps other failures. */
  async succeeded(username: string, attemptIds: string[]): Promise<void> {
    await this.forget(attemptIds);
    await this.resetAccount(username);
  }

  /** Also used when an administrator resets a password. */
  async resetAccount(username: string): Promise<void> {
    await this.em.getConnection().execute('delete from sign_in_attempts where scope = ? and key = ?', ['account', username.trim().toLowerCase()]);
  }

  /** Drops rows older than the window; called now and then so the table stays small. */
  async prune(): Promise<void> {
    await this.em.getConnection().execute('delete from sign_in_attempts where attempted_at < now() - make_interval(secs => ?)', [this.limits.windowSeconds]);
  }

  private async forget(attemptIds: string[]): Promise<void> {
    if (attemptIds.length) await this.em.getConnection().execute('delete from sign_in_attempts where id = any(?::bigint[])', [pgArray(attemptIds)]);
  }
}
