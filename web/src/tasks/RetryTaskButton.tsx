import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { useConfirm } from '../ui/ConfirmDialog';

const RetryTaskMutation = graphql(`
  mutation RetryTaskButton_RetryTask($id: ID!) {
    retryExportTask(id: $id) {
      id
      status
      retryOfTaskId
    }
  }
`);

/**
 * Queues a new attempt at a failed export after the user confirms. The retry is a new task of
 * the same export request: same recording, same reason, and the file goes to the requester.
 */
export function RetryTaskButton({ taskId, description, reason, requester }: { taskId: string; description: string; reason: string; requester: string }) {
  const [, retry] = useMutation(RetryTaskMutation);
  const confirm = useConfirm();
  return (
    <>
      <Button
        size="small"
        title={`Retry the export of ${description}`}
        onClick={() =>
          confirm.ask({
            title: `Retry the export of ${description}?`,
            consequence: (
              <>
                <p>
                  A new export task is queued for the same recording, under the same export request and reason. Its MP4 can be downloaded by {requester}, who
                  requested the export.
                </p>
                <p className="muted">Reason: {reason}</p>
                <p>The retry is recorded in the export audit in your name.</p>
              </>
            ),
            confirmLabel: 'Retry the export',
            run: () => retry({ id: taskId }),
          })
        }
      >
        Retry
      </Button>
      {confirm.dialog}
    </>
  );
}
