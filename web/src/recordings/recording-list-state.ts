import type { RecordingFilter, RecordingKind, RecordingOrderField } from '../gql/graphql';
import type { FilterValues, ListSpec } from '../navigation/list-state';

const KINDS: readonly RecordingKind[] = ['VIDEO', 'TERMINAL', 'GUACAMOLE'];
const ORDER_FIELDS: readonly RecordingOrderField[] = ['STARTED_AT', 'USER_NAME', 'SERVER_NAME', 'CLIENT_NAME', 'DURATION', 'SIZE'];

/** All Recordings in the URL: `/?user=jdoe&from=2026-11-20T09:00:00.000Z&sort=USER_NAME.asc&after=…`. */
export const RECORDING_LIST = {
  filters: {
    q: {},
    user: {},
    server: {},
    clientName: {},
    clientIp: {},
    application: {},
    from: { maxLength: 40 },
    to: { maxLength: 40 },
    kind: { oneOf: KINDS },
  },
  sortFields: ORDER_FIELDS,
  defaultSort: { field: 'STARTED_AT', direction: 'DESC' },
} satisfies ListSpec<Record<string, { maxLength?: number; oneOf?: readonly string[] }>, RecordingOrderField>;

export type RecordingListFilters = FilterValues<typeof RECORDING_LIST.filters>;

/** An instant from the URL, or nothing when it is not one. */
function instant(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function toRecordingFilter(values: RecordingListFilters): RecordingFilter {
  const filter: RecordingFilter = {};
  if (values.q) filter.text = values.q;
  if (values.user) filter.userName = values.user;
  if (values.server) filter.serverName = values.server;
  if (values.clientName) filter.clientName = values.clientName;
  if (values.clientIp) filter.clientIp = values.clientIp;
  if (values.application) filter.application = values.application;
  const from = instant(values.from);
  const to = instant(values.to);
  // A range reversed by hand in the URL is not sent: the server would find nothing and say nothing.
  if (!(from && to && from > to)) {
    if (from) filter.startedFrom = from;
    if (to) filter.startedTo = to;
  }
  if (values.kind) filter.kind = values.kind as RecordingKind;
  return filter;
}

export function fromRecordingFilter(filter: RecordingFilter): RecordingListFilters {
  const values: RecordingListFilters = {};
  if (filter.text) values.q = filter.text;
  if (filter.userName) values.user = filter.userName;
  if (filter.serverName) values.server = filter.serverName;
  if (filter.clientName) values.clientName = filter.clientName;
  if (filter.clientIp) values.clientIp = filter.clientIp;
  if (filter.application) values.application = filter.application;
  if (filter.startedFrom) values.from = String(filter.startedFrom);
  if (filter.startedTo) values.to = String(filter.startedTo);
  if (filter.kind) values.kind = filter.kind;
  return values;
}
