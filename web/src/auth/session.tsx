import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { expectsUnauthenticated } from '../api/client';
import { errorCode, errorMessage } from '../api/errors';
import { graphql, useFragment } from '../gql';
import type { SessionProvider_UserFragment } from '../gql/graphql';

export type SessionUser = SessionProvider_UserFragment;

const SessionUserFragment = graphql(`
  fragment SessionProvider_User on User {
    id
    username
    roles
    canExport
    canViewTasks
    canReadAudit
    canViewRecordings
    canSeeRestricted
    canAdminister
  }
`);

const SessionMeQuery = graphql(`
  query SessionProvider_Me {
    me {
      ...SessionProvider_User
    }
  }
`);

export interface Session {
  /** The signed-in user, or null when nobody is signed in. */
  user: SessionUser | null;
  /** True until the server has said who is signed in. */
  loading: boolean;
  /** Set when the server could not be asked at all. */
  error: string | null;
  retry(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const context = useMemo(() => expectsUnauthenticated, []);
  const [result, reexecute] = useQuery({ query: SessionMeQuery, context });
  const me = useFragment(SessionUserFragment, result.data?.me);

  const value = useMemo<Session>(() => {
    const signedOut = errorCode(result.error) === 'UNAUTHENTICATED';
    return {
      user: me ?? null,
      loading: result.fetching && !result.data,
      error: result.error && !signedOut && !result.data ? errorMessage(result.error) : null,
      retry: () => reexecute({ requestPolicy: 'network-only' }),
    };
  }, [result, me, reexecute]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
