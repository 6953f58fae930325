/** The speeds every player offers; the number keys 1 to 6 choose them in this order. */
export const SPEEDS = [0.5, 1, 1.5, 2, 4, 8] as const;

/** How far the arrow keys move. */
export const SEEK_STEP_SECONDS = 5;

export type PlayerKeyAction = { kind: 'toggle' } | { kind: 'seekBy'; seconds: number } | { kind: 'speed'; speed: number } | { kind: 'restart' };

/** The shortcuts, for the player's shortcuts list: the same table the handler reads. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space or K', does: 'play or pause' },
  { keys: '← / →', does: `back or forward ${SEEK_STEP_SECONDS} s` },
  { keys: 'Home', does: 'back to the start' },
  { keys: `1 to ${SPEEDS.length}`, does: `speed ${SPEEDS.map((s) => `${s}×`).join(', ')}` },
];

/** What a key pressed in a player does, or null when it is not a shortcut (modifiers are left to the browser). */
export function playerKeyAction(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): PlayerKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case ' ':
    case 'k':
    case 'K':
      return { kind: 'toggle' };
    case 'ArrowLeft':
      return { kind: 'seekBy', seconds: -SEEK_STEP_SECONDS };
    case 'ArrowRight':
      return { kind: 'seekBy', seconds: SEEK_STEP_SECONDS };
    case 'Home':
      return { kind: 'restart' };
  }
  const index = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
  const speed = SPEEDS[index];
  return speed === undefined ? null : { kind: 'speed', speed };
}
