import { describe, expect, it } from 'vitest';
import { defaultColumns, toggleColumn, visibleColumns } from './column-choice';

const columns = [
  { id: 'user', label: 'User', required: true },
  { id: 'server', label: 'Server' },
  { id: 'audio', label: 'Audio', hiddenByDefault: true },
];

describe('column choice', () => {
  it('shows the default columns without a stored choice, or with one that is not a list of ids', () => {
    expect(defaultColumns(columns)).toEqual(['user', 'server']);
    expect([...visibleColumns(undefined, columns)]).toEqual(['user', 'server']);
    expect([...visibleColumns('server', columns)]).toEqual(['user', 'server']);
    expect([...visibleColumns([1, 2], columns)]).toEqual(['user', 'server']);
  });

  it('keeps required columns and drops ids the table does not have', () => {
    expect([...visibleColumns(['audio', 'gone'], columns)]).toEqual(['user', 'audio']);
    expect([...visibleColumns([], columns)]).toEqual(['user']);
  });

  it('switches one column, in the table order, never a required one', () => {
    const visible = new Set(['user', 'server']);
    expect(toggleColumn(visible, columns, 'server', false)).toEqual(['user']);
    expect(toggleColumn(visible, columns, 'audio', true)).toEqual(['user', 'server', 'audio']);
    expect(toggleColumn(visible, columns, 'user', false)).toEqual(['user', 'server']);
  });
});
