import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuditCheckpoint } from './audit-checkpoint.entity.js';
import { AuditChainProblemKind } from './chain-problem-kind.js';

export { AuditChainProblemKind };

registerEnumType(AuditChainProblemKind, {
  name: 'AuditChainProblemKind',
  valuesConfig: {
    CONTENT_CHANGED: { description: 'The event was changed after it was written.' },
    LINK_BROKEN: { description: 'Events before this one were removed, or its link was edited.' },
    EVENTS_MISSING_AT_END: { description: 'The newest events were removed.' },
    HEAD_MISMATCH: { description: 'The chain head does not match the log.' },
  },
});

export enum AuditCheckpointProblemKind {
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  HEAD_MISSING = 'HEAD_MISSING',
  HEAD_CHANGED = 'HEAD_CHANGED',
  COUNT_CHANGED = 'COUNT_CHANGED',
  NUMBER_MISSING = 'NUMBER_MISSING',
  NOT_IN_DATABASE = 'NOT_IN_DATABASE',
  NOT_IN_LOG = 'NOT_IN_LOG',
  LOG_MISMATCH = 'LOG_MISMATCH',
  LOG_LINE_INVALID = 'LOG_LINE_INVALID',
}
registerEnumType(AuditCheckpointProblemKind, {
  name: 'AuditCheckpointProblemKind',
  valuesConfig: {
    BAD_SIGNATURE: { description: 'The signature does not verify: the checkpoint was edited or forged.' },
    HEAD_MISSING: { description: 'The event the checkpoint signed no longer exists.' },
    HEAD_CHANGED: { description: 'The event the checkpoint signed has another hash now.' },
    COUNT_CHANGED: { description: 'The number of events up to the signed event changed.' },
    NUMBER_MISSING: { description: 'No checkpoint has this number: checkpoints were removed.' },
    NOT_IN_DATABASE: { description: 'The checkpoint is in the checkpoint log but was removed from the database.' },
    NOT_IN_LOG: { description: 'The checkpoint is in the database but not in the checkpoint log.' },
    LOG_MISMATCH: { description: 'The database and the checkpoint log hold this checkpoint differently.' },
    LOG_LINE_INVALID: { description: 'A line of the checkpoint log is not a checkpoint, repeats one, or is out of order.' },
  },
});

@ObjectType({ description: 'The first place where the audit chain is broken.' })
export class AuditChainProblem {
  @Field(() => ID, { description: 'The audit event where the break is found.' })
  eventId!: string;

  @Field(() => AuditChainProblemKind)
  kind!: AuditChainProblemKind;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'A checkpoint that does not check out; checkpoints are named by their number in messages.' })
export class AuditCheckpointProblem {
  @Field(() => ID, { nullable: true, description: 'The database row concerned; null when the database has none.' })
  checkpointId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The checkpoint number concerned (the first of missing ones); null for a log line that is not a checkpoint.',
  })
  number!: number | null;

  @Field(() => ID, { nullable: true })
  headEventId!: string | null;

  @Field(() => AuditCheckpointProblemKind)
  kind!: AuditCheckpointProblemKind;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'Whether the checkpoint log kept outside the database was compared with it.' })
export class AuditCheckpointLogState {
  @Field(() => Boolean, { description: 'False when the server cannot read the log (write-only storage): then it was not compared.' })
  compared!: boolean;

  @Field(() => Int, { description: 'Checkpoints in the log.' })
  entries!: number;

  @Field(() => String, { nullable: true, description: 'Why the log could not be read (an error code such as EACCES).' })
  reason!: string | null;
}

@ObjectType({ description: 'What the integrity check found about the signed checkpoints.' })
export class AuditCheckpointsState {
  @Field(() => Int, { description: "Checkpoints judged against the chain: the database's, and logged ones the database lacks or holds otherwise." })
  total!: number;

  @Field(() => Int, { description: 'Checkpoints whose signature verifies and whose head is intact.' })
  valid!: number;

  @Field(() => Int)
  problemCount!: number;

  @Field(() => [AuditCheckpointProblem], {
    description: 'The first problems found (at most 20): the comparison with the checkpoint log in number order, then the rest in chain order.',
  })
  problems!: AuditCheckpointProblem[];

  @Field(() => AuditCheckpointLogState)
  log!: AuditCheckpointLogState;

  @Field(() => AuditCheckpoint, { nullable: true })
  latest!: AuditCheckpoint | null;
}

@ObjectType({ description: 'Result of walking the whole audit hash chain and its checkpoints.' })
export class AuditIntegrityReport {
  @Field(() => Boolean, { description: 'True when every event and every checkpoint checked out.' })
  ok!: boolean;

  @Field(() => Date)
  checkedAt!: Date;

  @Field(() => Int, { description: 'Events whose hash and link this check recomputed.' })
  eventsChecked!: number;

  @Field(() => Int, { description: 'Events in the chain up to the newest one checked.' })
  eventsInChain!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The checkpoint the walk started after: an earlier check verified the events up to it, and its signed head is still in place. Null when the whole chain was walked.',
  })
  startedAfterCheckpoint!: number | null;

  @Field(() => ID, { nullable: true, description: 'The newest event checked.' })
  headEventId!: string | null;

  @Field(() => String, { nullable: true })
  headHash!: string | null;

  @Field(() => AuditChainProblem, { nullable: true, description: 'The first broken link in chain order; null when the chain is whole.' })
  firstProblem!: AuditChainProblem | null;

  @Field(() => AuditCheckpointsState)
  checkpoints!: AuditCheckpointsState;
}
