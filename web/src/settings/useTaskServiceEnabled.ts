import { useQuery } from 'urql';
import { graphql } from '../gql';

const SettingsQuery = graphql(`
  query TaskServiceSetting_Settings {
    settings {
      taskServiceEnabled
    }
  }
`);

/** Whether exports are accepted; undefined until known. Any signed-in user may read it. */
export function useTaskServiceEnabled(): boolean | undefined {
  const [result] = useQuery({ query: SettingsQuery, requestPolicy: 'cache-and-network' });
  return result.data?.settings.taskServiceEnabled;
}

export const TASK_SERVICE_DISABLED_EXPLANATION =
  'Exporting is switched off: an administrator has disabled the export task service in the settings.';
