import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { SHORTCUTS } from './player-keys';

/**
 * The "Keyboard shortcuts" button and the list it discloses. A click or a tap opens it (hover
 * alone cannot be done on a touch screen, and a tooltip that shows on focus only cannot be kept
 * open to read); a second click, Escape, or a click elsewhere closes it.
 */
export function ShortcutsHelp() {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    // Escape here closes the list only, not a dialog or page around the player.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the list from the button or from inside it; both are operable themselves.
    <div className="player__help" ref={box} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button button--small button--ghost"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        Keyboard shortcuts
      </button>
      <ul id={listId} className="player__shortcuts" hidden={!open} data-testid="player-shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <li key={shortcut.keys}>
            <kbd>{shortcut.keys}</kbd>: {shortcut.does}
          </li>
        ))}
      </ul>
    </div>
  );
}
