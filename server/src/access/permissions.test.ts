import { describe, expect, it } from 'vitest';
import * as rules from './permissions.js';
import { Role } from './role.js';

const { PLAYER, PRIVILEGED_PLAYER, LOGGING_READER, ADMINISTRATOR } = Role;

describe('permission rules', () => {
  it('export needs both LOGGING_READER and PRIVILEGED_PLAYER', () => {
    expect(rules.canExport([LOGGING_READER, PRIVILEGED_PLAYER])).toBe(true);
    expect(rules.canExport([LOGGING_READER])).toBe(false);
    expect(rules.canExport([PRIVILEGED_PLAYER])).toBe(false);
    expect(rules.canExport([ADMINISTRATOR])).toBe(false);
    expect(rules.canExport([PLAYER, LOGGING_READER])).toBe(false);
    expect(rules.canExport(new Set([LOGGING_READER, PRIVILEGED_PLAYER]))).toBe(true);
  });

  it('recordings are listed for players; restricted ones need PRIVILEGED_PLAYER', () => {
    expect(rules.canListRecordings([PLAYER])).toBe(true);
    expect(rules.canListRecordings([PRIVILEGED_PLAYER])).toBe(true);
    expect(rules.canListRecordings([LOGGING_READER, ADMINISTRATOR])).toBe(false);
    expect(rules.canSeeRestricted([PLAYER])).toBe(false);
    expect(rules.canSeeRestricted([PRIVILEGED_PLAYER])).toBe(true);
  });

  it('tasks are visible to exporters and log readers, restricted ones only with PRIVILEGED_PLAYER', () => {
    expect(rules.canViewTasks([LOGGING_READER])).toBe(true);
    expect(rules.canViewTasks([PLAYER, PRIVILEGED_PLAYER])).toBe(false);
    expect(rules.canViewTask([LOGGING_READER], false)).toBe(true);
    expect(rules.canViewTask([LOGGING_READER], true)).toBe(false);
    expect(rules.canViewTask([LOGGING_READER, PRIVILEGED_PLAYER], true)).toBe(true);
  });

  it("the requester may cancel their own task; someone else's needs ADMINISTRATOR", () => {
    expect(rules.canCancelTask([LOGGING_READER], true, false)).toBe(true);
    expect(rules.canCancelTask([LOGGING_READER], false, false)).toBe(false);
    expect(rules.canCancelTask([LOGGING_READER, PRIVILEGED_PLAYER], false, false)).toBe(false);
    expect(rules.canCancelTask([LOGGING_READER, ADMINISTRATOR], false, false)).toBe(true);
    // Administrators still cannot act on a task they may not see.
    expect(rules.canCancelTask([ADMINISTRATOR], false, false)).toBe(false);
    expect(rules.canCancelTask([LOGGING_READER, ADMINISTRATOR], false, true)).toBe(false);
    expect(rules.canCancelTask([LOGGING_READER, PRIVILEGED_PLAYER, ADMINISTRATOR], false, true)).toBe(true);
    expect(rules.canCancelTask([LOGGING_READER], true, true)).toBe(false);
  });

  it('only the requester, still holding the export roles, may download an export', () => {
    const exporter = [LOGGING_READER, PRIVILEGED_PLAYER];
    expect(rules.canDownloadExport(exporter, true, false)).toBe(true);
    expect(rules.canDownloadExport(exporter, true, true)).toBe(true);
    expect(rules.canDownloadExport(exporter, false, false)).toBe(false);
    expect(rules.canDownloadExport([...exporter, ADMINISTRATOR], false, false)).toBe(false);
    expect(rules.canDownloadExport([LOGGING_READER], true, false)).toBe(false);
    expect(rules.canDownloadExport([LOGGING_READER, PLAYER], true, false)).toBe(false);
  });

  it('players may restrict a recording; only PRIVILEGED_PLAYER may lift a restriction', () => {
    expect(rules.canRestrictRecording([PLAYER])).toBe(true);
    expect(rules.canRestrictRecording([PRIVILEGED_PLAYER])).toBe(true);
    expect(rules.canRestrictRecording([LOGGING_READER, ADMINISTRATOR])).toBe(false);
    expect(rules.canUnrestrictRecording([PLAYER])).toBe(false);
    expect(rules.canUnrestrictRecording([PRIVILEGED_PLAYER])).toBe(true);
    expect(rules.canUnrestrictRecording([ADMINISTRATOR, LOGGING_READER])).toBe(false);
  });

  it('the audit needs LOGGING_READER; administration needs ADMINISTRATOR', () => {
    expect(rules.canReadAudit([LOGGING_READER])).toBe(true);
    expect(rules.canReadAudit([ADMINISTRATOR])).toBe(false);
    expect(rules.canAdminister([ADMINISTRATOR])).toBe(true);
    expect(rules.canAdminister([PRIVILEGED_PLAYER, LOGGING_READER])).toBe(false);
  });
});

describe('playing recordings', () => {
  it('players play unrestricted recordings; restricted ones need PRIVILEGED_PLAYER', () => {
    expect(rules.canPlayRecording([PLAYER], false)).toBe(true);
    expect(rules.canPlayRecording([PLAYER], true)).toBe(false);
    expect(rules.canPlayRecording([PRIVILEGED_PLAYER], true)).toBe(true);
    expect(rules.canPlayRecording([PRIVILEGED_PLAYER], false)).toBe(true);
    expect(rules.canPlayRecording([LOGGING_READER, ADMINISTRATOR], false)).toBe(false);
  });
});
