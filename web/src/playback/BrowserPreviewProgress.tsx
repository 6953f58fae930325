import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ProgressBar } from '../ui/ProgressBar';

const PrepareMutation = graphql(`
  mutation BrowserPreviewProgress_Prepare($recordingId: ID!) {
    prepareBrowserPreview(recordingId: $recordingId) {
      id
      status
      progress
      error
    }
  }
`);

const PreviewQuery = graphql(`
  query BrowserPreviewProgress_Preview($id: ID!) {
    recording(id: $id) {
      id
      browserPreview {
        id
        status
        progress
        error
      }
    }
  }
`);

// The preview's state is read this often while a task service makes it: a preview takes seconds,
// and a subscription for so short a wait would hold a socket per viewer.
const POLL_MS = 1000;
// Asked again this often while not ready: a task service lost meanwhile is then replaced.
const ASK_AGAIN_MS = 15_000;

/**
 * Asks for the browser preview of a recording the browser cannot decode, shows "Preparing a
 * preview…" with its progress while a task service makes it, and calls `onReady` once it plays.
 */
export function BrowserPreviewProgress({ recordingId, onReady }: { recordingId: string; onReady(): void }) {
  const [asked, prepare] = useMutation(PrepareMutation);
  const [result, reexecute] = useQuery({ query: PreviewQuery, variables: { id: recordingId }, requestPolicy: 'network-only', pause: !asked.data });
  const preview = result.data?.recording.browserPreview ?? asked.data?.prepareBrowserPreview ?? null;
  const status = preview?.status;
  const readyCalled = useRef(false);

  useEffect(() => {
    void prepare({ recordingId });
  }, [prepare, recordingId]);

  useEffect(() => {
    if (!asked.data || status === 'READY' || status === 'FAILED') return;
    const poll = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    const askAgain = window.setInterval(() => void prepare({ recordingId }), ASK_AGAIN_MS);
    return () => {
      window.clearInterval(poll);
      window.clearInterval(askAgain);
    };
  }, [asked.data, status, reexecute, prepare, recordingId]);

  useEffect(() => {
    if (status === 'READY' && !readyCalled.current) {
      readyCalled.current = true;
      onReady();
    }
  }, [status, onReady]);

  if (asked.error) return <ErrorBanner error={asked.error} action="prepare a preview" onRetry={() => void prepare({ recordingId })} />;
  if (status === 'FAILED') {
    return (
      <div className="banner banner--danger" role="alert">
        The preview could not be made: {preview?.error ?? 'no reason was given'}{' '}
        <button type="button" className="button button--small" onClick={() => void prepare({ recordingId })}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="player__preparing" role="status" aria-live="polite">
      <p>Preparing a preview… This recording's format does not play in browsers, so a task service converts it once for playback.</p>
      <ProgressBar value={preview?.progress ?? 0} label="Preview progress" />
    </div>
  );
}
