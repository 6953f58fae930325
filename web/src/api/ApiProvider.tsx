import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient, type ApiClient } from './client';
import type { LiveState } from './live-connection';

interface ApiContextValue {
  apiClient: ApiClient;
  /** Throws away the cache and the socket, e.g. after signing out, so nothing of the last session stays. */
  resetSession(): void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** A client that asks to be replaced, once, when the server reports the session gone. */
function createSessionClient(onSessionEnded: (client: ApiClient) => void): ApiClient {
  let ended = false;
  const apiClient: ApiClient = createApiClient({
    onUnauthenticated() {
      // Many requests can fail at once when a session ends; start over only once.
      if (ended) return;
      ended = true;
      queueMicrotask(() => onSessionEnded(apiClient));
    },
  });
  return apiClient;
}

export function ApiProvider({ children }: { children: ReactNode }) {
  const [apiClient, setApiClient] = useState<ApiClient>(() => createSessionClient(replace));
  // The client in use, for callbacks that outlive a render.
  const current = useRef<ApiClient>(apiClient);
  useLayoutEffect(() => {
    current.current = apiClient;
  }, [apiClient]);

  function replace(ended?: ApiClient) {
    const previous = current.current;
    if (ended && ended !== previous) return;
    const next = createSessionClient(replace);
    current.current = next;
    setApiClient(next);
    previous.dispose();
  }

  // `replace` reads only refs and the state setter: a new function each render must not make a new context value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const value = useMemo<ApiContextValue>(() => ({ apiClient, resetSession: () => replace() }), [apiClient]);

  return (
    <ApiContext.Provider value={value}>
      <Provider value={apiClient.client}>{children}</Provider>
    </ApiContext.Provider>
  );
}

function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

export function useResetSession(): () => void {
  return useApi().resetSession;
}

/** The state of the subscription socket: live, reconnecting, ... */
export function useLiveState(): LiveState {
  const { live } = useApi().apiClient;
  return useSyncExternalStore(live.subscribeState, live.getState);
}

/** Runs `listener` each time the subscription socket comes back after a lost connection. */
export function useOnReconnect(listener: () => void): void {
  const { live } = useApi().apiClient;
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => live.onReconnect(() => latest.current()), [live]);
}
