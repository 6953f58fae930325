import { create, type Player } from 'asciinema-player';
import 'asciinema-player/dist/bundle/asciinema-player.css';
import { useEffect, useRef, useState } from 'react';

/**
 * A terminal session in asciinema-player. The server sends it as asciicast v2 whatever version it
 * was recorded in; the player fetches it when the user presses play.
 */
export function TerminalPlayer({ src, label }: { src: string; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setFailed(false);
    const player: Player = create({ url: src, fetchOpts: { credentials: 'same-origin' } }, container.current!, {
      // No idle time limit of our own: pauses play as recorded, unless the recording suggests one.
      fit: 'both',
      terminalFontSize: 'small',
    });
    // "error" is dispatched by the player when the recording cannot be fetched or parsed; it is
    // missing from the player's type declarations.
    (player.addEventListener as (name: string, handler: () => void) => void)('error', () => setFailed(true));
    return () => player.dispose();
  }, [src]);

  return (
    <div className="player player--terminal">
      <section ref={container} className="player__terminal" aria-label={label} data-testid="terminal-player" />
      {failed && (
        <div className="banner banner--danger" role="alert">
          The terminal recording could not be loaded. Its file may be missing or unreadable on the server, or you may no longer be signed in.
        </div>
      )}
    </div>
  );
}
