import { create, type Player } from 'asciinema-player';
import 'asciinema-player/dist/bundle/asciinema-player.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { asciicastTimeline } from './asciicast-timeline';
import { idleSpans } from './idle-spans';
import { PlayerFrame } from './PlayerControls';
import { type LoadState, LoadOnDemandOverlay } from './LoadOnDemand';

export interface TerminalPlayerProps {
  src: string;
  label: string;
  durationSeconds: number;
  /** Where playback starts (the page's `#t=`), in seconds. */
  startAt: number | null;
}

/**
 * A terminal session in asciinema-player, with the players' common controls in place of its own.
 * The server sends it as asciicast v2 whatever version it was recorded in; it is fetched once,
 * when the user presses play (one audited playback), and the markers and idle stretches of the
 * timeline are read from that same text. The terminal is drawn as wide as the page allows.
 */
export function TerminalPlayer({ src, label, durationSeconds, startAt }: TerminalPlayerProps) {
  const container = useRef<HTMLDivElement>(null);
  const player = useRef<Player | null>(null);
  const [state, setState] = useState<LoadState>('idle');
  const [text, setText] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(startAt ?? 0);
  const [speed, setSpeed] = useState(1);
  // Where a new player starts, and whether it plays at once: asciinema-player takes its speed
  // only when created, so a change of speed makes a new one at the same place.
  const resume = useRef({ at: startAt ?? 0, play: true });

  const timeline = useMemo(() => (text ? asciicastTimeline(text) : null), [text]);
  const duration = timeline?.duration || durationSeconds;
  const idle = useMemo(() => (timeline ? idleSpans(timeline.activity, timeline.duration) : []), [timeline]);

  const load = () => {
    setState('loading');
    fetch(src, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setText(await response.text());
        setState('ready');
      })
      .catch(() => setState('failed'));
  };

  useEffect(() => {
    if (!text || !container.current) return;
    const { at, play } = resume.current;
    const created = create({ data: text }, container.current, {
      controls: false,
      autoPlay: play,
      startAt: at,
      speed,
      // As wide as the page allows: the font grows with the page instead of fitting the height.
      fit: 'width',
    });
    player.current = created;
    created.addEventListener('playing', () => setPlaying(true));
    created.addEventListener('pause', () => setPlaying(false));
    created.addEventListener('ended', () => setPlaying(false));
    const timer = window.setInterval(() => setPosition(created.getCurrentTime()), 250);
    return () => {
      window.clearInterval(timer);
      resume.current = { at: created.getCurrentTime(), play: resume.current.play };
      player.current = null;
      created.dispose();
    };
  }, [text, speed]);

  const toggle = () => {
    if (state === 'idle') return load();
    const current = player.current;
    if (!current) return;
    if (playing) void current.pause();
    else void current.play();
  };

  const seek = (seconds: number) => {
    const at = Math.min(Math.max(0, seconds), duration);
    setPosition(at);
    resume.current = { ...resume.current, at };
    void player.current?.seek(at);
  };

  const changeSpeed = (value: number) => {
    resume.current = { at: player.current?.getCurrentTime() ?? resume.current.at, play: player.current ? playing : true };
    setSpeed(value);
  };

  return (
    <PlayerFrame
      className="player--terminal"
      playing={playing}
      position={position}
      duration={duration}
      speed={speed}
      markers={timeline?.markers}
      idle={idle}
      onToggle={toggle}
      onSeek={seek}
      onSpeed={changeSpeed}
      timeTestId="terminal-time"
    >
      <section className="player__terminal" aria-label={label} data-testid="terminal-player">
        <div ref={container} />
        <LoadOnDemandOverlay state={state} onStart={load} />
      </section>
      {state === 'failed' && (
        <div className="banner banner--danger" role="alert">
          The terminal recording could not be loaded. Its file may be missing or unreadable on the server, or you may no longer be signed in.
        </div>
      )}
    </PlayerFrame>
  );
}
