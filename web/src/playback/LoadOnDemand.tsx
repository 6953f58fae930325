/**
 * How a player that fetches its recording only when asked (terminal and Guacamole players: the
 * fetch is the audited playback) loads: 'idle' until the viewer presses play, then 'loading'.
 */
export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** The play button over an idle stage, and the loading notice while the recording arrives. */
export function LoadOnDemandOverlay({ state, onStart }: { state: LoadState; onStart: () => void }) {
  if (state === 'idle') {
    return (
      <button type="button" className="player__start" onClick={onStart} aria-label="Play recording">
        <span aria-hidden="true">▶</span>
      </button>
    );
  }
  if (state === 'loading') {
    return (
      <div className="player__loading" role="status">
        Loading the recording…
      </div>
    );
  }
  return null;
}
