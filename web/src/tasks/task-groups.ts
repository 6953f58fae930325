/**
 * The tasks of a page of the list, grouped by their export request: a group stands where its
 * newest task does (the list is newest first), so a retry brings its request to the top.
 */
export interface RequestGroup<T> {
  requestId: string;
  tasks: T[];
}

export function groupByRequest<T extends { request: { id: string } }>(tasks: readonly T[]): RequestGroup<T>[] {
  const groups = new Map<string, RequestGroup<T>>();
  for (const task of tasks) {
    const group = groups.get(task.request.id);
    if (group) group.tasks.push(task);
    else groups.set(task.request.id, { requestId: task.request.id, tasks: [task] });
  }
  return [...groups.values()];
}
