import os from 'node:os';

/** Who runs a command line command, as audit rows name them: the operating-system user on this host. */
export function commandLineOperator(): string {
  return `${os.userInfo().username}@${os.hostname()} (command line)`;
}
