import { withLogContext } from '../common/log.js';
import type { JobHandler } from '../queue/job-queue.js';
import { JobNames, type JobName } from '../queue/jobs.js';

/** A handler for every job type: a job type without one does not compile. */
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** What the handlers hand their work to. */
export interface JobRunner {
  runExportTask(taskId: string): Promise<void>;
  runExportSegment(segmentId: string): Promise<void>;
  runBrowserPreview(previewId: string): Promise<void>;
  runIdleStretchScan(scanId: string): Promise<void>;
}

/** The task service's handler map; each job type's work is a method of the worker. */
export function jobHandlers(runner: JobRunner): JobHandlers {
  return {
    // Every line logged while the task runs names it.
    [JobNames.exportRecording]: (job) =>
      'segmentId' in job
        ? withLogContext({ segmentId: job.segmentId }, () => runner.runExportSegment(job.segmentId))
        : withLogContext({ taskId: job.taskId }, () => runner.runExportTask(job.taskId)),
    [JobNames.makeBrowserPreview]: (job) => runner.runBrowserPreview(job.previewId),
    [JobNames.scanIdleStretches]: (job) => runner.runIdleStretchScan(job.scanId),
  } satisfies JobHandlers;
}
