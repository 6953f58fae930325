import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/pg-array.js';

export interface SignInLimits {
  /** Failed (or still running) attempts per account name within the window before each next one must wait. */
  perAccount: number;
  /** The longest an account's next attempt must wait: the right password is never refused for longer. */
  maxDelaySeconds: number;
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
 * Slows password guessing per account and limits it per client address, across every API
 * process. An account is never locked: past `perAccount` failures within the window, each next
 * attempt must wait after the one before it, twice as long each time, at most `maxDelaySeconds`,
 * so whoever knows the password gets in soon however many guesses others made. An address gets
 * `perAddress` attempts per window. Each attempt that gets through writes a row per counter
 * before the password is checked, under an advisory lock per counter, so the limits hold for
 * concurrent attempts too. A successful sign-in removes its own rows and the account's earlier
 * failures; failures stay for the window.
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
        const [row] = await run<{ count: string; retry: string | null; since_last: string | null }[]>(
          `select count(*) as count,
                  extract(epoch from (
                    select attempted_at from sign_in_attempts
                     where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?)
                     order by attempted_at desc offset ? limit 1
                  ) + make_interval(secs => ?) - now()) as retry,
                  extract(epoch from now() - max(attempted_at)) as since_last
             from sign_in_attempts
            where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?)`,
          [c.scope, c.key, this.limits.windowSeconds, c.limit - 1, this.limits.windowSeconds, c.scope, c.key, this.limits.windowSeconds],
        );
        const count = Number(row!.count);
        // A refused attempt writes nothing, so waiting out the hint is enough to try again.
        const wait =
          c.scope === 'account'
            ? this.delayAfter(count) - Number(row!.since_last ?? Number.POSITIVE_INFINITY)
            : count >= c.limit
              ? Number(row!.retry ?? this.limits.windowSeconds)
              : 0;
        if (wait > 0) {
          if (attemptIds.length) await run('delete from sign_in_attempts where id = any(?::bigint[])', [pgArray(attemptIds)]);
          return { allowed: false as const, scope: c.scope, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
        }
        const [inserted] = await run<{ id: string }[]>('insert into sign_in_attempts (scope, key) values (?, ?) returning id', [c.scope, c.key]);
        attemptIds.push(String(inserted!.id));
      }
      return { allowed: true as const, attemptIds };
    });
  }

  /** How long after the previous attempt the next one on an account with `failures` recent failures must wait. */
  delayAfter(failures: number): number {
    if (failures < this.limits.perAccount) return 0;
    return Math.min(2 ** (failures - this.limits.perAccount), this.limits.maxDelaySeconds);
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
