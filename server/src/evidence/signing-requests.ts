import type { EntityManager } from '@mikro-orm/postgresql';
import type { Log } from '../common/log.js';
import { pause } from '../common/pause.js';
import { untilDatabaseAnswers } from '../db/connection-lost.js';
import { Channel, notify } from '../db/notifications.js';
import type { Claim } from '../exports/export-task-lifecycle.js';
import { MediaError } from '../media/media-error.js';
import type { SigningFacts } from './signing-facts.js';

/*
 * Task services never hold the signing key. A task service that finished an export asks for the
 * manifest's signature with a signing request (table signing_requests): its claim of the task and
 * the facts only it knows (signing-facts.ts). An API process, which holds the key, answers it in
 * place (signing-desk.ts) with the manifest it built from the database and signed, or with why it
 * will not; the task service then completes the task with that manifest in one transaction. So a
 * task service on another machine needs no copy of the key folder, and one that is broken into
 * can have signed nothing but the exports its own claims produced.
 */

/** A manifest as an API process built and signed it, for the task service to store. */
export interface SignedManifest {
  /** The signing request it answers, deleted with the commit that stores the manifest. */
  requestId: string;
  content: string;
  keyId: string;
  algorithm: string;
  signature: string;
  /** When it was signed: the completion time the manifest states. */
  signedAt: Date;
}

/** Why an API process would not sign. */
export type SigningRefusalKind = 'SIGNING_KEY' | 'CLAIM_GONE' | 'INVALID';

/** An API process refused to sign the manifest; `message` says why, for the export's error. */
export class SigningRefused extends Error {
  override name = 'SigningRefused';
  constructor(
    readonly kind: SigningRefusalKind,
    message: string,
  ) {
    super(message);
  }
}

interface AnswerRow {
  answered_at: string | Date | null;
  content: string | null;
  key_id: string | null;
  algorithm: string | null;
  signature: string | null;
  signed_at: string | Date | null;
  refusal: string | null;
  refusal_kind: SigningRefusalKind | null;
}

// Answers usually come within a few milliseconds of the request; a waiting task service looks
// often at first, then once a second (an API process may be restarting).
const FIRST_LOOKS_MS = 50;
const LATER_LOOKS_MS = 1000;
const QUICK_LOOKS = 100;
// A wait this long is worth one line in the log: no API process may be running.
const SAY_WAITING_AFTER_MS = 10_000;

/**
 * Asks for the signed manifest of the export `claimed` holds, and waits for an API process to
 * answer, for as long as it takes: the conversion is done and worth keeping. `signal` stops the
 * wait (the task was cancelled, or the task service is shutting down) with a CANCELLED MediaError.
 * Throws SigningRefused when the API process refused.
 */
export async function requestManifestSignature(
  em: EntityManager,
  claimed: Claim,
  facts: SigningFacts,
  options: { signal: AbortSignal; log: Log },
): Promise<SignedManifest> {
  const what = `export task ${claimed.taskId}`;
  const requestId = await untilDatabaseAnswers(
    () =>
      em.fork().transactional(async (tx) => {
        const rows = await tx
          .getConnection()
          .execute<{ id: string }[]>(
            'insert into signing_requests (task_id, task_service_id, attempt, facts) values (?, ?, ?, ?) returning id',
            [claimed.taskId, claimed.taskServiceId, claimed.attempt, JSON.stringify(facts)],
            'all',
            tx.getTransactionContext(),
          );
        await notify(tx, Channel.signingRequested, rows[0]!.id);
        return rows[0]!.id;
      }),
    { what: `${what}: asking for the manifest's signature`, log: options.log, signal: options.signal },
  );
  try {
    const answer = await waitForAnswer(em, requestId, what, options);
    if (answer.refusal) throw new SigningRefused(answer.refusal_kind ?? 'INVALID', answer.refusal);
    return {
      requestId,
      content: answer.content!,
      keyId: answer.key_id!,
      algorithm: answer.algorithm!,
      signature: answer.signature!,
      signedAt: new Date(answer.signed_at!),
    };
  } catch (error) {
    // The request is of no use any more. One left behind (this delete failed) is answered all the
    // same, and the API's sweep deletes answered requests an hour later.
    await forgetSigningRequest(em, requestId).catch(() => undefined);
    throw error;
  }
}

async function waitForAnswer(em: EntityManager, requestId: string, what: string, options: { signal: AbortSignal; log: Log }): Promise<AnswerRow> {
  const since = Date.now();
  let saidWaiting = false;
  let failing = false;
  for (let look = 0; ; look++) {
    if (options.signal.aborted) throw new MediaError('CANCELLED', `${what}: stopped while waiting for the manifest's signature`);
    try {
      const rows = await em
        .fork()
        .getConnection()
        .execute<AnswerRow[]>(
          'select answered_at, content, key_id, algorithm, signature, signed_at, refusal, refusal_kind from signing_requests where id = ?',
          [requestId],
          'all',
        );
      failing = false;
      const row = rows[0];
      if (!row) throw new SigningRefused('CLAIM_GONE', 'The export task was removed while its manifest waited for a signature.');
      if (row.answered_at) return row;
    } catch (error) {
      if (error instanceof SigningRefused) throw error;
      if (!failing) options.log(`${what}: could not look for the manifest's signature (${(error as Error).message}); looking again`);
      failing = true;
    }
    if (!saidWaiting && Date.now() - since > SAY_WAITING_AFTER_MS) {
      options.log(`${what}: waiting for an API process to sign the manifest; none has answered for ${Math.round((Date.now() - since) / 1000)} s`);
      saidWaiting = true;
    }
    await pause(look < QUICK_LOOKS ? FIRST_LOOKS_MS : LATER_LOOKS_MS, options.signal);
  }
}

/** Deletes a signing request: in the transaction that stores its manifest, or once it is of no use. */
export async function forgetSigningRequest(em: EntityManager, requestId: string): Promise<void> {
  await em.getConnection().execute('delete from signing_requests where id = ?', [requestId], 'run', em.getTransactionContext());
}
