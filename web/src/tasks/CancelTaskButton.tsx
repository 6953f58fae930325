import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';

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

export function CancelTaskButton({ taskId, description }: { taskId: string; description: string }) {
  const [{ fetching, error }, cancel] = useMutation(CancelTaskMutation);
  return (
    <div className="cancel-task">
      <Button size="small" variant="danger" busy={fetching} title={`Cancel the export of ${description}`} onClick={() => void cancel({ id: taskId })}>
        Cancel
      </Button>
      <InlineError error={error} inline />
    </div>
  );
}
