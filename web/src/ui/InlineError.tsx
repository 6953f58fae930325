import type { CombinedError } from 'urql';
import { errorMessage } from '../api/errors';

/**
 * The error of a small action (a form, a button) beside it, announced to screen readers. Renders
 * nothing without an error. `inline` for use inside a line of text or a table cell.
 */
export function InlineError({ error, inline = false }: { error: CombinedError | undefined; inline?: boolean }) {
  if (!error) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="error-text" role="alert">
      {errorMessage(error)}
    </Tag>
  );
}
