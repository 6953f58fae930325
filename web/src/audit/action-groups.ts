import type { AuditAction } from '../gql/graphql';
import { auditActions } from './audit-actions';

export type ActionGroupId = 'EXPORTS' | 'PLAYBACK' | 'SIGN_IN' | 'ADMINISTRATION' | 'TASK_SERVICES' | 'REFUSALS' | 'OTHER';

const groupLabels: Record<ActionGroupId, string> = {
  EXPORTS: 'Exports',
  PLAYBACK: 'Playback and recordings',
  SIGN_IN: 'Sign-in and API tokens',
  ADMINISTRATION: 'Administration',
  TASK_SERVICES: 'Task services',
  REFUSALS: 'Refusals',
  OTHER: 'Other',
};

/**
 * Where an action belongs, by the family its name starts with; the few administrative actions
 * without a family prefix fall to Administration by name. An action that no rule places is
 * shown under "Other" (a unit test keeps that group empty for the schema's actions).
 */
export function groupOf(action: string): ActionGroupId {
  if (action.startsWith('EXPORT_')) return 'EXPORTS';
  if (action.startsWith('RECORDING_')) return 'PLAYBACK';
  if (action.startsWith('SIGN_IN_') || action.startsWith('TOKEN_')) return 'SIGN_IN';
  if (action.startsWith('TASK_SERVICE_')) return 'TASK_SERVICES';
  if (action === 'ACCESS_DENIED' || action.startsWith('REFUSALS_')) return 'REFUSALS';
  if (/^(USER|GROUP|ROLE|PASSWORD|SETTINGS|SIGNING_KEY)_/.test(action)) return 'ADMINISTRATION';
  return 'OTHER';
}

export interface ActionGroup {
  id: ActionGroupId;
  label: string;
  actions: { value: AuditAction; label: string }[];
}

/** The schema's actions in their groups, each group in the order of `groupLabels`, empty ones left out. */
export function groupActions(actions: readonly { value: AuditAction; label: string }[]): ActionGroup[] {
  return (Object.keys(groupLabels) as ActionGroupId[])
    .map((id) => ({ id, label: groupLabels[id], actions: actions.filter((a) => groupOf(a.value) === id) }))
    .filter((group) => group.actions.length > 0);
}

export const actionGroups: ActionGroup[] = groupActions(auditActions);

export type GroupSelection = 'ALL' | 'SOME' | 'NONE';

/** How much of a group the selected actions cover: its checkbox is checked, mixed or clear. */
export function groupSelection(group: ActionGroup, selected: readonly string[]): GroupSelection {
  const count = group.actions.filter((a) => selected.includes(a.value)).length;
  return count === 0 ? 'NONE' : count === group.actions.length ? 'ALL' : 'SOME';
}

/** Selects or clears a whole group, keeping the other groups' choices and the schema's order. */
export function toggleGroup(group: ActionGroup, selected: readonly AuditAction[], on: boolean): AuditAction[] {
  const inGroup = new Set<AuditAction>(group.actions.map((a) => a.value));
  const next = new Set(selected.filter((a) => !inGroup.has(a)));
  if (on) for (const action of inGroup) next.add(action);
  return auditActions.map((a) => a.value).filter((a) => next.has(a));
}
