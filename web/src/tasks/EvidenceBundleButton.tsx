import { Button } from '../ui/Button';
import { evidenceBundleHref } from './evidence-bundle';

/**
 * Starts the download of an evidence bundle. A button rather than a link: it is an action on the
 * selected exports, and the browser streams the ZIP to disk as the server writes it.
 */
export function EvidenceBundleButton({
  taskIds,
  label,
  title,
  variant = 'ghost',
}: {
  taskIds: readonly string[];
  label: string;
  title?: string;
  variant?: 'ghost' | 'primary';
}) {
  function download() {
    const anchor = document.createElement('a');
    anchor.href = evidenceBundleHref(taskIds);
    anchor.download = '';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
  return (
    <Button size="small" variant={variant} title={title} disabled={taskIds.length === 0} onClick={download} data-testid="evidence-bundle-button">
      {label}
    </Button>
  );
}
