import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

export function StatusBadge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
