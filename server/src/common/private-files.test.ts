import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPrivateFile } from './private-files.js';

describe('newPrivateFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-private-files-'));
  });
  afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

  it('has created the private file when it returns, before anything is written', async () => {
    const file = path.join(dir, 'a.partial');
    const stream = await newPrivateFile(file);
    // A failed write removes the file: it must exist by now, or it could appear after the removal.
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
    await pipeline(Readable.from([Buffer.from('evidence')]), stream);
    expect(await fsp.readFile(file, 'utf8')).toBe('evidence');
  });

  it('refuses a file that exists', async () => {
    const file = path.join(dir, 'b.partial');
    await fsp.writeFile(file, 'kept');
    await expect(newPrivateFile(file)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await fsp.readFile(file, 'utf8')).toBe('kept');
  });
});
