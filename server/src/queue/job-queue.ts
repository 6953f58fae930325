import PgBoss from 'pg-boss';
import type { Log } from '../common/log.js';
import { CONNECTION_OPTIONS } from '../db/connection-options.js';
import { JOB_NAMES, type JobName, type JobPayloads, type PayloadField } from './jobs.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], jobId: string) => Promise<void>;

// pg-boss job states in which a job may still reach a worker.
const LIVE_STATES = ['created', 'retry', 'active'];
// How often an idle poller looks for a job; a NOTIFY wakes it sooner (wake).
const POLLING_INTERVAL_MS = 2000;
// How long stop() waits for pollers to settle the jobs they ran.
const STOP_WAIT_MS = 2000;

/**
 * The pg-boss queue, the only code that knows pg-boss. It carries ids to task services: the API
 * sends, the worker works. State, progress and retries live in Custodian's own tables, because
 * pg-boss has no heartbeat or progress of its own.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly pollers = new Map<JobName, Poller[]>();
  // Each poller's loop, until it ends: stop() lets them settle their last job.
  private readonly loops = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    databaseUrl: string,
    private readonly expireInSeconds: number,
    private readonly log: Log = console.error,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      ...CONNECTION_OPTIONS,
      schema: 'pgboss',
      application_name: 'custodian-queue',
      max: 4,
      // Custodian's own reaper reschedules work; pg-boss retrying too would run a task twice.
      retryLimit: 0,
      expireInSeconds,
      // Custodian schedules nothing through pg-boss. Its cron machinery would only add loops
      // against the database, one of them a work() worker that settles jobs unawaited (see work).
      schedule: false,
    });
    this.boss.on('error', (error) => log(`queue error: ${error.message}`));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const name of JOB_NAMES) {
      // createQueue is required before send: pg-boss returns null silently for a missing queue.
      await this.boss.createQueue(name, { name, retryLimit: 0, expireInSeconds: this.expireInSeconds });
    }
  }

  async send<N extends JobName>(name: N, payloads: JobPayloads[N][]): Promise<void> {
    if (payloads.length === 0) return;
    await this.boss.insert(payloads.map((data) => ({ name, data, retryLimit: 0, expireInSeconds: this.expireInSeconds })));
  }

  /**
   * Which of `values` some job of this type still carries in its payload field `field` and may
   * still deliver (created, waiting for a retry, or running). pg-boss offers no lookup by payload,
   * so this reads its job table, here and nowhere else. With `activeForAtMostSeconds`, a job
   * running for longer no longer counts: the caller knows its worker would have acted by then.
   */
  async liveJobsFor<N extends JobName>(
    name: N,
    field: PayloadField<N>,
    values: readonly string[],
    options: { activeForAtMostSeconds?: number } = {},
  ): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    const db = this.boss.getDb();
    const result = await db.executeSql(
      `select distinct data->>$2 as value from pgboss.job
        where name = $1 and state = any($3::pgboss.job_state[]) and data->>$2 = any($4::text[])
          and (state <> 'active' or $5::int is null or started_on > now() - make_interval(secs => $5::int))`,
      [name, field, LIVE_STATES, [...values], options.activeForAtMostSeconds ?? null],
    );
    return new Set((result.rows as { value: string }[]).map((row) => row.value));
  }

  /**
   * Registers `concurrency` pollers for one job type; each runs one job at a time. Custodian polls
   * with fetch and settles each job itself rather than through pg-boss's work(): pg-boss 10 marks
   * a worked job completed or failed without awaiting it, so when the database was away at that
   * moment the rejection went unhandled and ended the process (found by killing PostgreSQL while
   * an export ran). Here every call is awaited, and a job is settled once the database is back.
   */
  async work<N extends JobName>(name: N, concurrency: number, handler: JobHandler<N>): Promise<void> {
    const pollers = Array.from({ length: concurrency }, () => new Poller());
    for (const poller of pollers) {
      const loop = this.poll(name, handler, poller).catch((error: Error) => this.log(`queue: a poller of ${name} stopped: ${error.message}`));
      this.loops.add(loop);
      void loop.finally(() => this.loops.delete(loop));
    }
    this.pollers.set(name, [...(this.pollers.get(name) ?? []), ...pollers]);
  }

  private async poll<N extends JobName>(name: N, handler: JobHandler<N>, poller: Poller): Promise<void> {
    while (!poller.stopped && !this.stopped) {
      // pg-boss's fetch answers no job, rather than an error, when the database does not answer.
      const [job] = await this.boss.fetch<JobPayloads[N]>(name, { batchSize: 1 }).catch(() => []);
      if (!job) {
        await poller.sleep(POLLING_INTERVAL_MS);
        continue;
      }
      let failure: Error | null = null;
      try {
        await handler(job.data, job.id);
      } catch (error) {
        failure = error as Error;
        this.log(`job ${name} ${job.id} failed: ${failure.message}`);
      }
      await this.settle(name, job.id, failure);
      // More jobs may be waiting: fetch again at once instead of after the polling interval.
    }
  }

  /** Marks a job completed (or failed), trying again with back-off while the database does not answer. */
  private async settle(name: JobName, jobId: string, failure: Error | null): Promise<void> {
    for (let delayMs = 500; !this.stopped; delayMs = Math.min(delayMs * 2, 10_000)) {
      try {
        if (failure) await this.boss.fail(name, jobId, { message: failure.message });
        else await this.boss.complete(name, jobId);
        return;
      } catch (error) {
        this.log(`job ${name} ${jobId} could not be marked ${failure ? 'failed' : 'completed'} (${(error as Error).message}); trying again`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  /** Makes idle pollers fetch now instead of at their next polling interval. */
  wake(name: JobName): void {
    for (const poller of this.pollers.get(name) ?? []) poller.wake();
  }

  /** Stops fetching new jobs of this type; jobs already running go on (and are settled). */
  async stopWorking(name: JobName): Promise<void> {
    for (const poller of this.pollers.get(name) ?? []) poller.stop();
    this.pollers.delete(name);
  }

  async stop(): Promise<void> {
    for (const name of [...this.pollers.keys()]) await this.stopWorking(name);
    // A job that just ended is settled before the pool closes. One that cannot be (the database
    // is away) stays active in pg-boss until it expires; the reaper's orphan check passes over
    // it after a minute (liveJobsFor's activeForAtMostSeconds).
    await Promise.race([Promise.allSettled([...this.loops]), new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    this.stopped = true;
    await this.boss.stop({ graceful: false, close: true, timeout: 1000 }).catch(() => undefined);
  }
}

/** One poller's state: stopped or not, and its wait between fetches, which `wake` cuts short. */
class Poller {
  stopped = false;
  private wakeUp: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  wake(): void {
    this.wakeUp?.();
  }

  stop(): void {
    this.stopped = true;
    this.wake();
  }
}
