/**
 * An audit event's detail as labelled fields for people. The server writes the detail as a
 * sentence, as `key: before → after` for a settings change, or as a JSON object; each is shown
 * whole, never cut.
 */

export interface DetailField {
  label: string;
  value: string;
}

/** Names of the settings a SETTINGS_CHANGED detail may mention, in the glossary's words. */
const settingLabels: Record<string, string> = {
  exportsEnabled: 'Exports enabled',
};

const SETTING_CHANGE = /^([A-Za-z][A-Za-z0-9_.]*): (.+) → (.+)$/s;

/** "exportsEnabled" → "Exports enabled"; "task_service-id" → "Task service id". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** A JSON value in words: booleans as Yes/No, null as None, objects as indented JSON. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 2);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function detailFields(detail: string | null | undefined): DetailField[] {
  if (detail == null || detail.trim() === '') return [];
  const trimmed = detail.trim();

  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (parsed.ok && isPlainObject(parsed.value)) {
      const fields: DetailField[] = [];
      for (const [key, value] of Object.entries(parsed.value)) {
        // One level of nesting reads as "Parent: child"; deeper values stay JSON.
        if (isPlainObject(value)) {
          for (const [inner, innerValue] of Object.entries(value))
            fields.push({ label: `${humanizeKey(key)}: ${humanizeKey(inner)}`, value: describeValue(innerValue) });
        } else fields.push({ label: humanizeKey(key), value: describeValue(value) });
      }
      if (fields.length > 0) return fields;
    }
  }

  const change = SETTING_CHANGE.exec(trimmed);
  if (change) {
    const [, key, before, after] = change as unknown as [string, string, string, string];
    const before_ = parseJson(before);
    const after_ = parseJson(after);
    if (before_.ok && after_.ok) {
      return [
        { label: 'Setting', value: settingLabels[key] ?? humanizeKey(key) },
        { label: 'Before', value: describeValue(before_.value) },
        { label: 'After', value: describeValue(after_.value) },
      ];
    }
  }

  return [{ label: 'Detail', value: detail }];
}
