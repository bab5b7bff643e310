import { useId, useState, type DragEvent } from 'react';

export interface FilePickerProps {
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  testId?: string;
  onFile(file: File): void;
}

/** A file input that also takes a file dropped anywhere on its box. */
export function FilePicker({ label, hint, accept, disabled, testId, onFile }: FilePickerProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still reads it.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}
