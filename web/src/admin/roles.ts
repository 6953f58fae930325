import type { Role } from '../gql/graphql';

/** The roles in the order people read them, with what each allows. */
export const ROLES: { value: Role; label: string; allows: string }[] = [
  { value: 'PLAYER', label: 'Player', allows: 'list and play recordings that are not restricted' },
  { value: 'PRIVILEGED_PLAYER', label: 'Privileged player', allows: 'also see, play and unrestrict restricted recordings' },
  { value: 'LOGGING_READER', label: 'Logging reader', allows: 'read export tasks and the export audit' },
  { value: 'ADMINISTRATOR', label: 'Administrator', allows: 'manage users, groups, roles and API tokens' },
];
