import { useId } from 'react';

export interface TerminalOptions {
  frameRate: number;
  fontSize: number;
  /** Null keeps the recorded timing, which is what evidence needs unless asked otherwise. */
  idleTimeLimitSeconds: number | null;
}

export const DEFAULT_TERMINAL_OPTIONS: TerminalOptions = { frameRate: 30, fontSize: 16, idleTimeLimitSeconds: null };
const SUGGESTED_IDLE_LIMIT = 2;

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** How terminal recordings in the selection are drawn into video. */
export function TerminalExportFields({ value, onChange, disabled }: { value: TerminalOptions; onChange(next: TerminalOptions): void; disabled?: boolean }) {
  const compress = value.idleTimeLimitSeconds !== null;
  return (
    <fieldset className="field terminal-options">
      <legend className="field__label">Terminal recordings</legend>
      <p className="muted">Terminal sessions are replayed in a terminal emulator and drawn into the video.</p>
      <div className="terminal-options__row">
        <WholeNumberField
          label="Frames per second, at most"
          min={1}
          max={60}
          value={value.frameRate}
          fallback={DEFAULT_TERMINAL_OPTIONS.frameRate}
          disabled={disabled}
          onChange={(frameRate) => onChange({ ...value, frameRate })}
        />
        <WholeNumberField
          label="Font size (px)"
          min={8}
          max={48}
          value={value.fontSize}
          fallback={DEFAULT_TERMINAL_OPTIONS.fontSize}
          disabled={disabled}
          onChange={(fontSize) => onChange({ ...value, fontSize })}
        />
      </div>
      <div className="terminal-options__row">
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={compress}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, idleTimeLimitSeconds: e.target.checked ? SUGGESTED_IDLE_LIMIT : null })}
          />
          Shorten pauses longer than
        </label>
        <input
          aria-label="Idle time limit in seconds"
          className="input input--narrow"
          type="number"
          min={0.1}
          max={3600}
          step={0.5}
          value={value.idleTimeLimitSeconds ?? SUGGESTED_IDLE_LIMIT}
          disabled={disabled || !compress}
          onChange={(e) => onChange({ ...value, idleTimeLimitSeconds: clamp(Number(e.target.value), 0.1, 3600, SUGGESTED_IDLE_LIMIT) })}
        />
        <span>seconds</span>
      </div>
      <p className="muted" role="note">
        {compress
          ? 'The video will be shorter than the session. The shortening is recorded on the task and in the export audit.'
          : 'Off: the video keeps the real timing of the session, as evidence should.'}
      </p>
    </fieldset>
  );
}

/** A labelled whole number kept within [min, max]; what cannot be read as a number gives `fallback`. */
function WholeNumberField(props: {
  label: string;
  min: number;
  max: number;
  value: number;
  fallback: number;
  disabled?: boolean;
  onChange(value: number): void;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {props.label}{' '}
      <input
        id={id}
        className="input input--narrow"
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(clamp(Math.round(Number(e.target.value)), props.min, props.max, props.fallback))}
      />
    </label>
  );
}
