import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/pg-array.js';

export interface SignInLimits {
  /** Failed (or still running) attempts allowed per account name within the window. */
  perAccount: number;
  /** Failed (or still running) attempts allowed per client address within the window. */
  perAddress: number;
  windowSeconds: number;
}

export type SignInGate =
  | { allowed: true; attemptIds: string[] }
  | { allowed: false; retryAfterSeconds: number; scope: 'account' | 'address' };

interface Counter {
  scope: 'account' | 'address';
  key: string;
  limit: number;
}

/**
 * Limits password guessing per account and per client address, across every API process: each
 * attempt first writes a row (committed at once), then counts the rows of its window. Counting
 * after writing means concurrent attempts cannot all slip under the limit. A successful sign-in
 * removes its own rows and the account's earlier failures; failures stay until the window passes.
 */
export class SignInLimiter {
  constructor(private readonly em: EntityManager, private readonly limits: SignInLimits) {}

  private counters(username: string, clientAddress: string | null): Counter[] {
    const out: Counter[] = [{ scope: 'account', key: username.trim().toLowerCase(), limit: this.limits.perAccount }];
    if (clientAddress) out.push({ scope: 'address', key: clientAddress, limit: this.limits.perAddress });
    return out;
  }

  async begin(username: string, clientAddress: string | null): Promise<SignInGate> {
    const connection = this.em.getConnection();
    const counters = this.counters(username, clientAddress);
    const attemptIds: string[] = [];
    for (const c of counters) {
      const [row] = await connection.execute<{ id: string }[]>('insert into sign_in_attempts (scope, key) values (?, ?) returning id', [c.scope, c.key]);
      attemptIds.push(String(row!.id));
    }
    for (const c of counters) {
      const [row] = await connection.execute<{ count: string; retry: string | null }[]>(
        `select count(*) as count,
                extract(epoch from (
                  select attempted_at from sign_in_attempts
                   where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?) and id <> all(?::bigint[])
                   order by attempted_at desc offset ? limit 1
                ) + make_interval(secs => ?) - now()) as retry
           from sign_in_attempts
          where scope = ? and key = ? and attempted_at > now() - make_interval(secs => ?)`,
        [c.scope, c.key, this.limits.windowSeconds, pgArray(attemptIds), c.limit - 1, this.limits.windowSeconds, c.scope, c.key, this.limits.windowSeconds],
      );
      if (Number(row!.count) > c.limit) {
        // A refused attempt is not counted, so waiting out the hint is enough to try again.
        await this.forget(attemptIds);
        return { allowed: false, scope: c.scope, retryAfterSeconds: Math.max(1, Math.ceil(Number(row!.retry ?? this.limits.windowSeconds))) };
      }
    }
    return { allowed: true, attemptIds };
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
