import type { ReactNode } from 'react';

export interface NoticeProps {
  title: string;
  children?: ReactNode;
  /** The way forward: a button that does the next step. */
  action?: { label: string; onClick(): void };
  tone?: 'info' | 'warn' | 'error';
}

/** A plain message with a way forward, for the states where there is nothing to check yet. */
export function Notice({ title, children, action, tone = 'info' }: NoticeProps) {
  return (
    <section className={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-label={title}>
      <p className="notice-title">{title}</p>
      {children}
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
