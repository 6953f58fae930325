import fsp from 'node:fs/promises';
import path from 'node:path';

export interface UploadOptions {
  /** The `filename` query parameter; left out of the URL when null. */
  filename?: string | null;
  token?: string;
  /** Sent as the X-Recording-Metadata header: objects as JSON, strings as they are. */
  metadata?: Record<string, unknown> | string;
  headers?: Record<string, string>;
}

/** What the HTTP routes answer when they refuse. */
export interface RouteError {
  error: { code: string; message: string };
}

export interface UploadResult {
  status: number;
  /** The route's JSON answer, or its text when it was not JSON; tests assert its shape. */
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the fields of the answer it expects.
  body: any;
}

/** POST /api/recordings as a recording agent does: the file as the raw body. */
export async function upload(url: string, body: Buffer | ReadableStream<Uint8Array>, options: UploadOptions = {}): Promise<UploadResult> {
  const target = new URL('/api/recordings', url);
  if (options.filename !== null) target.searchParams.set('filename', options.filename ?? 'session.mp4');
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.metadata !== undefined)
    headers['x-recording-metadata'] = typeof options.metadata === 'string' ? options.metadata : JSON.stringify(options.metadata);
  const response = await fetch(target, {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text, the assertion shows it
  }
  return { status: response.status, body: parsed };
}

/** Uploads a file from disk, named after it. */
export async function uploadFile(url: string, file: string, options: Omit<UploadOptions, 'filename'> & { filename?: string } = {}): Promise<UploadResult> {
  return upload(url, await fsp.readFile(file), { filename: path.basename(file), ...options });
}

/**
 * A body sent in chunks without a Content-Length, so the server sees only what arrives.
 * `onAllTaken` is called once the client has taken the last chunk to send.
 */
export function chunkedBody(totalBytes: number, chunkBytes = 64 * 1024, onAllTaken?: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        onAllTaken?.();
        return;
      }
      const size = Math.min(chunkBytes, totalBytes - sent);
      const chunk = new Uint8Array(size);
      for (let i = 0; i < size; i++) chunk[i] = (sent + i) & 0xff;
      sent += size;
      controller.enqueue(chunk);
    },
  });
}

/** Every file below a folder, as paths relative to it (sorted); [] when the folder is missing. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
