import { useEffect, useRef } from 'react';
import type { AuditAction } from '../gql/graphql';
import { actionGroups, groupSelection, toggleGroup, type ActionGroup } from './action-groups';

/**
 * The action filter as a few groups (exports, playback, sign-in, administration, ...): one
 * checkbox selects a whole group, and each group opens to its single actions. None selected
 * means every action.
 */
export function ActionGroupsField({ selected, onChange }: { selected: AuditAction[]; onChange(next: AuditAction[]): void }) {
  return (
    <fieldset className="field checkbox-group action-groups" data-testid="audit-action-groups">
      <legend className="field__label">Action</legend>
      <div className="action-groups__list">
        {actionGroups.map((group) => (
          <GroupOption key={group.id} group={group} selected={selected} onChange={onChange} />
        ))}
      </div>
      <p className="muted small">None selected shows every action.</p>
    </fieldset>
  );
}

function GroupOption({ group, selected, onChange }: { group: ActionGroup; selected: AuditAction[]; onChange(next: AuditAction[]): void }) {
  const state = groupSelection(group, selected);
  const box = useRef<HTMLInputElement>(null);
  // "Some of the group" has no attribute in HTML; the property shows it and tells screen readers.
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'SOME';
  }, [state]);
  const count = group.actions.filter((a) => selected.includes(a.value)).length;

  return (
    <div className="action-groups__group">
      <label className="checkbox-option strong">
        <input ref={box} type="checkbox" checked={state === 'ALL'} onChange={(e) => onChange(toggleGroup(group, selected, e.target.checked))} />
        {group.label}
      </label>
      <details className="action-groups__details">
        <summary className="small muted">
          {count === 0 ? `${group.actions.length} actions` : `${count} of ${group.actions.length} actions`}
          <span className="visually-hidden"> in {group.label}</span>
        </summary>
        <div className="action-groups__actions">
          {group.actions.map(({ value, label }) => (
            <label key={value} className="checkbox-option small">
              <input
                type="checkbox"
                checked={selected.includes(value)}
                onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((a) => a !== value))}
              />
              {label}
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
