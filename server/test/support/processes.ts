import fs from 'node:fs';
import fsp from 'node:fs/promises';

/** Whether a process is running; a zombie (exited, not yet reaped by its parent) is not. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** The pids of a process's direct children (Linux /proc). */
export async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await fsp.readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const text = await fsp.readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    children.push(...text.split(/\s+/).filter(Boolean).map(Number));
  }
  return children;
}

/** The command name of a process (`/proc/<pid>/comm`), or null once it is gone. */
export async function commandOf(pid: number): Promise<string | null> {
  return (await fsp.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => null))?.trim() ?? null;
}

/** The children of `pid` running `command` (for example the ffmpeg a worker started). */
export async function childrenRunning(pid: number, command: string): Promise<number[]> {
  const found: number[] = [];
  for (const child of await childrenOf(pid)) if ((await commandOf(child)) === command) found.push(child);
  return found;
}
