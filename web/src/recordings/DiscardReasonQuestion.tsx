import { useEffect, useId, useRef } from 'react';
import { Button } from '../ui/Button';

/**
 * Asked in the export dialog's footer when it is closed with a reason typed: the reason is lost
 * only on an explicit "Discard and close". Focus goes to "Keep editing", the safe answer, which
 * the question describes, so that screen readers read both.
 */
export function DiscardReasonQuestion({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="discard-question" data-testid="discard-reason">
      <span id={questionId} className="discard-question__text">
        Close and discard the reason you typed?
      </span>
      <Button ref={keep} onClick={onKeep} aria-describedby={questionId}>
        Keep editing
      </Button>
      <Button variant="danger" onClick={onDiscard} aria-describedby={questionId}>
        Discard and close
      </Button>
    </div>
  );
}
