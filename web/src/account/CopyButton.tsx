import { useState } from 'react';
import { Button } from '../ui/Button';

/** Copies a text to the clipboard and says so. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Without clipboard access (an insecure origin), the text stays selectable on screen.
      setState('failed');
    }
  }
  return (
    <span className="copy-button">
      <Button size="small" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="muted">
        {state === 'copied' ? ' Copied.' : state === 'failed' ? ' Copying is not allowed here; select the text and copy it.' : ''}
      </span>
    </span>
  );
}
