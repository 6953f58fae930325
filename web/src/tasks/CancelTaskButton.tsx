import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { useConfirm } from '../ui/ConfirmDialog';

const CancelTaskMutation = graphql(`
  mutation CancelTaskButton_CancelTask($id: ID!) {
    cancelExportTask(id: $id) {
      id
      status
      progress
      finishedAt
      updatedAt
    }
  }
`);

/** Cancels a pending or running export after the user confirms; the cancellation is audited. */
export function CancelTaskButton({ taskId, description }: { taskId: string; description: string }) {
  const [, cancel] = useMutation(CancelTaskMutation);
  const confirm = useConfirm();
  return (
    <>
      <Button
        size="small"
        variant="danger"
        title={`Cancel the export of ${description}`}
        onClick={() =>
          confirm.ask({
            title: `Cancel the export of ${description}?`,
            consequence: (
              <p>
                The task stops, on whichever task service runs it, and no MP4 is produced. The cancellation is recorded in the export audit in your name. To
                export the recording later, export it again.
              </p>
            ),
            confirmLabel: 'Cancel the export',
            tone: 'danger',
            run: () => cancel({ id: taskId }),
          })
        }
      >
        Cancel
      </Button>
      {confirm.dialog}
    </>
  );
}
