import { useState } from 'react';
import { useClient } from 'urql';
import { errorMessage } from '../api/errors';
import { graphql } from '../gql';
import type { RecordingFilter, RecordingOrder, SelectAllMatching_RecordingsQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { formatCount, formatTotal } from '../ui/format';
import { MAX_RECORDINGS_PER_EXPORT } from './export-readiness';

// The same fragments as the list's rows, so that what it selects can be shown and exported alike.
const MatchingQuery = graphql(`
  query SelectAllMatching_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!) {
    recordings(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      totalCountIsExact
      edges {
        node {
          id
          ...RecordingsTable_Recording
          ...ExportDialog_Recording
        }
      }
    }
  }
`);

export type MatchingRecording = SelectAllMatching_RecordingsQuery['recordings']['edges'][number]['node'];

export interface SelectAllMatchingProps {
  filter: RecordingFilter;
  orderBy: RecordingOrder;
  /** The list's own count of what matches. */
  connection: { totalCount: number; totalCountIsExact: boolean };
  /** Replaces the selection with these recordings. */
  onSelect(recordings: MatchingRecording[]): void;
}

/**
 * Selects every recording matching the current filters, in the list's order, up to the most one
 * export request may name; when more match, it takes the first ones and says so.
 */
export function SelectAllMatching({ filter, orderBy, connection, onSelect }: SelectAllMatchingProps) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);
  const { totalCount, totalCountIsExact } = connection;
  if (totalCount === 0) return null;
  const overLimit = totalCount > MAX_RECORDINGS_PER_EXPORT || !totalCountIsExact;
  const label = overLimit
    ? `Select the first ${MAX_RECORDINGS_PER_EXPORT} of ${formatTotal(totalCount, totalCountIsExact)} matching`
    : `Select all ${formatCount(totalCount)} matching`;

  async function selectAll() {
    setBusy(true);
    setOutcome(null);
    const result = await client.query(MatchingQuery, { filter, orderBy, first: MAX_RECORDINGS_PER_EXPORT }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setOutcome({ text: result.error ? errorMessage(result.error) : 'The matching recordings could not be read.', error: true });
      return;
    }
    const found = result.data.recordings.edges.map((edge) => edge.node);
    onSelect(found);
    const total = result.data.recordings.totalCount;
    const more = total > found.length;
    setOutcome({
      text: more
        ? `Selected the first ${formatCount(found.length)} of ${formatTotal(total, result.data.recordings.totalCountIsExact)} matching recordings: one export takes at most ${MAX_RECORDINGS_PER_EXPORT}.`
        : `Selected all ${formatCount(found.length)} matching recordings.`,
      error: false,
    });
  }

  return (
    <div className="select-all-matching">
      <Button size="small" variant="ghost" busy={busy} onClick={() => void selectAll()} data-testid="select-all-matching">
        {label}
      </Button>
      <span className={outcome?.error ? 'error-text' : 'muted small'} role="status" data-testid="select-all-matching-outcome">
        {outcome?.text ?? ''}
      </span>
    </div>
  );
}
