import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { ExportTaskStatus } from '../gql/graphql';

const ReadyQuery = graphql(`
  query NoTaskServiceNotice_Ready {
    authorizedTaskServicesOnline
  }
`);

/**
 * How many authorized task services are online; undefined until known. Read again whenever a
 * listed task changes status, since that is when it matters.
 */
export function useTaskServicesOnline(statuses: readonly ExportTaskStatus[]): number | undefined {
  const [result, reexecute] = useQuery({ query: ReadyQuery, requestPolicy: 'cache-and-network' });
  const signature = statuses.join(',');
  const seen = useRef(signature);
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    reexecute({ requestPolicy: 'network-only' });
  }, [signature, reexecute]);
  return result.data?.authorizedTaskServicesOnline;
}

/** Says why export tasks stay Pending when no authorized task service is online to take them. */
export function NoTaskServiceNotice({ statuses, online }: { statuses: readonly ExportTaskStatus[]; online: number | undefined }) {
  const { user } = useSession();
  const waiting = statuses.filter((s) => s === 'PENDING').length;
  if (waiting === 0 || online !== 0) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="no-task-service">
      <span>
        {waiting === 1 ? 'An export task is' : `${waiting} export tasks are`} waiting: no authorized task service is online to take
        {waiting === 1 ? ' it' : ' them'}.{' '}
        {user?.canAdminister
          ? 'Authorize a task service, or start one, on the Task services page.'
          : 'An administrator must authorize a task service, or start one, on the Task services page.'}
      </span>
    </div>
  );
}
