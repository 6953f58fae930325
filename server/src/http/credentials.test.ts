import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bearerOf, originAllowed, readCookie } from './credentials.js';

const req = (headers: Record<string, string>) => ({ headers, socket: {} }) as unknown as IncomingMessage;

describe('credentials', () => {
  it('reads a cookie among others', () => {
    expect(readCookie('a=1; custodian_session=cs_x%3D; b=2', 'custodian_session')).toBe('cs_x=');
    expect(readCookie('a=1', 'custodian_session')).toBeUndefined();
  });

  it('prefers the Authorization header over the cookie', () => {
    expect(bearerOf(req({ authorization: 'Bearer ct_abc', cookie: 'custodian_session=cs_def' }))).toBe('ct_abc');
    expect(bearerOf(req({ cookie: 'custodian_session=cs_def' }))).toBe('cs_def');
  });

  it('accepts only the same origin or configured ones for cookie sockets', () => {
    expect(originAllowed(req({ host: 'h:4000', origin: 'http://h:4000' }), [])).toBe(true);
    expect(originAllowed(req({ host: 'h:4000', origin: 'https://evil.example' }), [])).toBe(false);
    expect(originAllowed(req({ host: 'h:4000', origin: 'https://ok.example' }), ['https://ok.example'])).toBe(true);
    expect(originAllowed(req({ host: 'h:4000' }), [])).toBe(true);
  });
});
