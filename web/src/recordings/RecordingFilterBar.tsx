import { useId, useState } from 'react';
import type { RecordingFilter, RecordingKind } from '../gql/graphql';
import { DateTimeField, FilterBar, TextField } from '../ui/fields';
import { localInputToIso } from '../ui/format';

interface FormValues {
  text: string;
  userName: string;
  serverName: string;
  clientName: string;
  clientIp: string;
  application: string;
  startedFrom: string;
  startedTo: string;
  kind: RecordingKind | '';
}

const emptyValues: FormValues = {
  text: '',
  userName: '',
  serverName: '',
  clientName: '',
  clientIp: '',
  application: '',
  startedFrom: '',
  startedTo: '',
  kind: '',
};

function toFilter(values: FormValues): RecordingFilter {
  const filter: RecordingFilter = {};
  const text = (value: string) => value.trim() || undefined;
  if (text(values.text)) filter.text = text(values.text);
  if (text(values.userName)) filter.userName = text(values.userName);
  if (text(values.serverName)) filter.serverName = text(values.serverName);
  if (text(values.clientName)) filter.clientName = text(values.clientName);
  if (text(values.clientIp)) filter.clientIp = text(values.clientIp);
  if (text(values.application)) filter.application = text(values.application);
  const from = localInputToIso(values.startedFrom);
  const to = localInputToIso(values.startedTo);
  if (from) filter.startedFrom = from;
  if (to) filter.startedTo = to;
  if (values.kind) filter.kind = values.kind;
  return filter;
}

/** The recording search. Nothing is sent until the filters are applied. */
export function RecordingFilterBar({ onApply }: { onApply(filter: RecordingFilter): void }) {
  const [values, setValues] = useState<FormValues>(emptyValues);
  const set = (key: keyof FormValues) => (value: string) => setValues((d) => ({ ...d, [key]: value }));

  return (
    <FilterBar
      label="Search recordings"
      onApply={() => onApply(toFilter(values))}
      onClear={() => {
        setValues(emptyValues);
        onApply({});
      }}
    >
      <TextField
        label="Search"
        type="search"
        className="field--wide"
        placeholder="Any user, server, client or application"
        value={values.text}
        onChange={set('text')}
      />
      <TextField label="User" value={values.userName} onChange={set('userName')} />
      <TextField label="Server" value={values.serverName} onChange={set('serverName')} />
      <TextField label="Client name" value={values.clientName} onChange={set('clientName')} />
      <TextField label="Client IP" value={values.clientIp} onChange={set('clientIp')} />
      <TextField label="Application" value={values.application} onChange={set('application')} />
      <DateTimeField label="Started from" value={values.startedFrom} onChange={set('startedFrom')} />
      <DateTimeField label="Started to" value={values.startedTo} onChange={set('startedTo')} />
      <KindField value={values.kind} onChange={(kind) => setValues((d) => ({ ...d, kind }))} />
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
