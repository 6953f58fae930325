import path from 'node:path';
import { CheckpointLog } from '../../audit/checkpoint-log.js';
import { checkAuditIntegrity } from '../../audit/integrity.js';
import type { AuditIntegrityReport } from '../../audit/integrity.types.js';
import { loadConfig } from '../../config/config.js';
import { publicKeyVerifier } from '../../signing/key-ring.js';
import { openAppDatabase } from '../core.js';

/**
 * `audit verify [--log <file>]`: the integrity check without a running API. It reads the database
 * (DATABASE_URL, or the embedded one), changes nothing there, verifies signatures with the public
 * keys of the signing key folder alone, and compares the checkpoint log (CUSTODIAN_CHECKPOINT_LOG
 * unless --log names a copy). One line per problem; exit 1 on any, including a log it cannot read.
 */
export async function auditCommand(args: string[], usage: string): Promise<number> {
  const [subcommand, ...options] = args;
  const logFile = options.length === 2 && options[0] === '--log' ? options[1] : undefined;
  if (subcommand !== 'verify' || (options.length > 0 && !logFile)) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  const checkpointLog = new CheckpointLog(path.resolve(logFile ?? config.checkpointLogPath));
  // Only reads: a superuser's connection is refused to the application, which writes, not to a check.
  const db = await openAppDatabase(config, (line) => console.error(line), { migrate: false, poolMax: 2, superuserAllowed: true });
  try {
    const report = await checkAuditIntegrity(db.orm.em, publicKeyVerifier(config.signingKeyDir), checkpointLog, { maxProblems: Number.POSITIVE_INFINITY });
    const problems = problemLines(report, checkpointLog.file);
    for (const line of problems) console.log(`PROBLEM  ${line}`);
    const { checkpoints } = report;
    const checked = `${report.eventsChecked} audit events (head ${report.headEventId ?? 'none'}), ${checkpoints.total} checkpoints judged, ${checkpoints.log.entries} in the checkpoint log ${checkpointLog.file}`;
    console.log(problems.length === 0 ? `OK: ${checked}.` : `NOT OK: ${problems.length} problem(s); ${checked}.`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

function problemLines(report: AuditIntegrityReport, logFile: string): string[] {
  const lines: string[] = [];
  const { firstProblem, checkpoints } = report;
  if (firstProblem) lines.push(`audit event ${firstProblem.eventId} ${firstProblem.kind}: ${firstProblem.message}`);
  if (!checkpoints.log.compared) lines.push(`checkpoint log ${logFile} cannot be read (${checkpoints.log.reason}): nothing was compared with it.`);
  for (const problem of checkpoints.problems) lines.push(`checkpoint ${problem.number ?? '-'} ${problem.kind}: ${problem.message}`);
  return lines;
}
