/**
 * Every job type, with the payload its job carries. A job only carries ids to a task service; the
 * state of the work lives in Custodian's own tables. The worker's handler map is declared
 * `satisfies JobHandlers` (server/src/worker/job-handlers.ts), so a job type without a handler
 * does not compile.
 */
export interface JobPayloads {
  /**
   * Convert one export task's recording to MP4, or encode one segment of a long one (see
   * exports/export-segments.ts). Both share the queue, so that a task service's `concurrency`
   * bounds every conversion it runs.
   */
  'export-recording': { taskId: string } | { segmentId: string };
  /**
   * Make the browser preview of a recording the browser cannot decode (see previews/). A queue of
   * its own, so that a viewer never waits behind hours of exports.
   */
  'make-browser-preview': { previewId: string };
  /**
   * Find where a video recording stays still (see idle-stretches/). A queue of its own, for the
   * same reason as browser previews: a viewer's page waits for it.
   */
  'scan-idle-stretches': { scanId: string };
}

/** The fields a job type's payloads may carry (each member of a union's own). */
export type PayloadField<N extends JobName> = JobPayloads[N] extends infer P ? (P extends unknown ? keyof P & string : never) : never;

export type JobName = keyof JobPayloads;

/** The job names in code. */
export const JobNames = {
  exportRecording: 'export-recording',
  makeBrowserPreview: 'make-browser-preview',
  scanIdleStretches: 'scan-idle-stretches',
} as const satisfies Record<string, JobName>;

/** Every job type, for creating the queues. */
export const JOB_NAMES: readonly JobName[] = Object.values(JobNames);

// A job type without its name in JobNames does not compile.
type Unnamed = Exclude<JobName, (typeof JobNames)[keyof typeof JobNames]>;
true satisfies [Unnamed] extends [never] ? true : never;
