import { useState } from 'react';

export interface RowError {
  line: number;
  reason: string;
}

const FIRST = 200;

/** Every row that will not be imported, with the line to look at in the file. */
export function RowErrors({ errors }: { errors: readonly RowError[] }) {
  const [all, setAll] = useState(false);
  if (errors.length === 0) return <p className="ok-note">Every row was read.</p>;
  const shown = all ? errors : errors.slice(0, FIRST);
  return (
    <div className="row-errors">
      <h4 id="row-errors-heading">
        {errors.length === 1 ? '1 row will be skipped' : `${errors.length} rows will be skipped`}
      </h4>
      <ul aria-labelledby="row-errors-heading" data-testid="roster-errors">
        {shown.map((e, i) => (
          <li key={i}>
            <span className="line">Line {e.line}:</span> {e.reason}
          </li>
        ))}
      </ul>
      {shown.length < errors.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {errors.length}
        </button>
      )}
    </div>
  );
}
