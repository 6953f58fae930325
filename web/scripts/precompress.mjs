// Writes a brotli and a gzip copy beside each compressible file of the build, so that the
// server sends assets compressed without compressing them on every request.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../dist');
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|wasm)$/;
// Smaller files gain nothing worth a second request path.
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

let count = 0;
for (const name of await fs.readdir(DIST, { recursive: true })) {
  const file = path.join(DIST, name);
  if (!COMPRESSIBLE.test(file) || !(await fs.stat(file)).isFile()) continue;
  const bytes = await fs.readFile(file);
  if (bytes.length < MIN_BYTES) continue;
  await fs.writeFile(`${file}.br`, await brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await fs.writeFile(`${file}.gz`, await gzip(bytes, { level: 9 }));
  count++;
}
console.log(`precompressed ${count} files of ${DIST} (brotli and gzip)`);
