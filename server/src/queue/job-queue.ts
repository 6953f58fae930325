import PgBoss from 'pg-boss';
import type { Log } from '../common/log.js';
import { JOB_NAMES, type JobName, type JobPayloads } from './jobs.js';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], jobId: string) => Promise<void>;

// pg-boss job states in which a job may still reach a worker.
const LIVE_STATES = ['created', 'retry', 'active'];

/**
 * The pg-boss queue, the only code that knows pg-boss. It carries ids to task services: the API
 * sends, the worker works. State, progress and retries live in Custodian's own tables, because
 * pg-boss has no heartbeat or progress of its own.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workerIds = new Map<JobName, string[]>();

  constructor(
    databaseUrl: string,
    private readonly expireInSeconds: number,
    log: Log = console.error,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      application_name: 'custodian-queue',
      max: 4,
      // Custodian's own reaper reschedules work; pg-boss retrying too would run a task twice.
      retryLimit: 0,
      expireInSeconds,
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
   * so this reads its job table, here and nowhere else.
   */
  async liveJobsFor<N extends JobName>(name: N, field: keyof JobPayloads[N] & string, values: readonly string[]): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    const db = this.boss.getDb();
    const result = await db.executeSql(
      'select distinct data->>$2 as value from pgboss.job where name = $1 and state = any($3::pgboss.job_state[]) and data->>$2 = any($4::text[])',
      [name, field, LIVE_STATES, [...values]],
    );
    return new Set((result.rows as { value: string }[]).map((row) => row.value));
  }

  /** Registers `concurrency` pollers for one job type; each runs one job at a time. */
  async work<N extends JobName>(name: N, concurrency: number, handler: JobHandler<N>): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      let id: string | undefined;
      id = await this.boss.work<JobPayloads[N]>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        if (!job) return;
        try {
          await handler(job.data, job.id);
        } finally {
          // More jobs may be waiting: fetch again at once instead of after the polling interval.
          if (id) this.boss.notifyWorker(id);
        }
      });
      ids.push(id);
    }
    this.workerIds.set(name, ids);
  }

  /** Makes idle pollers fetch now instead of at their next polling interval. */
  wake(name: JobName): void {
    for (const id of this.workerIds.get(name) ?? []) this.boss.notifyWorker(id);
  }

  /** Stops fetching new jobs of this type; jobs already running go on. */
  async stopWorking(name: JobName): Promise<void> {
    await this.boss.offWork(name);
    this.workerIds.delete(name);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, close: true, timeout: 1000 }).catch(() => undefined);
  }
}
