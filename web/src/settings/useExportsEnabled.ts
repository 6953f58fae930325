import { useQuery } from 'urql';
import { graphql } from '../gql';

const SettingsQuery = graphql(`
  query ExportsEnabled_Settings {
    settings {
      exportsEnabled
    }
  }
`);

/** Whether exports are accepted; undefined until known. Any signed-in user may read it. */
export function useExportsEnabled(): boolean | undefined {
  const [result] = useQuery({ query: SettingsQuery, requestPolicy: 'cache-and-network' });
  return result.data?.settings.exportsEnabled;
}

export const EXPORTS_DISABLED_EXPLANATION = 'Exporting is switched off: an administrator has disabled exports in the settings.';
