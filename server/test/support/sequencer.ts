import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * Files that spend most of their time waiting, started before the others of their group: their
 * wait then overlaps the work of the files run beside them instead of ending the group.
 * faults-worker-cut keeps a task service away from its database for a whole minute. Without
 * durations from an earlier run (a fresh clone), vitest would start the largest files first.
 */
const START_FIRST = ['faults-worker-cut.test.ts'];

const startsFirst = (file: TestSpecification) => START_FIRST.some((name) => file.moduleId.endsWith(`/${name}`));

export class LongWaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Stable: the group order and vitest's own order stay as they were otherwise.
    return sorted.sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || Number(startsFirst(b)) - Number(startsFirst(a)),
    );
  }
}
