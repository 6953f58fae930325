import type { CombinedError } from 'urql';
import { errorCode, errorMessage } from '../api/errors';
import { Link } from '../navigation/router';
import { Button } from './Button';

export interface ErrorBannerProps {
  error: CombinedError;
  /** What the user tried, for the refusal text: "read the export audit". */
  action?: string;
  onRetry?: () => void;
}

/** Explains a failed request: a lost session, a refusal, or the server's own message. */
export function ErrorBanner({ error, action, onRetry }: ErrorBannerProps) {
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return (
      <div className="banner banner--warning" role="alert">
        <strong>Your session has ended.</strong> <Link to="/sign-in">Sign in again</Link> to continue.
      </div>
    );
  }
  if (code === 'FORBIDDEN') {
    return <PermissionDenied action={action} detail={errorMessage(error)} />;
  }
  return (
    <div className="banner banner--danger" role="alert">
      <span>{errorMessage(error)}</span>
      {onRetry && (
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

export function PermissionDenied({ action, detail }: { action?: string; detail?: string }) {
  return (
    <div className="banner banner--warning" role="alert">
      <span>
        <strong>You do not have permission{action ? ` to ${action}` : ''}.</strong>
        {detail ? ` ${detail}` : ' Ask an administrator for the role you need.'}
      </span>
    </div>
  );
}
