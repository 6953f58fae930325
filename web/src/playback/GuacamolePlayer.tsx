import Guacamole from 'guacamole-common-js';
import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../ui/format';

export interface GuacamolePlayerProps {
  src: string;
  label: string;
  /** The recording's display size, to reserve the player's shape before anything is loaded. */
  width?: number | null;
  height?: number | null;
}

type State = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A Guacamole recording replayed by the Guacamole project's own client (guacamole-common-js's
 * SessionRecording) on its display, scaled to the player's width. Nothing is fetched until the
 * user presses play, so the audit's "Play recording" rows are playbacks and not page visits. The
 * server sends the instructions uncompressed, whether the recording was stored gzipped or not.
 */
export function GuacamolePlayer({ src, label, width, height }: GuacamolePlayerProps) {
  const stage = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('idle');
  // Set once by the play button; the recording then stays loaded while the page shows it.
  const [started, setStarted] = useState(false);
  const [recording, setRecording] = useState<Guacamole.SessionRecording | null>(null);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [duration, setDuration] = useState(0);

  // Loads and starts the recording once play is pressed; stops it when the page goes away.
  useEffect(() => {
    if (!started) return;
    // Read through a tunnel, as the Guacamole web application plays recordings: the Blob source of
    // guacamole-common-js 1.5.0 never keeps the blob it is given, so it could not seek.
    const session = new Guacamole.SessionRecording(new Guacamole.StaticHTTPTunnel(src));
    let resizeObserver: ResizeObserver | null = null;
    const display = session.getDisplay();
    const element = display.getElement();
    const fit = () => {
      const box = stage.current;
      if (!box || display.getWidth() === 0) return;
      display.scale(Math.min(box.clientWidth / display.getWidth(), box.clientHeight / display.getHeight()));
    };
    display.onresize = fit;
    stage.current?.replaceChildren(element);
    if (stage.current) {
      resizeObserver = new ResizeObserver(fit);
      resizeObserver.observe(stage.current);
    }
    session.onplay = () => setPlaying(true);
    session.onpause = () => setPlaying(false);
    session.onseek = (at) => setPosition(at);
    session.onprogress = (known) => setDuration(known);
    session.onerror = () => setState('failed');
    session.onload = () => {
      setDuration(session.getDuration());
      setRecording(session);
      setState('ready');
      session.play();
    };
    session.connect();
    return () => {
      resizeObserver?.disconnect();
      session.pause();
      session.abort();
    };
  }, [src, started]);

  // The position moves between frames too: read it while playing.
  useEffect(() => {
    if (!recording || !playing) return;
    const timer = window.setInterval(() => setPosition(recording.getPosition()), 250);
    return () => window.clearInterval(timer);
  }, [recording, playing]);

  const toggle = () => {
    if (!recording) return;
    if (recording.isPlaying()) recording.pause();
    else {
      // At the end, play again from the start.
      if (recording.getPosition() >= recording.getDuration()) recording.seek(0, () => recording.play());
      else recording.play();
    }
  };

  return (
    <div className="player player--guacamole">
      <section
        className="player__stage player__guacamole"
        style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}
        aria-label={label}
        data-testid="guacamole-player"
      >
        <div ref={stage} className="player__guacamole-display" />
        {state === 'idle' && (
          <button
            type="button"
            className="player__start"
            onClick={() => {
              setStarted(true);
              setState('loading');
            }}
            aria-label="Play recording"
          >
            <span aria-hidden="true">▶</span>
          </button>
        )}
        {state === 'loading' && (
          <div className="player__loading" role="status">
            Loading the recording…
          </div>
        )}
      </section>
      {state === 'ready' && recording && (
        <div className="player__controls">
          <button type="button" className="button" onClick={toggle} aria-label={playing ? 'Pause' : 'Play'}>
            {playing ? '❚❚' : '▶'}
          </button>
          <input
            type="range"
            className="player__seek"
            aria-label="Position"
            min={0}
            max={duration}
            step={100}
            value={Math.min(position, duration)}
            onChange={(e) => {
              const at = Number(e.target.value);
              setPosition(at);
              const wasPlaying = recording.isPlaying();
              recording.seek(at, () => {
                if (wasPlaying) recording.play();
              });
            }}
          />
          <span className="mono player__time" data-testid="guacamole-time">
            {formatDuration(position / 1000)} / {formatDuration(duration / 1000)}
          </span>
        </div>
      )}
      {state === 'failed' && (
        <div className="banner banner--danger" role="alert">
          The Guacamole recording could not be played. Its file may be missing or unreadable on the server, or you may no longer be signed in.
        </div>
      )}
    </div>
  );
}
