/**
 * A PostgreSQL array literal for ids (uuids or integers) bound as one parameter: the query
 * builder would otherwise expand a JavaScript array into a list of parameters.
 */
export function pgArray(ids: readonly string[]): string {
  for (const id of ids) if (!/^[0-9a-fA-F-]+$/.test(id)) throw new Error(`not an id: ${id}`);
  return `{${ids.join(',')}}`;
}
