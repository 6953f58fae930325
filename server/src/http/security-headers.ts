import type { RequestHandler } from 'express';

/**
 * The browser app runs only its own code: scripts from this origin and nothing inline, no
 * framing (clickjacking), no plugins, forms and links only to this origin. Styles may be inline:
 * the players set them, and a style cannot run code. Media and images also come from blobs the
 * app makes (the Verify page reads a picked file). The terminal player is WebAssembly, which
 * 'wasm-unsafe-eval' lets compile without allowing eval of JavaScript.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response; HSTS only over TLS (directly, or through a proxy the configuration trusts). */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
