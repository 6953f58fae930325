import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import { graphql, useFragment, type FragmentType } from '../gql';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { formatDateTime, formatDuration } from '../ui/format';
import { useExportsEnabled } from '../settings/useExportsEnabled';
import { whyExportIsDisabled } from './export-readiness';
import { newIdempotencyKey } from './idempotency-key';
import { DEFAULT_RENDER_OPTIONS, RenderExportFields, type RenderOptions } from './RenderExportFields';
import { isValidReason, REASON_MAX_LENGTH, REASON_MIN_LENGTH, reasonLength } from './reason';
import { DiscardReasonQuestion } from './DiscardReasonQuestion';
import './export-dialog.css';

const RecordingFragment = graphql(`
  fragment ExportDialog_Recording on Recording {
    id
    userName
    serverName
    startedAt
    durationSeconds
    restricted
    kind
  }
`);

const ExportRecordingsMutation = graphql(`
  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {
    exportRecordings(input: $input) {
      tasks {
        id
        status
        requestedAt
      }
    }
  }
`);

export interface ExportDialogProps {
  recordings: FragmentType<typeof RecordingFragment>[];
  onClose(): void;
  /** Called with the number of export tasks the server created. */
  onExported(taskCount: number): void;
}

/**
 * Asks for the reason and requests one export task per recording. The idempotency key lives as
 * long as the dialog, so a double click or a retry after a lost response cannot create the
 * tasks twice. Focus starts in the reason; closing with a typed reason (Escape, ×, Close) asks
 * before discarding it, and why Export is disabled is said beside the button.
 */
export function ExportDialog({ onClose, onExported, ...props }: ExportDialogProps) {
  const recordings = useFragment(RecordingFragment, props.recordings);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [renderOptions, setRenderOptions] = useState<RenderOptions>(DEFAULT_RENDER_OPTIONS);
  const hasTerminal = recordings.some((r) => r.kind === 'TERMINAL');
  const hasGuacamole = recordings.some((r) => r.kind === 'GUACAMOLE');
  const [{ fetching, error }, exportRecordings] = useMutation(ExportRecordingsMutation);
  const submitting = useRef(false);
  const reasonId = useId();
  const hintId = useId();
  const countId = useId();
  const whyId = useId();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const exportsEnabled = useExportsEnabled();

  // Runs after Dialog's own effect has opened the modal (which focuses its first control).
  useEffect(() => reasonField.current?.focus(), []);

  const length = reasonLength(reason);
  const valid = isValidReason(reason);
  const whyDisabled = whyExportIsDisabled({ reason, selectedCount: recordings.length, exportsEnabled });
  const canSubmit = valid && whyDisabled === null && !fetching;

  /** Closing loses the typed reason: a reason with anything in it is discarded only when the user says so. */
  function requestClose() {
    if (reason.trim() === '') onClose();
    else setAskingToDiscard(true);
  }

  function keepEditing() {
    setAskingToDiscard(false);
    reasonField.current?.focus();
  }

  async function submit() {
    if (!canSubmit || submitting.current) return;
    submitting.current = true;
    try {
      const result = await exportRecordings({
        input: { recordingIds: recordings.map((r) => r.id), reason: reason.trim(), idempotencyKey, ...((hasTerminal || hasGuacamole) && { renderOptions }) },
      });
      if (result.data) onExported(result.data.exportRecordings.tasks.length);
    } finally {
      submitting.current = false;
    }
  }

  const count = recordings.length;
  return (
    <Dialog
      title={`Export ${count} recording${count === 1 ? '' : 's'}`}
      // A second Escape while the question is asked keeps the reason: the safe answer.
      onClose={askingToDiscard ? keepEditing : requestClose}
      busy={fetching}
      wide
      footer={
        askingToDiscard ? (
          <DiscardReasonQuestion onKeep={keepEditing} onDiscard={onClose} />
        ) : (
          <>
            {whyDisabled && !fetching && (
              <span id={whyId} className="dialog__why" data-testid="export-disabled-why">
                {whyDisabled}
              </span>
            )}
            <Button onClick={requestClose} disabled={fetching}>
              Close
            </Button>
            <Button
              variant="primary"
              type="submit"
              form={`${reasonId}-form`}
              disabled={!canSubmit}
              busy={fetching}
              aria-describedby={whyDisabled && !fetching ? whyId : undefined}
            >
              Export
            </Button>
          </>
        )
      }
    >
      <p className="dialog__lead">
        Each recording becomes one export task that produces an MP4 file. The reason is stored with every task and in the export audit.
      </p>
      <ul className="selected-recordings" aria-label="Recordings to export">
        {recordings.map((r) => (
          <li key={r.id} className="selected-recordings__item">
            <span className="selected-recordings__main">
              {r.userName} on {r.serverName}
            </span>
            <span className="muted">
              {formatDateTime(r.startedAt)} · {formatDuration(r.durationSeconds)}
            </span>
            {r.restricted && <span className="restricted-marker">Restricted</span>}
          </li>
        ))}
      </ul>
      <form
        id={`${reasonId}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={reasonId} className="field__label">
            Reason <span className="required">(required)</span>
          </label>
          <textarea
            ref={reasonField}
            id={reasonId}
            className={`input textarea${touched && !valid ? ' input--invalid' : ''}`}
            rows={5}
            value={reason}
            required
            aria-required="true"
            aria-invalid={touched && !valid}
            aria-describedby={`${hintId} ${countId}`}
            placeholder="Why are these recordings exported? For example: case number and requesting authority."
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(true)}
            disabled={fetching}
          />
          <div className="field__meta">
            <span id={hintId} className="muted">
              At least {REASON_MIN_LENGTH} visible characters, at most {REASON_MAX_LENGTH}
            </span>
            <span id={countId} className={`char-count${length > REASON_MAX_LENGTH ? ' char-count--over' : ''}`} aria-live="polite">
              {length} / {REASON_MAX_LENGTH}
            </span>
          </div>
        </div>
        {(hasTerminal || hasGuacamole) && (
          <RenderExportFields value={renderOptions} onChange={setRenderOptions} disabled={fetching} terminal={hasTerminal} guacamole={hasGuacamole} />
        )}
      </form>
      {error && (
        <div className="banner banner--danger" role="alert">
          {errorMessage(error)}
        </div>
      )}
    </Dialog>
  );
}
