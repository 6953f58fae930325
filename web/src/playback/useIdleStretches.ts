import { useCallback, useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, useFragment } from '../gql';
import { type IdleSpan, MAX_IDLE_SPANS } from './idle-spans';

const ScanFields = graphql(`
  fragment VideoIdleStretches_ScanFields on IdleStretchScan {
    id
    status
    progress
    error
    stretches {
      start
      end
    }
  }
`);

const ScanMutation = graphql(`
  mutation VideoIdleStretches_Scan($recordingId: ID!) {
    scanIdleStretches(recordingId: $recordingId) {
      ...VideoIdleStretches_ScanFields
    }
  }
`);

const ScanQuery = graphql(`
  query VideoIdleStretches_Stretches($id: ID!) {
    recording(id: $id) {
      id
      idleStretches {
        ...VideoIdleStretches_ScanFields
      }
    }
  }
`);

// Read this often while a task service scans, as the browser preview's progress is: a scan takes
// seconds, and a subscription for so short a wait would hold a socket per viewer.
const POLL_MS = 1000;
// Asked again this often while not done: a task service lost meanwhile is then replaced.
const ASK_AGAIN_MS = 15_000;
const NO_SPANS: readonly IdleSpan[] = [];

export interface IdleStretchesState {
  /** Shaded on the timeline; empty until the scan is READY. */
  spans: readonly IdleSpan[];
  scanning: boolean;
  /** Why the scan failed, in the task service's words; null otherwise. */
  failure: string | null;
  retry(): void;
}

/**
 * The idle stretches of a video recording, which a task service finds once (the browser cannot
 * without decoding the whole video): asked for when `enabled` (the user pressed play: asking
 * needs the playback rights, and a refusal is audited, so a page visit alone asks nothing), then
 * read every second until READY or FAILED.
 */
export function useIdleStretches(recordingId: string, enabled: boolean): IdleStretchesState {
  const [asked, scan] = useMutation(ScanMutation);
  const [result, reexecute] = useQuery({ query: ScanQuery, variables: { id: recordingId }, requestPolicy: 'network-only', pause: !asked.data });
  const current = useFragment(ScanFields, result.data?.recording.idleStretches ?? asked.data?.scanIdleStretches ?? null);
  const status = current?.status;
  const retry = useCallback(() => void scan({ recordingId }), [scan, recordingId]);

  useEffect(() => {
    if (enabled) retry();
  }, [enabled, retry]);

  useEffect(() => {
    if (!asked.data || status === 'READY' || status === 'FAILED') return;
    const poll = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    const askAgain = window.setInterval(retry, ASK_AGAIN_MS);
    return () => {
      window.clearInterval(poll);
      window.clearInterval(askAgain);
    };
  }, [asked.data, status, reexecute, retry]);

  const spans = status === 'READY' && current ? current.stretches.slice(0, MAX_IDLE_SPANS) : NO_SPANS;
  return {
    spans,
    scanning: enabled && !asked.error && status !== 'READY' && status !== 'FAILED',
    failure: status === 'FAILED' ? (current?.error ?? 'no reason was given') : null,
    retry,
  };
}
