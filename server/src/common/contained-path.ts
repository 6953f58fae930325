import path from 'node:path';

/**
 * The absolute path of `relative` inside `folder`, or null when it would lead outside it (`..`,
 * an absolute path). Every file Custodian serves or deletes by a stored name goes through here,
 * so a damaged or hostile row cannot point at another file of the machine.
 */
export function pathInside(folder: string, relative: string): string | null {
  const root = path.resolve(folder);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
