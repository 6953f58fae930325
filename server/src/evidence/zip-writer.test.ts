import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipWriter, type ZipWriterOptions } from './zip-writer.js';

const run = promisify(execFile);

// The archives are checked by independent readers: Info-ZIP's unzip and Python's zipfile.
describe('ZipWriter', () => {
  let dir: string;
  let big: Buffer;
  let bigFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zip-writer-'));
    big = randomBytes(3 * 1024 * 1024 + 17);
    bigFile = path.join(dir, 'video.bin');
    await writeFile(bigFile, big);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function archive(name: string, options: ZipWriterOptions = {}): Promise<string> {
    const file = path.join(dir, name);
    const out = createWriteStream(file);
    const zip = new ZipWriter(out, options);
    await zip.addFile('case-1/video.mp4', bigFile, big.length, new Date('2026-11-24T10:20:30Z'));
    await zip.addBuffer('case-1/manifest.json', '{"a":"é"}');
    await zip.addBuffer('README.txt', 'read me\n');
    await zip.finish();
    out.end();
    await finished(out);
    return file;
  }

  async function readWithPython(file: string): Promise<Record<string, { size: number; sha: string }>> {
    const script = [
      'import hashlib, json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps({i.filename: {"size": i.file_size, "sha": hashlib.sha256(z.read(i)).hexdigest()} for i in z.infolist()}))',
    ].join('\n');
    const { stdout } = await run('python3', ['-c', script, file]);
    return JSON.parse(stdout);
  }

  const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

  for (const [label, options] of [
    ['plain', {}],
    ['zip64', { zip64Threshold: 0 }],
  ] as const) {
    it(`writes a ${label} archive that unzip and Python read back byte for byte`, async () => {
      const file = await archive(`${label}.zip`, options);
      const test = await run('unzip', ['-t', file]);
      expect(test.stdout).toContain('No errors detected');
      const listed = await readWithPython(file);
      expect(listed).toEqual({
        'case-1/video.mp4': { size: big.length, sha: sha(big) },
        'case-1/manifest.json': { size: Buffer.byteLength('{"a":"é"}'), sha: sha('{"a":"é"}') },
        'README.txt': { size: 8, sha: sha('read me\n') },
      });
      const extracted = path.join(dir, `${label}-out`);
      await run('unzip', ['-q', file, '-d', extracted]);
      expect((await readFile(path.join(extracted, 'case-1/video.mp4'))).equals(big)).toBe(true);
      if (label === 'zip64') expect((await readFile(file)).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    });
  }

  it('refuses names that would escape the folder they are unpacked in', async () => {
    const zip = new ZipWriter(createWriteStream(path.join(dir, 'bad.zip')));
    await expect(zip.addBuffer('../evil', 'x')).rejects.toThrow(TypeError);
    await expect(zip.addBuffer('/etc/passwd', 'x')).rejects.toThrow(TypeError);
  });
});
