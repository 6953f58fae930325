import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RECORDINGS_PER_EXPORT, whyExportIsDisabled } from './export-readiness';

const REASON = 'Case 2026-114: unauthorized payment approvals';
const ready = { reason: REASON, selectedCount: 3, exportsEnabled: true };

describe('whyExportIsDisabled', () => {
  it('lets a request with a reason and a few recordings go', () => {
    expect(whyExportIsDisabled(ready)).toBeNull();
    // The setting not read yet does not block: the server decides, and says so.
    expect(whyExportIsDisabled({ ...ready, exportsEnabled: undefined })).toBeNull();
  });

  it('says what is missing from the reason, counting what a reader sees', () => {
    expect(whyExportIsDisabled({ ...ready, reason: '   ' })).toBe('Give a reason for the export.');
    // Spaces and zero-width characters show nothing, so they do not count.
    expect(whyExportIsDisabled({ ...ready, reason: 'Case 12' })).toBe('The reason is too short: 4 more characters needed (at least 10).');
    expect(whyExportIsDisabled({ ...ready, reason: `Case 12345${'\u200b'.repeat(5)}` })).toBe(
      'The reason is too short: 1 more character needed (at least 10).',
    );
    expect(whyExportIsDisabled({ ...ready, reason: 'x'.repeat(2003) })).toBe('The reason is too long: remove 3 characters (at most 2000).');
  });

  it('refuses more recordings than one request may name, and says how many to remove', () => {
    expect(whyExportIsDisabled({ ...ready, selectedCount: MAX_RECORDINGS_PER_EXPORT })).toBeNull();
    expect(whyExportIsDisabled({ ...ready, selectedCount: 130 })).toBe(
      '130 recordings are selected; one export takes at most 100. Remove 30 from the selection.',
    );
    expect(whyExportIsDisabled({ ...ready, selectedCount: 0 })).toBe('Select at least one recording.');
  });

  it('names the switch an administrator turned off before anything else', () => {
    expect(whyExportIsDisabled({ reason: '', selectedCount: 0, exportsEnabled: false })).toBe('Exporting is switched off by an administrator (Settings).');
  });

  it("holds the server's limit", () => {
    const server = readFileSync(new URL('../../../server/src/exports/exports.service.ts', import.meta.url), 'utf8');
    expect(server).toMatch(new RegExp(`export const MAX_RECORDINGS_PER_EXPORT = ${MAX_RECORDINGS_PER_EXPORT};`));
  });
});
