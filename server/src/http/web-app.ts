import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { pathInside } from '../common/contained-path.js';

// The build gives every asset a content hash in its name, so a name never changes meaning.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/**
 * The browser app: hashed assets cached for good and sent precompressed (brotli or gzip, made at
 * build time) when the browser takes it; other files for an hour; every other path answered by
 * index.html, never cached, for client-side routing.
 */
export function webAppRoutes(webDir: string): Router {
  const router = express.Router();
  const assets = path.join(webDir, 'assets');
  const listed = assetList(assets);
  router.get(/^\/assets\//, (req, res, next) => {
    const file = pathInside(assets, decodeURIComponent(req.path.slice('/assets/'.length)));
    if (!file || !listed.find(file)) return next();
    sendAsset(req, res, file, listed);
  });
  router.use(express.static(webDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|api\/|exports\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(webDir, 'index.html'));
  });
  return router;
}

/**
 * The files of the assets folder, read once instead of asking the file system on every request.
 * A name it lacks makes it read the folder again (at most once a second), so a web app rebuilt
 * while the server runs is served too.
 */
function assetList(folder: string): AssetList {
  let files = new Set<string>();
  let readAt = 0;
  const read = () => {
    readAt = Date.now();
    try {
      files = new Set((fs.readdirSync(folder, { recursive: true }) as string[]).map((name) => path.join(folder, name)));
    } catch {
      files = new Set();
    }
  };
  read();
  return {
    has: (file) => files.has(file),
    find(file) {
      if (!files.has(file) && Date.now() - readAt > 1000) read();
      return files.has(file);
    },
  };
}

interface AssetList {
  /** Whether the folder held the file when last read. */
  has(file: string): boolean;
  /** The same, reading the folder again first when it lacks the file. */
  find(file: string): boolean;
}

function sendAsset(req: Request, res: Response, file: string, listed: AssetList): void {
  res.setHeader('Cache-Control', IMMUTABLE);
  res.setHeader('Vary', 'Accept-Encoding');
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && listed.has(file + e.extension));
  if (!encoding) {
    res.sendFile(file);
    return;
  }
  res.type(path.extname(file));
  res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(file + encoding.extension, { headers: { 'Content-Type': res.getHeader('Content-Type') as string } });
}
