import { useEffect, useId, useRef, useState } from 'react';

export interface ConfirmActionProps {
  /** The button that asks first, e.g. "Delete roster…". */
  label: string;
  /** What will happen, in plain words. */
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  disabled?: boolean;
  onConfirm(): void | Promise<void>;
}

/**
 * A destructive action that needs a second, explicit click. The question
 * stays in the page (no window.confirm) so it is read out and reachable by
 * keyboard; focus lands on the safe choice.
 */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel = 'Keep it', disabled, onConfirm }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" className="danger" ref={openerRef} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  const close = () => {
    setOpen(false);
    queueMicrotask(() => openerRef.current?.focus());
  };
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setOpen(false);
          }
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" ref={cancelRef} onClick={close}>
        {cancelLabel}
      </button>
    </div>
  );
}
