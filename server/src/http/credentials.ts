import proxyaddr from 'proxy-addr';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'custodian_session';

/** Reads one cookie from a raw Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The secret of the Authorization header (an API token, or a session token sent by a client). */
export function authorizationOf(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
}

/** The bearer secret of an HTTP request: the Authorization header first, then the session cookie. */
export function bearerOf(req: IncomingMessage): string | undefined {
  return authorizationOf(req) ?? readCookie(req.headers.cookie, SESSION_COOKIE);
}

/**
 * The client address of requests: the connection's, or, behind proxies the configuration trusts,
 * the address they forwarded (X-Forwarded-For). The same rule for HTTP requests and websocket
 * handshakes, which express does not see.
 */
export function clientAddressResolver(trust: boolean | number | string): (req: IncomingMessage) => string | null {
  const trusted: (address: string, hop: number) => boolean =
    typeof trust === 'boolean'
      ? () => trust
      : typeof trust === 'number'
        ? (_address, hop) => hop < trust
        : proxyaddr.compile(trust.split(',').map((s) => s.trim()));
  return (req) => {
    const address = req.socket.remoteAddress ? proxyaddr(req, trusted) : null;
    return address?.replace(/^::ffff:/, '') ?? null;
  };
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/**
 * Browsers send cookies on a websocket handshake without any CORS check, so a cookie-based socket
 * is accepted only from the server's own origin (or one configured explicitly).
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: no ambient cookie risk
  const host = req.headers.host;
  try {
    const url = new URL(origin);
    return url.host === host || allowed.includes(origin);
  } catch {
    return false;
  }
}
