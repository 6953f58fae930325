export { GuacamoleError } from './guacamole-error.js';
export {
  type GuacamoleInstruction,
  type GuacamoleTruncation,
  InstructionParser,
  MAX_ELEMENT_LENGTH,
  MAX_ELEMENTS,
  MAX_INSTRUCTION_BYTES,
} from './instruction-parser.js';
export { GuacamoleReader, startsLikeGuacamole } from './read-guacamole.js';
export { type GuacamoleProtocol, type GuacamoleSummary, MAX_DISPLAY_SIDE, summarizeGuacamole } from './summarize.js';
export { timestampOf } from './timestamps.js';
export { encodeInstruction } from './encode-instruction.js';
export { GuacamoleDisplay, instructionKind, MAX_SURFACE_SIDE, MAX_TOTAL_PIXELS } from './display/display.js';
export { DEFAULT_GUACAMOLE_RENDER_OPTIONS, type GuacamoleRenderOptions } from './guacamole-render-options.js';
export { type GuacamoleFrameSink, GuacamoleRenderCancelled, GuacamoleRenderer, type GuacamoleRenderStats } from './guacamole-renderer.js';
export {
  buildGuacamoleMp4Args,
  GUACAMOLE_RENDERER_VERSION,
  type GuacamoleExportResult,
  type GuacamoleRenderToMp4Options,
  guacamoleRenderingReport,
  renderGuacamoleToMp4,
} from './render-to-mp4.js';
export { typedTextCues, toSrt, type KeyEvent, type TypedTextCue } from './keys/typed-text.js';
