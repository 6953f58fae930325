import { useId } from 'react';
import type { TimeZoneChoice } from '../ui/date-time-input';
import { usePreference } from './usePreference';

const CHOICES: readonly { zone: TimeZoneChoice; label: string }[] = [
  { zone: 'UTC', label: 'UTC' },
  { zone: 'LOCAL', label: 'Local' },
];

/**
 * The user's choice of zone for every time shown: UTC (as file names, the audit CSV and manifests
 * carry times) or this browser's zone; kept on the server with their preferences.
 */
export function TimeZoneSwitch() {
  const [zone, setZone] = usePreference<TimeZoneChoice>('timeZone', 'UTC');
  const name = useId();
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <fieldset className="segmented" title={local ? `Local time here is ${local}` : undefined}>
      <legend className="visually-hidden">Show times in</legend>
      {CHOICES.map((choice) => (
        <label key={choice.zone} className={`segmented__option${zone === choice.zone ? ' segmented__option--on' : ''}`}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={choice.zone}
            checked={zone === choice.zone}
            onChange={() => setZone(choice.zone)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
