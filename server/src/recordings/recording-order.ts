import { registerEnumType } from 'type-graphql';

export enum RecordingOrderField {
  STARTED_AT = 'STARTED_AT',
  USER_NAME = 'USER_NAME',
  SERVER_NAME = 'SERVER_NAME',
  CLIENT_NAME = 'CLIENT_NAME',
  DURATION = 'DURATION',
  SIZE = 'SIZE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(RecordingOrderField, { name: 'RecordingOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

/** Column and property behind each sort field; every one has an index on (column, id). */
export const ORDER_COLUMNS: Record<
  RecordingOrderField,
  { column: string; property: 'startedAt' | 'userName' | 'serverName' | 'clientName' | 'durationSeconds' | 'sizeBytes'; kind: 'date' | 'text' | 'number' }
> = {
  STARTED_AT: { column: 'started_at', property: 'startedAt', kind: 'date' },
  USER_NAME: { column: 'user_name', property: 'userName', kind: 'text' },
  SERVER_NAME: { column: 'server_name', property: 'serverName', kind: 'text' },
  CLIENT_NAME: { column: 'client_name', property: 'clientName', kind: 'text' },
  DURATION: { column: 'duration_seconds', property: 'durationSeconds', kind: 'number' },
  SIZE: { column: 'size_bytes', property: 'sizeBytes', kind: 'number' },
};
