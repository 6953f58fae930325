import { type RefObject, useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  checkRange,
  DATE_TIME_FORMAT_HINT,
  isoToInput,
  presetRange,
  RANGE_PRESETS,
  type CheckedRange,
  type RangeText,
  type TimeZoneChoice,
} from './date-time-input';
import { shownTimeZone } from './format';

export interface DateTimeRange {
  text: RangeText;
  zone: TimeZoneChoice;
  set(text: RangeText): void;
  /** Checks the range before it is applied: when refused, the errors show and the first wrong input gets focus. */
  check(): CheckedRange;
  clear(): void;
  /** Internal to the field: what it shows and where focus goes. */
  view: {
    checked: CheckedRange;
    /** Errors show once the range was applied, then follow the typing (none on blur: a message appearing then would move the buttons under the pointer). */
    shown: boolean;
    fromRef: RefObject<HTMLInputElement | null>;
    toRef: RefObject<HTMLInputElement | null>;
  };
}

/**
 * The state of a date-time range typed in the user's chosen zone, starting from ISO instants
 * (as the URL holds them). Give the owning form a `key` that changes with those instants and
 * with the zone, so the text is written again when they change.
 */
export function useDateTimeRange(initial: { from?: string; to?: string }): DateTimeRange {
  // The user's choice; the whole page is drawn again when it changes.
  const zone = shownTimeZone();
  const [text, setText] = useState<RangeText>(() => ({ from: isoToInput(initial.from, zone), to: isoToInput(initial.to, zone) }));
  const [shown, setShown] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const checked = useMemo(() => checkRange(text, zone), [text, zone]);

  const check = useCallback(() => {
    setShown(true);
    if (!checked.ok) {
      const target = checked.errors.from || checked.errors.range ? fromRef : toRef;
      target.current?.focus();
    }
    return checked;
  }, [checked]);

  const set = useCallback((next: RangeText) => setText(next), []);
  const clear = useCallback(() => {
    setText({ from: '', to: '' });
    setShown(false);
  }, []);

  return { text, zone, set, check, clear, view: { checked, shown, fromRef, toRef } };
}

/**
 * Two typed date-times (`YYYY-MM-DD HH:MM`, in the user's zone) with presets for the last hour,
 * day, week and month. A bound that names no instant, or a start after the end, is said in words
 * here and never sent.
 */
export function DateTimeRangeField({ legend, range, className }: { legend: string; range: DateTimeRange; className?: string }) {
  const id = useId();
  const { checked, shown, fromRef, toRef } = range.view;
  const { from: fromError, to: toError, range: rangeError } = shown && !checked.ok ? checked.errors : {};
  const zoneWords = range.zone === 'UTC' ? 'UTC' : 'your computer’s time zone';
  const describedBy = (own: string | undefined, ownId: string) =>
    [own ? ownId : undefined, rangeError ? `${id}-range` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className={`range-field${className ? ` ${className}` : ''}`}>
      <legend className="range-field__legend">
        <span className="field__label">{legend}</span>{' '}
        <span className="muted small">
          {DATE_TIME_FORMAT_HINT}, {zoneWords}
        </span>
      </legend>
      <div className="range-field__inputs">
        <label className="range-field__bound">
          <span className="range-field__bound-label">
            <span className="visually-hidden">{legend} </span>from
          </span>
          <input
            ref={fromRef}
            className={`input${fromError || rangeError ? ' input--invalid' : ''}`}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            placeholder={DATE_TIME_FORMAT_HINT}
            value={range.text.from}
            aria-invalid={fromError || rangeError ? true : undefined}
            aria-describedby={describedBy(fromError, `${id}-from`)}
            onChange={(e) => range.set({ ...range.text, from: e.target.value })}
          />
        </label>
        <label className="range-field__bound">
          <span className="range-field__bound-label">
            <span className="visually-hidden">{legend} </span>to
          </span>
          <input
            ref={toRef}
            className={`input${toError || rangeError ? ' input--invalid' : ''}`}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            placeholder={DATE_TIME_FORMAT_HINT}
            value={range.text.to}
            aria-invalid={toError || rangeError ? true : undefined}
            aria-describedby={describedBy(toError, `${id}-to`)}
            onChange={(e) => range.set({ ...range.text, to: e.target.value })}
          />
        </label>
        <div className="range-field__presets">
          {RANGE_PRESETS.map(({ preset, label }) => (
            <button
              key={preset}
              type="button"
              className="button button--ghost button--small range-field__preset"
              onClick={() => range.set(presetRange(preset, new Date(), range.zone))}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {(fromError || toError || rangeError) && (
        <div className="range-field__errors error-text small" role="alert">
          {fromError && <p id={`${id}-from`}>From: {fromError}</p>}
          {toError && <p id={`${id}-to`}>To: {toError}</p>}
          {rangeError && <p id={`${id}-range`}>{rangeError}</p>}
        </div>
      )}
    </fieldset>
  );
}
