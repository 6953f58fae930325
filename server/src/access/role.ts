import { registerEnumType } from 'type-graphql';

/** Role names follow the session-recording product whose workflow Custodian supports. */
export enum Role {
  PLAYER = 'PLAYER',
  PRIVILEGED_PLAYER = 'PRIVILEGED_PLAYER',
  LOGGING_READER = 'LOGGING_READER',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

registerEnumType(Role, { name: 'Role' });

export const ALL_ROLES: readonly Role[] = Object.values(Role);
