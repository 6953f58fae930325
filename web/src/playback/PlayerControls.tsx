import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatDuration } from '../ui/format';
import type { TimelineMarker } from './asciicast-timeline';
import type { IdleSpan } from './idle-spans';
import { playerKeyAction, SPEEDS } from './player-keys';
import { ShortcutsHelp } from './ShortcutsHelp';
import { timeFragment } from './time-fragment';

/** What every player tells its controls, and how they drive it. */
export interface PlayerControlsProps {
  playing: boolean;
  /** Seconds. */
  position: number;
  duration: number;
  speed: number;
  markers?: readonly TimelineMarker[];
  idle?: readonly IdleSpan[];
  onToggle(): void;
  onSeek(seconds: number): void;
  onSpeed(speed: number): void;
  /** The test id of the time shown, for the browser tests. */
  timeTestId?: string;
}

/**
 * A player with the same controls and shortcuts whatever it plays (video, terminal, Guacamole):
 * play/pause, a timeline with markers and shaded idle stretches, the time and the duration, the
 * speed, a link at this time, and keyboard shortcuts while the focus is in the player.
 */
export function PlayerFrame({ className, children, ...controls }: PlayerControlsProps & { className: string; children: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Typing in a field, choosing in a list, or pressing a button with space or Enter stays theirs.
    if (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range')) return;
    if (target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    const action = playerKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'toggle') controls.onToggle();
    else if (action.kind === 'restart') controls.onSeek(0);
    else if (action.kind === 'speed') controls.onSpeed(action.speed);
    else controls.onSeek(Math.min(Math.max(0, controls.position + action.seconds), controls.duration));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the shortcuts act on the focused control's player; each control is itself operable.
    <div className={`player ${className}`} onKeyDown={onKeyDown}>
      {children}
      <PlayerControls {...controls} />
    </div>
  );
}

function PlayerControls({ playing, position, duration, speed, markers = [], idle = [], onToggle, onSeek, onSpeed, timeTestId }: PlayerControlsProps) {
  const speedId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const at = Math.min(position, duration || position);
  const percent = (seconds: number) => `${duration > 0 ? (Math.min(seconds, duration) / duration) * 100 : 0}%`;

  const copyLink = async () => {
    const fragment = timeFragment(at);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${fragment}`);
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(`Link copied: ${url}`);
    } catch {
      // Without clipboard access (an insecure origin, a refused permission) the address bar holds it.
      setCopied(`Link at this time: ${url}`);
    }
  };

  return (
    <div className="player__controls">
      <button type="button" className="button player__toggle" onClick={onToggle} aria-label={playing ? 'Pause' : 'Play'}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <div className="player__timeline">
        <div className="player__track" aria-hidden="true">
          {idle.map((span) => (
            <span
              key={span.start}
              className="player__idle"
              data-testid="idle-span"
              title={`Idle ${formatDuration(span.end - span.start)}`}
              style={{ left: percent(span.start), width: `calc(${percent(span.end)} - ${percent(span.start)})` }}
            />
          ))}
        </div>
        <input
          type="range"
          className="player__seek"
          aria-label="Position"
          aria-valuetext={`${formatDuration(at)} of ${formatDuration(duration)}`}
          min={0}
          max={Math.max(0, Math.round(duration * 1000))}
          step={100}
          value={Math.round(at * 1000)}
          onChange={(event) => onSeek(Number(event.target.value) / 1000)}
        />
        {markers.length > 0 && (
          <ul className="player__markers" aria-label="Markers">
            {markers.map((marker) => (
              <li key={`${marker.time}-${marker.label}`} style={{ left: percent(marker.time) }}>
                <button
                  type="button"
                  className="player__marker"
                  data-testid="timeline-marker"
                  onClick={() => onSeek(marker.time)}
                  aria-label={`Marker ${marker.label ? `“${marker.label}” ` : ''}at ${formatDuration(marker.time)}`}
                  title={`${marker.label || 'Marker'} (${formatDuration(marker.time)})`}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <span className="mono player__time" data-testid={timeTestId}>
        {formatDuration(at)} / {formatDuration(duration)}
      </span>
      <label className="player__speed" htmlFor={speedId}>
        <span className="visually-hidden">Speed</span>
        <select id={speedId} value={speed} onChange={(event) => onSpeed(Number(event.target.value))}>
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" onClick={() => void copyLink()}>
        Copy link at this time
      </button>
      <ShortcutsHelp />
      <span role="status" className="player__copied">
        {copied}
      </span>
    </div>
  );
}
