import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInside } from './contained-path.js';

describe('pathInside', () => {
  it('resolves names inside the folder', () => {
    expect(pathInside('/srv/exports', 'a.mp4')).toBe(path.resolve('/srv/exports/a.mp4'));
    expect(pathInside('/srv/exports/', 'ab/c.mp4')).toBe(path.resolve('/srv/exports/ab/c.mp4'));
  });

  it('refuses names that lead outside it', () => {
    expect(pathInside('/srv/exports', '../recordings/a.webm')).toBeNull();
    expect(pathInside('/srv/exports', '/etc/passwd')).toBeNull();
    expect(pathInside('/srv/exports', '')).toBeNull();
    expect(pathInside('/srv/exports', 'a/../../exports-old/b')).toBeNull();
  });
});
