import { useId } from 'react';
import type { Role } from '../gql/graphql';
import { ROLES } from './roles';

/** One checkbox per role; `onToggle` is called with the role and its new state. */
export function RoleChecklist({
  legend,
  selected,
  onToggle,
  disabled,
  hideLegend = false,
}: {
  legend: string;
  selected: readonly Role[];
  onToggle(role: Role, on: boolean): void;
  disabled?: boolean;
  hideLegend?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="field checkbox-group" aria-describedby={`${id}-hint`}>
      <legend className={hideLegend ? 'visually-hidden' : 'field__label'}>{legend}</legend>
      <div className="checkbox-group__options">
        {ROLES.map((role) => (
          <label key={role.value} className="checkbox-option" title={role.allows}>
            <input type="checkbox" checked={selected.includes(role.value)} disabled={disabled} onChange={(e) => onToggle(role.value, e.target.checked)} />
            {role.label}
          </label>
        ))}
      </div>
      <span id={`${id}-hint`} className="visually-hidden">
        {ROLES.map((r) => `${r.label}: ${r.allows}.`).join(' ')}
      </span>
    </fieldset>
  );
}
