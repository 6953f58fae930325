/**
 * Every job type the task service runs, with its payload. Handlers are registered in a map typed
 * by this union, so a job type without a handler does not compile.
 */
export interface JobPayloads {
  'export-recording': { taskId: string };
}
export type JobName = keyof JobPayloads;
export const JOB_NAMES: readonly JobName[] = ['export-recording'];
