import { useId } from 'react';

export interface RenderOptions {
  frameRate: number;
  /** Terminal sessions only. */
  fontSize: number;
  /** Null keeps the recorded timing, which is what evidence needs unless asked otherwise. */
  idleTimeLimitSeconds: number | null;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = { frameRate: 30, fontSize: 16, idleTimeLimitSeconds: null };
const SUGGESTED_IDLE_LIMIT = 2;

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/**
 * How the drawn recordings in the selection (terminal sessions, Guacamole recordings) become
 * video; the font size only when a terminal session is among them.
 */
export function RenderExportFields({
  value,
  onChange,
  disabled,
  terminal,
  guacamole,
}: {
  value: RenderOptions;
  onChange(next: RenderOptions): void;
  disabled?: boolean;
  terminal: boolean;
  guacamole: boolean;
}) {
  const compress = value.idleTimeLimitSeconds !== null;
  return (
    <fieldset className="field terminal-options">
      <legend className="field__label">
        {terminal && guacamole ? 'Terminal and Guacamole recordings' : terminal ? 'Terminal recordings' : 'Guacamole recordings'}
      </legend>
      <p className="muted">
        {terminal &&
          'Terminal sessions are replayed in a terminal emulator and drawn into the video; a terminal too large for an 8K video at the chosen font size is drawn smaller. '}
        {guacamole && 'Guacamole recordings are replayed on a Guacamole display and drawn into the video; typed keys become a subtitle track.'}
      </p>
      <div className="terminal-options__row">
        <WholeNumberField
          label="Frames per second, at most"
          min={1}
          max={60}
          value={value.frameRate}
          fallback={DEFAULT_RENDER_OPTIONS.frameRate}
          disabled={disabled}
          onChange={(frameRate) => onChange({ ...value, frameRate })}
        />
        {terminal && (
          <WholeNumberField
            label="Font size (px)"
            min={8}
            max={48}
            value={value.fontSize}
            fallback={DEFAULT_RENDER_OPTIONS.fontSize}
            disabled={disabled}
            onChange={(fontSize) => onChange({ ...value, fontSize })}
          />
        )}
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
