/**
 * Every job type, with the payload its job carries. A job only carries ids to a task service; the
 * state of the work lives in Custodian's own tables. The worker's handler map is declared
 * `satisfies JobHandlers` (server/src/worker/job-handlers.ts), so a job type without a handler
 * does not compile.
 */
export interface JobPayloads {
  /** Convert one export task's recording to MP4. */
  'export-recording': { taskId: string };
}

export type JobName = keyof JobPayloads;

/** The job names in code; adding a payload without its name here does not compile. */
export const JobNames = {
  exportRecording: 'export-recording',
} as const satisfies Record<string, JobName>;

const EVERY_JOB = { 'export-recording': true } satisfies Record<JobName, true>;

/** Every job type, for creating the queues. */
export const JOB_NAMES = Object.keys(EVERY_JOB) as JobName[];
