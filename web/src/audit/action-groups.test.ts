import { describe, expect, it } from 'vitest';
import type { AuditAction } from '../gql/graphql';
import { actionGroups, groupActions, groupOf, groupSelection, toggleGroup } from './action-groups';
import { auditActions } from './audit-actions';

const group = (id: string) => actionGroups.find((g) => g.id === id)!;

describe('action groups', () => {
  it('places every action of the schema in exactly one named group, none under Other', () => {
    const placed = actionGroups.flatMap((g) => g.actions.map((a) => a.value));
    expect([...placed].sort()).toEqual(auditActions.map((a) => a.value).sort());
    expect(new Set(placed).size).toBe(placed.length);
    expect(actionGroups.map((g) => g.id)).not.toContain('OTHER');
  });

  it('groups by what the auditor looks for', () => {
    expect(groupOf('EXPORT_DOWNLOADED')).toBe('EXPORTS');
    expect(groupOf('RECORDING_PLAYED')).toBe('PLAYBACK');
    expect(groupOf('SIGN_IN_FAILED')).toBe('SIGN_IN');
    expect(groupOf('TOKEN_REVOKED')).toBe('SIGN_IN');
    expect(groupOf('ROLE_GRANTED')).toBe('ADMINISTRATION');
    expect(groupOf('SETTINGS_CHANGED')).toBe('ADMINISTRATION');
    expect(groupOf('TASK_SERVICE_REVOKED')).toBe('TASK_SERVICES');
    expect(groupOf('ACCESS_DENIED')).toBe('REFUSALS');
  });

  it('shows an action no rule knows under Other, so it is never hidden', () => {
    const groups = groupActions([...auditActions, { value: 'SOMETHING_NEW' as AuditAction, label: 'Something new' }]);
    expect(groups.at(-1)).toMatchObject({ id: 'OTHER', label: 'Other', actions: [{ value: 'SOMETHING_NEW' }] });
  });
});

describe('group checkboxes', () => {
  const exports = group('EXPORTS');
  const all = exports.actions.map((a) => a.value);

  it('is clear, mixed or checked as the selected actions cover the group', () => {
    expect(groupSelection(exports, [])).toBe('NONE');
    expect(groupSelection(exports, ['SIGN_IN_FAILED'])).toBe('NONE');
    expect(groupSelection(exports, ['EXPORT_REQUESTED'])).toBe('SOME');
    expect(groupSelection(exports, all)).toBe('ALL');
  });

  it('selects a whole group and keeps other groups, in the schema order', () => {
    const next = toggleGroup(exports, ['SIGN_IN_FAILED', 'EXPORT_COMPLETED'], true);
    expect(new Set(next)).toEqual(new Set([...all, 'SIGN_IN_FAILED']));
    const order = auditActions.map((a) => a.value);
    expect(next).toEqual([...next].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('clears a whole group and keeps other groups', () => {
    expect(toggleGroup(exports, [...all, 'ROLE_GRANTED'], false)).toEqual(['ROLE_GRANTED']);
  });
});
