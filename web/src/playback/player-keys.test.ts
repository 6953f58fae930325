import { describe, expect, it } from 'vitest';
import { playerKeyAction, SPEEDS } from './player-keys';

describe('playerKeyAction', () => {
  it('plays or pauses with space and K', () => {
    expect(playerKeyAction({ key: ' ' })).toEqual({ kind: 'toggle' });
    expect(playerKeyAction({ key: 'k' })).toEqual({ kind: 'toggle' });
  });

  it('moves 5 s with the arrows and back to the start with Home', () => {
    expect(playerKeyAction({ key: 'ArrowLeft' })).toEqual({ kind: 'seekBy', seconds: -5 });
    expect(playerKeyAction({ key: 'ArrowRight' })).toEqual({ kind: 'seekBy', seconds: 5 });
    expect(playerKeyAction({ key: 'Home' })).toEqual({ kind: 'restart' });
  });

  it('chooses speeds from 0.5× to 8× with the number keys', () => {
    expect(SPEEDS[0]).toBe(0.5);
    expect(SPEEDS.at(-1)).toBe(8);
    expect(playerKeyAction({ key: '1' })).toEqual({ kind: 'speed', speed: 0.5 });
    expect(playerKeyAction({ key: '2' })).toEqual({ kind: 'speed', speed: 1 });
    expect(playerKeyAction({ key: '6' })).toEqual({ kind: 'speed', speed: 8 });
    expect(playerKeyAction({ key: '7' })).toBeNull();
    expect(playerKeyAction({ key: '0' })).toBeNull();
  });

  it('leaves keys with modifiers, and other keys, to the browser', () => {
    expect(playerKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(playerKeyAction({ key: '1', ctrlKey: true })).toBeNull();
    expect(playerKeyAction({ key: 'a' })).toBeNull();
  });
});
