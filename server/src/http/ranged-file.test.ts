import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { startsAtBeginning } from './ranged-file.js';

const request = (range?: string, method = 'GET') => ({ method, headers: range === undefined ? {} : { range } }) as Request;

describe('startsAtBeginning', () => {
  it('counts a request for the whole file or from byte 0 as a new viewing', () => {
    expect(startsAtBeginning(request())).toBe(true);
    expect(startsAtBeginning(request('bytes=0-'))).toBe(true);
    expect(startsAtBeginning(request('bytes=0-1023'))).toBe(true);
  });

  it('does not count the later chunks a player fetches while playing or seeking', () => {
    expect(startsAtBeginning(request('bytes=1024-'))).toBe(false);
    expect(startsAtBeginning(request('bytes=100-199'))).toBe(false);
    expect(startsAtBeginning(request('bytes=-500'))).toBe(false);
  });

  it('does not count a HEAD, which reads no byte', () => {
    expect(startsAtBeginning(request(undefined, 'HEAD'))).toBe(false);
    expect(startsAtBeginning(request('bytes=0-', 'HEAD'))).toBe(false);
  });
});
