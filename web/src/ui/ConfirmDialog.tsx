import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CombinedError } from 'urql';
import { errorMessage } from '../api/errors';
import { Button } from './Button';
import { Dialog } from './Dialog';

/** What a confirmed change returns: urql's mutation result has this shape. */
export interface ConfirmResult {
  error?: CombinedError;
}

export interface ConfirmDialogProps {
  /** A question naming the change: "Grant Administrator to dana?". */
  title: string;
  /** The consequence in words: who gains or loses what. */
  children: ReactNode;
  /** Names the action, never "OK": "Grant Administrator". */
  confirmLabel: string;
  /** `danger` for changes that take something away or hide something. */
  tone?: 'primary' | 'danger';
  /** Runs the change. The dialog stays open, busy, until it settles, and shows the server's error. */
  onConfirm(): Promise<ConfirmResult | undefined>;
  /** Called after the change succeeded; the caller closes the dialog and shows it saved. */
  onDone(): void;
  /** Called on Cancel, the close button and Escape; nothing has changed. */
  onCancel(): void;
}

/**
 * The one confirmation for privileged changes. Focus starts on Cancel, the safe choice; while the
 * change runs the dialog cannot be closed, and a refusal is shown inside it so the user can retry
 * or cancel.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'primary', onConfirm, onDone, onCancel }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);

  // Runs after Dialog's own effect has opened the modal, which focuses its first control.
  useEffect(() => {
    mounted.current = true;
    cancelRef.current?.focus();
    return () => {
      mounted.current = false;
    };
  }, []);

  async function confirm() {
    setBusy(true);
    setError(null);
    let failure: string | null = null;
    try {
      const result = await onConfirm();
      if (result?.error) failure = errorMessage(result.error);
    } catch (thrown) {
      failure = thrown instanceof Error ? thrown.message : String(thrown);
    }
    if (!mounted.current) return;
    setBusy(false);
    if (failure) {
      setError(failure);
      // Both buttons were disabled while busy, which dropped focus: give it back to the safe choice.
      requestAnimationFrame(() => cancelRef.current?.focus());
    } else onDone();
  }

  // In the body, not where it is asked for (often a table cell): it takes none of that place's styles.
  return createPortal(
    <Dialog
      title={title}
      onClose={onCancel}
      busy={busy}
      footer={
        <>
          <Button ref={cancelRef} onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant={tone} busy={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-dialog__consequence">{children}</div>
      {error && (
        <p className="banner banner--danger" role="alert">
          {error}
        </p>
      )}
    </Dialog>,
    document.body,
  );
}

/**
 * The visible "saved" state after a confirmed change: a small status beside the control, always
 * in the page so that screen readers announce the word when it appears.
 */
export function SavedStatus({ saved, label = 'Saved' }: { saved: boolean; label?: string }) {
  return (
    <span className="saved-status" role="status">
      {saved ? `✓ ${label}` : ''}
    </span>
  );
}

/**
 * A pending confirmation and the saved state it leads to. `ask(request)` opens the dialog;
 * `dialog` renders it (or nothing); `saved` turns true after the change succeeded and false when
 * the next one is asked for.
 */
export interface ConfirmRequest {
  title: string;
  consequence: ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  run(): Promise<ConfirmResult | undefined>;
  /** After success, before the dialog closes (e.g. refetch). */
  after?(): void;
}

export function useConfirm(): { ask(request: ConfirmRequest): void; dialog: ReactNode; saved: boolean } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [saved, setSaved] = useState(false);
  const dialog = request ? (
    <ConfirmDialog
      title={request.title}
      confirmLabel={request.confirmLabel}
      tone={request.tone}
      onConfirm={request.run}
      onCancel={() => setRequest(null)}
      onDone={() => {
        request.after?.();
        setRequest(null);
        setSaved(true);
      }}
    >
      {request.consequence}
    </ConfirmDialog>
  ) : null;
  return {
    ask(next) {
      setSaved(false);
      setRequest(next);
    },
    dialog,
    saved,
  };
}
