import { describe, expect, it } from 'vitest';
import { parseClockTime, parseTimeFragment, timeFragment } from './time-fragment';

describe('parseTimeFragment', () => {
  it('reads seconds, minutes:seconds and hours:minutes:seconds', () => {
    expect(parseTimeFragment('#t=90')).toBe(90);
    expect(parseTimeFragment('#t=1:30')).toBe(90);
    expect(parseTimeFragment('#t=1:02:03')).toBe(3723);
    expect(parseTimeFragment('t=12.5')).toBe(12.5);
    expect(parseTimeFragment('#t=0')).toBe(0);
  });

  it('finds t among other fragment parameters', () => {
    expect(parseTimeFragment('#x=1&t=2:00')).toBe(120);
  });

  it('refuses what is not a time', () => {
    expect(parseTimeFragment('')).toBeNull();
    expect(parseTimeFragment('#t=')).toBeNull();
    expect(parseTimeFragment('#t=-5')).toBeNull();
    expect(parseTimeFragment('#t=abc')).toBeNull();
    expect(parseTimeFragment('#t=1:75')).toBeNull();
    expect(parseTimeFragment('#t=1:60:00')).toBeNull();
    expect(parseTimeFragment('#t=1:2:3:4')).toBeNull();
    expect(parseTimeFragment('#t=99999999')).toBeNull();
  });

  it('keeps any number of seconds when they stand alone', () => {
    expect(parseClockTime('600')).toBe(600);
    expect(parseClockTime(' 2:05 ')).toBe(125);
  });
});

describe('timeFragment', () => {
  it('writes whole seconds as minutes:seconds, with hours when needed', () => {
    expect(timeFragment(5.9)).toBe('#t=0:05');
    expect(timeFragment(90)).toBe('#t=1:30');
    expect(timeFragment(3723)).toBe('#t=1:02:03');
    expect(timeFragment(-3)).toBe('#t=0:00');
  });

  it('writes what parseTimeFragment reads back', () => {
    for (const seconds of [0, 59, 60, 61, 599, 3599, 3600, 86_399]) expect(parseTimeFragment(timeFragment(seconds))).toBe(seconds);
  });
});
