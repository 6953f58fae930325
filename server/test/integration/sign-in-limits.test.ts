import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { createUser, errorCode, gql, gqlOk, signIn } from '../support/graphql-client.js';
import { ADMIN, startSystem, type System } from '../support/system.js';

const SIGN_IN = graphql(`mutation SignInLimits_SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`);
const ME = graphql(`query SignInLimits_Me { me { username } }`);

describe('sign-in: rate limits per account and per address, and the sign-in audit', () => {
  let system: System;
  let admin: string;

  beforeAll(async () => {
    system = await startSystem(inject('pgServerUrl'), {
      workers: 0,
      env: {
        CUSTODIAN_SIGN_IN_LIMIT_PER_ACCOUNT: '3',
        CUSTODIAN_SIGN_IN_MAX_DELAY_SECONDS: '2',
        CUSTODIAN_SIGN_IN_LIMIT_PER_ADDRESS: '12',
        CUSTODIAN_SIGN_IN_WINDOW_SECONDS: '600',
        // The default cost (the other tests' servers hash at the lowest), which old hashes are brought up to.
        CUSTODIAN_PASSWORD_HASH_COST: '65536',
      },
    });
    admin = await signIn(system.url, ADMIN.username, ADMIN.password);
    await createUser(system.url, admin, 'victim', ['PLAYER']);
    await createUser(system.url, admin, 'bystander', ['PLAYER']);
  });

  afterAll(() => system?.stop());

  const attempt = (u: string, p: string) => gql(system.url, SIGN_IN, { u, p });
  const auditRows = (action: string) =>
    system.sql<{ actor_name: string; outcome: string; detail: string | null; client_address: string }>(
      'select actor_name, outcome, detail, client_address from audit_events where action = $1 order by id',
      [action],
    );

  it('audits every sign-in, successful or not, without the password', async () => {
    expect(errorCode(await attempt('victim', 'wrong-password-one'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt('nobody', 'wrong-password-two'))).toBe('UNAUTHENTICATED');
    const succeeded = await auditRows('SIGN_IN_SUCCEEDED');
    expect(succeeded.map((r) => r.actor_name)).toEqual(['admin', 'victim', 'bystander']);
    expect(succeeded[0]!.client_address).toBe('127.0.0.1');
    expect(await auditRows('SIGN_IN_FAILED')).toEqual([
      { actor_name: 'victim', outcome: 'FAILURE', detail: 'Wrong password.', client_address: '127.0.0.1' },
      { actor_name: 'nobody', outcome: 'FAILURE', detail: 'Unknown username.', client_address: '127.0.0.1' },
    ]);
    const everything = JSON.stringify(await system.sql('select * from audit_events'));
    for (const password of ['wrong-password-one', 'wrong-password-two', ADMIN.password, 'victim-password-123']) expect(everything).not.toContain(password);
  });

  it('slows an account after too many failures but never locks it: the right password gets in once the delay has passed', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    /**
     * A wrong password, then the right one while the wrong one is still being checked: the wait is
     * counted from the last attempt's start, so the answer does not depend on how long hashing takes.
     */
    const wrongThenRight = async (wrong: string) => {
      const failed = attempt('victim', wrong);
      await sleep(300);
      const [failure, right] = await Promise.all([failed, attempt('victim', 'victim-password-123')]);
      expect(errorCode(failure)).toBe('UNAUTHENTICATED');
      return right;
    };
    expect(errorCode(await attempt('victim', 'wrong-password-3'))).toBe('UNAUTHENTICATED');
    // Three failures (the limit): the next attempt must wait 1 s after the last one.
    const early = await wrongThenRight('wrong-password-4');
    expect(errorCode(early)).toBe('TOO_MANY_REQUESTS');
    expect(early.errors![0]!.extensions!.retryAfterSeconds).toBe(1);
    expect(early.errors![0]!.message).toBe('Too many sign-in attempts for this account. Try again in 1 seconds.');
    // The refusal may be written before the failure it followed, which was still hashing.
    expect((await auditRows('SIGN_IN_FAILED')).filter((row) => row.outcome === 'DENIED')).toEqual([
      {
        actor_name: 'victim',
        outcome: 'DENIED',
        detail: 'Refused: too many sign-in attempts for this account.',
        client_address: '127.0.0.1',
      },
    ]);
    // Each further failure doubles the wait, up to CUSTODIAN_SIGN_IN_MAX_DELAY_SECONDS (2 here).
    await sleep(1100);
    expect((await wrongThenRight('wrong-password-5')).errors![0]!.extensions!.retryAfterSeconds).toBe(2);
    await sleep(2100);
    expect((await wrongThenRight('wrong-password-6')).errors![0]!.extensions!.retryAfterSeconds).toBe(2);
    // Whoever knows the password gets in once the wait is over, however many guesses came before.
    await sleep(2100);
    await signIn(system.url, 'victim', 'victim-password-123');
    // Other accounts from the same address were never affected.
    await signIn(system.url, 'bystander', 'bystander-password-123');
  });

  it('holds under concurrent attempts: exactly the limit gets through to the password check', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt('racer', `wrong-password-${i}`)));
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('upgrades a password hash made with earlier scrypt parameters at the next sign-in', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('bystander-password-123', salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = `scrypt$32768$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    await system.sql("update users set password_hash = $1 where username = 'bystander'", [old]);
    await signIn(system.url, 'bystander', 'bystander-password-123');
    const [row] = await system.sql<{ password_hash: string }>("select password_hash from users where username = 'bystander'");
    expect(row!.password_hash).toMatch(/^scrypt\$65536\$8\$2\$/);
    await signIn(system.url, 'bystander', 'bystander-password-123');
  });

  it('refuses a client address after too many failures across accounts', async () => {
    // 9 failures from this address so far (1 + 1 + 4 + 3); the limit is 12.
    for (let i = 1; i <= 3; i++) expect(errorCode(await attempt(`sprayed-${i}`, 'Winter2026!'))).toBe('UNAUTHENTICATED');
    const refused = await attempt('sprayed-4', 'Winter2026!');
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0]!.message).toContain('for your address');
    expect(errorCode(await attempt('bystander', 'bystander-password-123'))).toBe('TOO_MANY_REQUESTS');
    // Refused attempts are not counted, and sessions already open keep working.
    expect(Number((await system.sql<{ count: string }>("select count(*) from sign_in_attempts where scope = 'address'"))[0]!.count)).toBe(12);
    expect((await gqlOk(system.url, ME, {}, admin)).me?.username).toBe('admin');
  });
});
