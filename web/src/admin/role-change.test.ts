import { describe, expect, it } from 'vitest';
import { describeRoleChange } from './role-change';

describe('describeRoleChange', () => {
  it('names the role, the holder and what the role allows when granting', () => {
    const words = describeRoleChange({ role: 'ADMINISTRATOR', on: true, holder: 'dana', kind: 'user' });
    expect(words.title).toBe('Grant Administrator to dana?');
    expect(words.confirmLabel).toBe('Grant Administrator');
    expect(words.consequence).toContain('dana will be able to manage users, groups, roles and API tokens');
  });

  it('speaks of every member when a group changes, and of other sources when revoking', () => {
    const words = describeRoleChange({ role: 'PLAYER', on: false, holder: 'group Operators', kind: 'group' });
    expect(words.title).toBe('Take Player away from group Operators?');
    expect(words.confirmLabel).toBe('Revoke Player');
    expect(words.consequence).toMatch(/^Every member of group Operators will no longer be able to list and play recordings/);
    expect(words.consequence).toContain('unless another group or a direct grant gives the role');
  });
});
