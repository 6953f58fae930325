import { useCallback, useEffect, useRef, useState } from 'react';
import { BrowserPreviewProgress } from './BrowserPreviewProgress';
import { browserPreviewUrl } from './media-url';
import { PlayerFrame } from './PlayerControls';
import { useIdleStretches } from './useIdleStretches';

export interface VideoPlayerProps {
  recordingId: string;
  src: string;
  label: string;
  /** The recording's frame size, to reserve the player's shape before anything is loaded. */
  width?: number | null;
  height?: number | null;
  /** From the catalog, shown before anything is loaded. */
  durationSeconds: number;
  /** The browser cannot decode the recording as it is: it plays through its browser preview. */
  needsBrowserPreview: boolean;
  /** Where playback starts (the page's `#t=`), in seconds. */
  startAt: number | null;
}

type Stage = 'idle' | 'preparing' | 'playing';

/**
 * A video recording in the browser's video element, with the players' common controls. Nothing is
 * fetched until the user presses play, so the audit's "Play recording" rows are playbacks and not
 * page visits; seeking fetches ranges. A recording the browser cannot decode is played through its
 * browser preview, asked for on play and made once by a task service. Its idle stretches are
 * found by a task service too, asked for on play as well, and shaded on the timeline like those
 * of terminal and Guacamole recordings.
 */
export function VideoPlayer({ recordingId, src, label, width, height, durationSeconds, needsBrowserPreview, startAt }: VideoPlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [failed, setFailed] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(startAt ?? 0);
  const [duration, setDuration] = useState(durationSeconds);
  const [speed, setSpeed] = useState(1);
  // A position chosen before the file is loaded: applied once its metadata is known.
  const pendingSeek = useRef<number | null>(startAt);
  // The stretches are those of the recording itself, whichever file plays (source or preview).
  const idle = useIdleStretches(recordingId, stage !== 'idle');
  const source = stage === 'playing' ? (needsBrowserPreview ? browserPreviewUrl(recordingId) : src) : undefined;

  const play = useCallback(() => {
    video.current?.play().catch((error: DOMException) => {
      // A pause or a new source interrupts play() with AbortError; that is not a failure.
      if (error.name !== 'AbortError') setFailed(true);
    });
  }, []);

  // The source is set by the render that leaves 'idle' (or 'preparing'); play once it is there.
  useEffect(() => {
    if (source) play();
  }, [source, play]);

  const start = () => setStage(needsBrowserPreview ? 'preparing' : 'playing');
  const onReady = useCallback(() => setStage('playing'), []);

  const toggle = () => {
    const element = video.current;
    if (stage === 'idle') return start();
    if (!element || stage !== 'playing') return;
    if (element.paused) play();
    else element.pause();
  };

  const seek = (seconds: number) => {
    const at = Math.min(Math.max(0, seconds), duration);
    setPosition(at);
    const element = video.current;
    if (element && element.readyState >= 1) element.currentTime = at;
    else pendingSeek.current = at;
  };

  const changeSpeed = (value: number) => {
    setSpeed(value);
    if (video.current) {
      video.current.playbackRate = value;
      video.current.defaultPlaybackRate = value;
    }
  };

  return (
    <PlayerFrame
      className="player--video"
      playing={playing}
      position={position}
      duration={duration}
      speed={speed}
      idle={idle.spans}
      onToggle={toggle}
      onSeek={seek}
      onSpeed={changeSpeed}
      timeTestId="video-time"
    >
      <div className="player__stage" style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}>
        {/* biome-ignore lint/a11y/useMediaCaption: a session recording has no caption track; the page describes it beside the player. */}
        <video
          ref={video}
          className="player__video"
          src={source}
          preload="none"
          playsInline
          aria-label={label}
          data-testid="video-player"
          onClick={toggle}
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onTimeUpdate={(event) => setPosition(event.currentTarget.currentTime)}
          onLoadedMetadata={(event) => {
            const element = event.currentTarget;
            if (Number.isFinite(element.duration) && element.duration > 0) setDuration(element.duration);
            element.playbackRate = speed;
            if (pendingSeek.current !== null) element.currentTime = pendingSeek.current;
            pendingSeek.current = null;
          }}
          onError={() => {
            if (source) setFailed(true);
          }}
        />
        {stage === 'idle' && (
          <button type="button" className="player__start" onClick={start} aria-label="Play recording">
            <span aria-hidden="true">▶</span>
          </button>
        )}
      </div>
      {stage === 'preparing' && <BrowserPreviewProgress recordingId={recordingId} onReady={onReady} />}
      {(idle.scanning || idle.failure) && (
        <p className="small muted" role="status">
          {idle.failure ? `Idle stretches could not be found: ${idle.failure} ` : 'Finding idle stretches…'}
          {idle.failure && (
            <button type="button" className="button button--small" onClick={idle.retry}>
              Try again
            </button>
          )}
        </p>
      )}
      {failed && (
        <div className="banner banner--danger" role="alert">
          The recording could not be played. Its file may be missing on the server, or you may no longer be signed in.
        </div>
      )}
    </PlayerFrame>
  );
}
