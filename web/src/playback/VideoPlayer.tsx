import { useRef, useState } from 'react';

export interface VideoPlayerProps {
  src: string;
  label: string;
  /** The recording's frame size, to reserve the player's shape before anything is loaded. */
  width?: number | null;
  height?: number | null;
}

/**
 * The source video in the browser's own player. Nothing is fetched until the user presses play,
 * so the audit's "Play recording" rows are playbacks and not page visits; seeking fetches ranges.
 */
export function VideoPlayer({ src, label, width, height }: VideoPlayerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [started, setStarted] = useState(false);
  const [failed, setFailed] = useState(false);

  function start() {
    setStarted(true);
    video.current?.play().catch((error: DOMException) => {
      // A pause or a new source interrupts play() with AbortError; that is not a failure.
      if (error.name !== 'AbortError') setFailed(true);
    });
  }

  return (
    <div className="player player--video">
      <div className="player__stage" style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}>
        {/* biome-ignore lint/a11y/useMediaCaption: a session recording has no caption track; the page describes it beside the player. */}
        <video
          ref={video}
          className="player__video"
          src={src}
          controls={started}
          preload="none"
          playsInline
          aria-label={label}
          data-testid="video-player"
          onPlay={() => setStarted(true)}
          onError={() => setFailed(true)}
        />
        {!started && (
          <button type="button" className="player__start" onClick={start} aria-label="Play recording">
            <span aria-hidden="true">▶</span>
          </button>
        )}
      </div>
      {failed && (
        <div className="banner banner--danger" role="alert">
          The recording could not be played. Its file may be missing on the server or in a format this browser cannot play (exporting it produces an MP4 that
          plays everywhere), or you may no longer be signed in.
        </div>
      )}
    </div>
  );
}
