export { writeTerminalSession, TERMINAL_SCENES, type TerminalSceneName, type TerminalSessionOptions, type TerminalSessionResult } from './terminal-session.js';
export type { Intensity } from './shell.js';
