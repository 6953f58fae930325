/**
 * Runs one step of a process's start. When it fails (a bad setting, a database that refuses the
 * role, a port in use), the process ends with exit code 1 and one line saying why, after `undo`
 * has stopped what earlier steps started; a stack trace is printed only for errors that are
 * mistakes in the code (a TypeError, a RangeError, ...), where it helps.
 */
export async function startOrExit<T>(step: () => T | Promise<T>, undo?: () => Promise<void>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error(`Custodian could not start: ${describe(error)}`);
    await undo?.().catch((stopError: Error) => console.error(`stopping what had started failed too: ${stopError.message}`));
    process.exit(1);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.constructor !== Error && ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'].includes(error.name)) return error.stack ?? error.message;
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
