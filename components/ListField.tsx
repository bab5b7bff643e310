import { useId } from 'react';

export interface ListFieldProps {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onChange(text: string): void;
}

/** A labelled text area for a list of entries, one a line. */
export function ListField({ label, hint, value, rows = 3, onChange }: ListFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
