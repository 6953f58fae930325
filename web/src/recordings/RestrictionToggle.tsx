import { useMutation } from 'urql';
import { permissionsOf } from '../auth/permissions';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';

const RestrictMutation = graphql(`
  mutation RestrictionToggle_Restrict($id: ID!) {
    restrictRecording(id: $id) {
      id
      restricted
    }
  }
`);

const UnrestrictMutation = graphql(`
  mutation RestrictionToggle_Unrestrict($id: ID!) {
    unrestrictRecording(id: $id) {
      id
      restricted
    }
  }
`);

/**
 * The restriction of one recording: any player may restrict it (it then disappears for players
 * without PRIVILEGED_PLAYER); only a PRIVILEGED_PLAYER may lift it.
 */
export function RestrictionToggle({ recordingId, restricted, description }: { recordingId: string; restricted: boolean; description: string }) {
  const { user } = useSession();
  const can = user ? permissionsOf(user) : null;
  const [restrictState, restrict] = useMutation(RestrictMutation);
  const [unrestrictState, unrestrict] = useMutation(UnrestrictMutation);
  const error = restrictState.error ?? unrestrictState.error;

  return (
    <div className="restriction-toggle">
      {restricted && (
        <span className="restricted-marker" title="Restricted recording">
          Restricted
        </span>
      )}
      {restricted && can?.seeRestricted && (
        <Button
          size="small"
          variant="ghost"
          busy={unrestrictState.fetching}
          title={`Lift the restriction of ${description}`}
          onClick={() => void unrestrict({ id: recordingId })}
        >
          Unrestrict
        </Button>
      )}
      {!restricted && can?.viewRecordings && (
        <Button
          size="small"
          variant="ghost"
          busy={restrictState.fetching}
          title={`Restrict ${description}: only privileged players will see it`}
          onClick={() => {
            const hides = can.seeRestricted ? '' : ' You will no longer see it yourself.';
            if (window.confirm(`Restrict ${description}? Only privileged players will be able to see, play or export it.${hides}`))
              void restrict({ id: recordingId });
          }}
        >
          Restrict
        </Button>
      )}
      <InlineError error={error} inline />
    </div>
  );
}
