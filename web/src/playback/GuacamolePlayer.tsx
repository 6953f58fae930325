import Guacamole from 'guacamole-common-js';
import { useEffect, useRef, useState } from 'react';
import { GuacamoleIdleFinder, watchSyncs } from './guacamole-idle';
import type { IdleSpan } from './idle-spans';
import { PlayerFrame } from './PlayerControls';
import { type LoadState, LoadOnDemandOverlay } from './LoadOnDemand';

export interface GuacamolePlayerProps {
  src: string;
  label: string;
  /** The recording's display size, to reserve the player's shape before anything is loaded. */
  width?: number | null;
  height?: number | null;
  durationSeconds: number;
  /** Where playback starts (the page's `#t=`), in seconds. */
  startAt: number | null;
}

// At another speed than 1×, the recording is moved forward by seeking this often.
const STEP_MS = 100;

/**
 * A Guacamole recording replayed by the Guacamole project's own client (guacamole-common-js's
 * SessionRecording) on its display, scaled to the player's width, with the players' common
 * controls. Nothing is fetched until the user presses play, so the audit's "Play recording" rows
 * are playbacks and not page visits. The server sends the instructions uncompressed, whether the
 * recording was stored gzipped or not. The timeline shades idle stretches, found in that same
 * download.
 */
export function GuacamolePlayer({ src, label, width, height, durationSeconds, startAt }: GuacamolePlayerProps) {
  const stage = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<LoadState>('idle');
  // Set once by play; the recording then stays loaded while the page shows it.
  const [started, setStarted] = useState(false);
  const [recording, setRecording] = useState<Guacamole.SessionRecording | null>(null);
  const [playing, setPlaying] = useState(false);
  // Milliseconds, as guacamole-common-js counts.
  const [position, setPosition] = useState((startAt ?? 0) * 1000);
  const [duration, setDuration] = useState(durationSeconds * 1000);
  const [speed, setSpeed] = useState(1);
  const [idle, setIdle] = useState<readonly IdleSpan[]>([]);

  // Loads the recording once play is pressed, and starts it; stops it when the page goes away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the start time is read once, when the recording loads.
  useEffect(() => {
    if (!started) return;
    // Read through a tunnel, as the Guacamole web application plays recordings: the Blob source of
    // guacamole-common-js 1.5.0 never keeps the blob it is given, so it could not seek.
    const tunnel = new Guacamole.StaticHTTPTunnel(src);
    const session = new Guacamole.SessionRecording(tunnel);
    // Idle stretches are read from the same download, as its frames arrive.
    const idleFinder = new GuacamoleIdleFinder();
    watchSyncs(tunnel, (timestamp) => {
      if (idleFinder.sync(timestamp)) setIdle([...idleFinder.spans]);
    });
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
    session.onseek = (at) => setPosition(at);
    session.onprogress = (known) => setDuration(known);
    session.onerror = () => setState('failed');
    session.onload = () => {
      setDuration(session.getDuration());
      setRecording(session);
      setState('ready');
      const from = Math.min((startAt ?? 0) * 1000, session.getDuration());
      session.seek(from, () => setPlaying(true));
    };
    session.connect();
    return () => {
      resizeObserver?.disconnect();
      session.pause();
      session.abort();
    };
  }, [src, started]);

  // Playing: at 1× the recording plays itself; at other speeds it is paused and moved forward by
  // seeks (guacamole-common-js has no speed of its own; a forward seek replays from where it is).
  useEffect(() => {
    if (!recording || !playing) return;
    let last = performance.now();
    let at = recording.getPosition();
    if (speed === 1) recording.play();
    const timer = window.setInterval(() => {
      const now = performance.now();
      if (speed === 1) {
        at = recording.getPosition();
        if (!recording.isPlaying()) setPlaying(false);
      } else {
        at = Math.min(recording.getDuration(), at + (now - last) * speed);
        recording.seek(at);
        if (at >= recording.getDuration()) setPlaying(false);
      }
      last = now;
      setPosition(at);
    }, STEP_MS);
    return () => {
      window.clearInterval(timer);
      recording.pause();
    };
  }, [recording, playing, speed]);

  const start = () => {
    setStarted(true);
    setState('loading');
  };

  const toggle = () => {
    if (state === 'idle') return start();
    if (!recording) return;
    if (playing) return setPlaying(false);
    // At the end, play again from the start.
    if (recording.getPosition() >= recording.getDuration()) recording.seek(0, () => setPlaying(true));
    else setPlaying(true);
  };

  const seek = (seconds: number) => {
    const at = Math.min(Math.max(0, seconds * 1000), duration);
    setPosition(at);
    if (!recording) return;
    const wasPlaying = playing;
    setPlaying(false);
    recording.seek(at, () => {
      if (wasPlaying) setPlaying(true);
    });
  };

  return (
    <PlayerFrame
      className="player--guacamole"
      playing={playing}
      position={position / 1000}
      duration={duration / 1000}
      speed={speed}
      idle={idle}
      onToggle={toggle}
      onSeek={seek}
      onSpeed={setSpeed}
      timeTestId="guacamole-time"
    >
      <section
        className="player__stage player__guacamole"
        style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}
        aria-label={label}
        data-testid="guacamole-player"
      >
        <div ref={stage} className="player__guacamole-display" />
        <LoadOnDemandOverlay state={state} onStart={start} />
      </section>
      {state === 'failed' && (
        <div className="banner banner--danger" role="alert">
          The Guacamole recording could not be played. Its file may be missing or unreadable on the server, or you may no longer be signed in.
        </div>
      )}
    </PlayerFrame>
  );
}
