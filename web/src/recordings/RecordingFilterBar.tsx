import { useId, useState } from 'react';
import type { RecordingFilter, RecordingKind } from '../gql/graphql';
import { DateTimeRangeField, useDateTimeRange } from '../ui/DateTimeRangeField';
import { FilterBar, TextField } from '../ui/fields';

interface FormValues {
  text: string;
  userName: string;
  serverName: string;
  clientName: string;
  clientIp: string;
  application: string;
  kind: RecordingKind | '';
}

const emptyValues: FormValues = { text: '', userName: '', serverName: '', clientName: '', clientIp: '', application: '', kind: '' };

/** The longest text a filter takes, as the URL keeps it. */
const MAX_TEXT = 200;

function valuesOf(filter: RecordingFilter): FormValues {
  return {
    text: filter.text ?? '',
    userName: filter.userName ?? '',
    serverName: filter.serverName ?? '',
    clientName: filter.clientName ?? '',
    clientIp: filter.clientIp ?? '',
    application: filter.application ?? '',
    kind: filter.kind ?? '',
  };
}

function toFilter(values: FormValues, range: { from?: string; to?: string }): RecordingFilter {
  const filter: RecordingFilter = {};
  const text = (value: string) => value.trim() || undefined;
  if (text(values.text)) filter.text = text(values.text);
  if (text(values.userName)) filter.userName = text(values.userName);
  if (text(values.serverName)) filter.serverName = text(values.serverName);
  if (text(values.clientName)) filter.clientName = text(values.clientName);
  if (text(values.clientIp)) filter.clientIp = text(values.clientIp);
  if (text(values.application)) filter.application = text(values.application);
  if (range.from) filter.startedFrom = range.from;
  if (range.to) filter.startedTo = range.to;
  if (values.kind) filter.kind = values.kind;
  return filter;
}

/**
 * The recording search, starting from the applied filter. Nothing is sent until the filters are
 * applied, and not then while the time range is impossible. Give it a `key` that changes with the
 * applied filter, so Back and shared links show what is applied.
 */
export function RecordingFilterBar({ filter, onApply }: { filter: RecordingFilter; onApply(filter: RecordingFilter): void }) {
  const [values, setValues] = useState<FormValues>(() => valuesOf(filter));
  const range = useDateTimeRange({ from: filter.startedFrom ?? undefined, to: filter.startedTo ?? undefined });
  const set = (key: keyof FormValues) => (value: string) => setValues((d) => ({ ...d, [key]: value }));

  return (
    <FilterBar
      label="Search recordings"
      onApply={() => {
        const checked = range.check();
        if (checked.ok) onApply(toFilter(values, checked));
      }}
      onClear={() => {
        setValues(emptyValues);
        range.clear();
        onApply({});
      }}
    >
      <TextField
        label="Search"
        type="search"
        className="field--wide"
        placeholder="Any user, server, client or application"
        maxLength={MAX_TEXT}
        value={values.text}
        onChange={set('text')}
      />
      <TextField label="User" maxLength={MAX_TEXT} value={values.userName} onChange={set('userName')} />
      <TextField label="Server" maxLength={MAX_TEXT} value={values.serverName} onChange={set('serverName')} />
      <TextField label="Client name" maxLength={MAX_TEXT} value={values.clientName} onChange={set('clientName')} />
      <TextField label="Client IP" maxLength={MAX_TEXT} value={values.clientIp} onChange={set('clientIp')} />
      <TextField label="Application" maxLength={MAX_TEXT} value={values.application} onChange={set('application')} />
      <KindField value={values.kind} onChange={(kind) => setValues((d) => ({ ...d, kind }))} />
      <DateTimeRangeField legend="Started" range={range} className="field--range" />
    </FilterBar>
  );
}

const KINDS: { value: RecordingKind; label: string }[] = [
  { value: 'VIDEO', label: 'Video' },
  { value: 'TERMINAL', label: 'Terminal (asciicast)' },
  { value: 'GUACAMOLE', label: 'Guacamole' },
];

/** Which kind of recording to list, or every kind. */
function KindField({ value, onChange }: { value: RecordingKind | ''; onChange(value: RecordingKind | ''): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Kind
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as RecordingKind | '')}>
        <option value="">Any</option>
        {KINDS.map((kind) => (
          <option key={kind.value} value={kind.value}>
            {kind.label}
          </option>
        ))}
      </select>
    </div>
  );
}
