import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  /** Called on Escape and on the close button. */
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  /** Blocks closing while an action runs. */
  busy?: boolean;
  wide?: boolean;
}

/** A modal on the native <dialog>: focus stays inside and the page behind is inert. */
export function Dialog({ title, onClose, children, footer, busy = false, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const latest = useRef({ onClose, busy });
  useEffect(() => {
    latest.current = { onClose, busy };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Where focus was after Escape was handled, to return it there if the browser closes anyway.
    let focusAfterCancel: Element | null = null;
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (!latest.current.busy) latest.current.onClose();
      focusAfterCancel = document.activeElement;
    };
    // Browsers close a modal anyway on a repeated Escape without a click in between (the cancel
    // event is then not cancelable): it stays open for as long as the page shows it.
    const onClosed = () => {
      if (dialog.open) return;
      dialog.showModal();
      if (focusAfterCancel instanceof HTMLElement && dialog.contains(focusAfterCancel)) focusAfterCancel.focus();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosed);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`dialog${wide ? ' dialog--wide' : ''}`} aria-labelledby={titleId}>
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" aria-label="Close" onClick={onClose} disabled={busy}>
          ×
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
