import { useId } from 'react';
import { type Density, useTableDensity } from './density';

const CHOICES: { value: Density; label: string }[] = [
  { value: 'COMPACT', label: 'Compact' },
  { value: 'COMFORTABLE', label: 'Comfortable' },
];

/** The rows' height in every table, kept per user; place it above a table. */
export function DensitySwitch() {
  const { density, setDensity } = useTableDensity();
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Row density</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className={`segmented__option${density === choice.value ? ' segmented__option--on' : ''}`}>
          <input
            type="radio"
            className="segmented__input"
            name={name}
            value={choice.value}
            checked={density === choice.value}
            onChange={() => setDensity(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
