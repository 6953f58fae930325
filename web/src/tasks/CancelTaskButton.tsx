import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import { graphql } from '../gql';
import { Button } from '../ui/Button';

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
      {error && (
        <span className="error-text" role="alert">
          {errorMessage(error)}
        </span>
      )}
    </div>
  );
}
