/** One line per event on stdout, prefixed with the time and the process role. */
export function logger(role: string): (line: string) => void {
  return (line) => console.log(`${new Date().toISOString()} [${role}] ${line}`);
}

/** Where a component writes its log lines. */
export type Log = (line: string) => void;
