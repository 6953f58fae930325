import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import { Link } from '../navigation/router';
import { notifyInBrowser } from './browser-notifications';
import { type OutcomeNotice, outcomeNotice, SeenKeys } from './task-outcome';
import './notifications.css';

const TaskOutcomeSubscription = graphql(`
  subscription TaskNotifications_TaskUpdated {
    taskUpdated {
      id
      status
      error
      recording {
        id
        userName
        serverName
      }
      requestedBy {
        id
      }
    }
  }
`);

/** Long enough to read two sentences; failures stay until dismissed. */
const SUCCESS_TOAST_MS = 12_000;
const MAX_TOASTS = 4;

/**
 * Tells the signed-in user, on whichever page they are, when one of their exports completes or
 * fails: a toast in the page, and a browser notification when they turned those on and the page
 * is in the background. Mounted once in the app shell.
 */
export function TaskNotifications({ userId }: { userId: string }) {
  const client = useClient();
  const [toasts, setToasts] = useState<OutcomeNotice[]>([]);
  const seen = useRef(new SeenKeys());

  useEffect(() => {
    const subscription = client.subscription(TaskOutcomeSubscription, {}).subscribe((event) => {
      const task = event.data?.taskUpdated;
      if (!task) return;
      const notice = outcomeNotice(task, userId);
      if (!notice || !seen.current.firstTime(notice.key)) return;
      setToasts((current) => [...current, notice].slice(-MAX_TOASTS));
      notifyInBrowser(notice.title, notice.body, notice.key);
    });
    return () => subscription.unsubscribe();
  }, [client, userId]);

  const dismiss = (key: string) => setToasts((current) => current.filter((t) => t.key !== key));

  return (
    <section className="toasts" aria-label="Export notifications">
      {/* Always in the page, so that screen readers announce what is added to it. */}
      <div aria-live="polite" className="toasts__list">
        {toasts.map((toast) => (
          <Toast key={toast.key} toast={toast} onDismiss={() => dismiss(toast.key)} />
        ))}
      </div>
    </section>
  );
}

function Toast({ toast, onDismiss }: { toast: OutcomeNotice; onDismiss(): void }) {
  const latest = useRef(onDismiss);
  latest.current = onDismiss;
  useEffect(() => {
    if (toast.tone !== 'success') return;
    const timer = setTimeout(() => latest.current(), SUCCESS_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.tone]);
  return (
    <div className={`toast toast--${toast.tone}`} data-testid="toast">
      <div className="toast__text">
        <strong>{toast.title}</strong>
        <span>{toast.body}</span>
        <Link to="/tasks" onClick={onDismiss}>
          Open the Tasks page
        </Link>
      </div>
      <button type="button" className="toast__close" aria-label={`Dismiss: ${toast.title}`} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
