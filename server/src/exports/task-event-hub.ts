import { EventHub } from '../common/event-hub.js';
import type { ExportTask } from './export-task.entity.js';

/** Export task updates for the `taskUpdated` subscriptions of this API process. */
export class TaskEventHub extends EventHub<ExportTask> {}
