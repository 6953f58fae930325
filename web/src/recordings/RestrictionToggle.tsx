import { useMutation } from 'urql';
import { permissionsOf } from '../auth/permissions';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { SavedStatus, useConfirm } from '../ui/ConfirmDialog';

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
  const confirm = useConfirm();

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
          onClick={() =>
            confirm.ask({
              title: `Unrestrict ${description}?`,
              consequence: <p>Every player will be able to see and play it, and users with the export roles to export it.</p>,
              confirmLabel: 'Unrestrict recording',
              run: () => unrestrict({ id: recordingId }),
            })
          }
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
          onClick={() =>
            confirm.ask({
              title: `Restrict ${description}?`,
              consequence: (
                <p>
                  Only privileged players will be able to see, play or export it; to everyone else it disappears from the catalog.
                  {can.seeRestricted ? '' : ' You will no longer see it yourself.'}
                </p>
              ),
              confirmLabel: 'Restrict recording',
              tone: 'danger',
              run: () => restrict({ id: recordingId }),
            })
          }
        >
          Restrict
        </Button>
      )}
      <SavedStatus saved={confirm.saved} />
      {confirm.dialog}
    </div>
  );
}
