/**
 * Headers of every response that carries a file (a recording, an export, an evidence bundle).
 * The browser must keep to the stated type rather than guess one from the bytes (nosniff), and
 * should it ever show the response as a page, a sandbox gives it no origin and runs no script in
 * it, and it may load nothing from anywhere: a crafted file cannot act with the rights of whoever opens it. Files are private to the
 * caller, so nothing on the way keeps a copy.
 */
export const FILE_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'Cache-Control': 'private, no-store',
};
