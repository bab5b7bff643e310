export interface ProgressBarProps {
  label: string;
  /** 0–1; absent while the amount of work is unknown. */
  value?: number;
}

export function ProgressBar({ label, value }: ProgressBarProps) {
  return (
    <div className="progress">
      <span id="progress-label">{label}</span>
      <progress aria-labelledby="progress-label" max={1} value={value} />
    </div>
  );
}
