import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { auditWriteFailed } from '../metrics/audit-observation.js';

/** Rows linked per call of audit_link_events: one transaction, one move of the chain head. */
const LINK_BATCH = 5000;

/**
 * Links the committed, unlinked audit rows to the chain (audit_link_events in the migrations):
 * the visible ones in id order take the next chain positions. Each call is a transaction of its
 * own; the database lets one linker run at a time, so any number of processes may call this.
 * Returns how many rows were linked.
 */
export async function linkAuditEvents(em: EntityManager): Promise<number> {
  const conn = em.getConnection();
  let total = 0;
  for (;;) {
    const [row] = await conn.execute<{ linked: number }[]>('select audit_link_events(?) as linked', [LINK_BATCH]);
    const linked = Number(row?.linked ?? 0);
    total += linked;
    if (linked < LINK_BATCH) return total;
  }
}

/**
 * The chainer of an API process: links what committed every `intervalMs`, and at once when
 * `kick()` is called (after an audited commit, or before the chain is read). Runs never overlap
 * in a process; a kick during a run asks for one more run after it.
 */
export class AuditChainer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly em: EntityManager,
    private readonly intervalMs: number,
    private readonly log: Log,
  ) {}

  start(): this {
    this.timer = setInterval(() => void this.kick(), this.intervalMs);
    this.timer.unref();
    void this.kick();
    return this;
  }

  /** Links now (or right after the run in progress); resolves once that run is done. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await linkAuditEvents(this.em);
        } catch (error) {
          auditWriteFailed('chain');
          this.log(`audit chainer failed: ${(error as Error).message}`);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
