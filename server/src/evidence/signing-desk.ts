import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { startPeriodicJob } from '../common/periodic-job.js';
import { isConnectionLost } from '../db/connection-lost.js';
import { Channel, PgListener } from '../db/notifications.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask, TASK_RELATIONS } from '../exports/export-task.entity.js';
import { checkSigningKeyActive, SigningKeyNotActive } from '../signing/active-signing-key.js';
import type { KeyRing } from '../signing/key-ring.js';
import { buildManifest, manifestText } from './manifest.js';
import { readSigningFacts } from './signing-facts.js';
import type { SigningRefusalKind } from './signing-requests.js';

// Requests answered per transaction: each is a row lock and a signature, a few milliseconds.
const BATCH = 20;
// Requests are answered when their notification arrives; this sweep answers those whose
// notification was missed (this process was starting, or its listening connection was down).
const SWEEP_MS = 2000;
// A task service deletes its request within milliseconds of the answer; one that stopped in
// between leaves it behind, and the sweep deletes it after this long.
const KEEP_ANSWERED_MINUTES = 60;

interface RequestRow {
  id: string;
  task_id: string;
  task_service_id: string;
  attempt: number;
  facts: unknown;
}

type Answer = { content: string; keyId: string; algorithm: string; signature: string; signedAt: Date } | { refusal: string; kind: SigningRefusalKind };

/**
 * Answers waiting signing requests (see signing-requests.ts), at most BATCH per transaction,
 * until none is left; returns how many it answered. Safe in every API process at once: a request
 * is locked with SKIP LOCKED, so each is answered by one of them. The manifest states what the
 * database holds of the task, its request, requester, recording and task service, and what the
 * task service reported of the conversion; it is signed only while the request's claim still
 * holds the task, and only with the active signing key.
 */
export async function answerSigningRequests(em: EntityManager, keyRing: KeyRing): Promise<number> {
  let answered = 0;
  for (;;) {
    const count = await em.fork().transactional(async (tx) => {
      const ctx = tx.getTransactionContext();
      const requests = await tx
        .getConnection()
        .execute<RequestRow[]>(
          'select id, task_id, task_service_id, attempt, facts from signing_requests where answered_at is null order by requested_at limit ? for update skip locked',
          [BATCH],
          'all',
          ctx,
        );
      if (requests.length === 0) return 0;
      // A rotation by another process must take effect here, not at this process's next start.
      await keyRing.refresh();
      for (const request of requests) {
        const answer = await answerOne(tx, keyRing, request).catch((error: unknown): Answer => {
          // A request this process cannot answer must not hold up the others behind it for ever;
          // a database that went away is another matter: the whole batch is tried again.
          if (isConnectionLost(error)) throw error;
          return { kind: 'INVALID', refusal: `The export's manifest could not be signed: ${(error as Error).message}` };
        });
        await tx
          .getConnection()
          .execute(
            `update signing_requests set answered_at = now(), content = ?, key_id = ?, algorithm = ?, signature = ?, signed_at = ?, refusal = ?, refusal_kind = ? where id = ?`,
            'refusal' in answer
              ? [null, null, null, null, null, answer.refusal, answer.kind, request.id]
              : [answer.content, answer.keyId, answer.algorithm, answer.signature, answer.signedAt, null, null, request.id],
            'run',
            ctx,
          );
      }
      return requests.length;
    });
    answered += count;
    if (count < BATCH) return answered;
  }
}

async function answerOne(tx: EntityManager, keyRing: KeyRing, request: RequestRow): Promise<Answer> {
  const task = await tx.findOne(ExportTask, { id: request.task_id }, { populate: TASK_RELATIONS, refresh: true });
  if (!task || task.status !== ExportTaskStatus.IN_PROGRESS || task.taskService?.id !== request.task_service_id || task.attempts !== request.attempt) {
    return {
      kind: 'CLAIM_GONE',
      refusal: 'The export was not signed: the task is no longer held by the claim that converted it (it was cancelled or taken over).',
    };
  }
  const read = readSigningFacts(request.facts);
  if (!read.ok) return { kind: 'INVALID', refusal: read.problem };
  try {
    await checkSigningKeyActive(tx, keyRing.activeKeyId);
  } catch (error) {
    if (error instanceof SigningKeyNotActive) return { kind: 'SIGNING_KEY', refusal: error.message };
    throw error;
  }
  const signedAt = new Date();
  const content = manifestText(
    buildManifest({
      task: {
        id: task.id,
        reason: task.request.reason,
        requestedAt: task.requestedAt,
        startedAt: task.startedAt ?? signedAt,
        workerHost: task.taskServiceHost ?? 'unknown',
      },
      requester: task.requestedBy,
      recording: task.recording,
      conversion: read.facts.conversion,
      output: { fileName: task.fileName, durationSeconds: read.facts.outputDurationSeconds },
      completedAt: signedAt,
    }),
  );
  const signature = keyRing.sign(content);
  return { content, keyId: signature.keyId, algorithm: signature.algorithm, signature: signature.signature, signedAt };
}

/**
 * Where an API process answers signing requests: as their notifications arrive, and every
 * SWEEP_MS for any it missed. Runs in every API process; only they hold the signing key.
 */
export class SigningDesk {
  private readonly listener: PgListener;
  private stopSweep: () => void = () => {};
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly em: EntityManager,
    databaseUrl: string,
    private readonly keyRing: KeyRing,
    private readonly log: Log,
  ) {
    this.listener = new PgListener(databaseUrl, [Channel.signingRequested], log);
    this.listener.on('notification', () => this.answerSoon());
    this.listener.on('reconnected', () => this.answerSoon());
  }

  async start(): Promise<void> {
    await this.listener.start();
    this.stopSweep = startPeriodicJob('signing requests', () => this.sweep(), { intervalMs: SWEEP_MS, firstAfterMs: 0, log: this.log });
  }

  async stop(): Promise<void> {
    this.stopSweep();
    await this.listener.stop();
    await this.running;
  }

  /** Answers now, or once the current round ends: notifications that arrive during a round are not lost. */
  private answerSoon(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.answer()
      .catch((error: Error) => this.log(`signing requests: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.answerSoon();
        }
      });
  }

  private async answer(): Promise<void> {
    await answerSigningRequests(this.em, this.keyRing);
  }

  private async sweep(): Promise<void> {
    await this.answer();
    await this.em
      .fork()
      .getConnection()
      .execute('delete from signing_requests where answered_at < now() - make_interval(mins => ?)', [KEEP_ANSWERED_MINUTES], 'run');
  }
}
