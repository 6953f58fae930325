import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationGrants } from './application-role.js';

describe('applicationGrants', () => {
  it('are the statements the README tells operators to run', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const block = /```sql\n(GRANT USAGE ON SCHEMA public[\s\S]*?)```/.exec(readme)?.[1];
    expect(block?.trim().split('\n')).toEqual(applicationGrants('custodian_app'));
  });

  it('quotes the role name', () => {
    expect(applicationGrants('odd"role')[0]).toBe('GRANT USAGE ON SCHEMA public TO "odd""role";');
  });
});
