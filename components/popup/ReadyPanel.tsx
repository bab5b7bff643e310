import { useState } from 'react';

export interface ReadyPanelProps {
  /** What is left before the post is ready, in the order to deal with it. */
  left: readonly { key: string; text: string }[];
  /** Warnings still shown; they do not hold the post. */
  warnings: number;
}

/** Enough to see what comes first without pushing the findings out of a small popup. */
const SHOWN = 3;

/** The one-glance answer: ready to post, or what is left. */
export function ReadyPanel({ left, warnings }: ReadyPanelProps) {
  const [all, setAll] = useState(false);
  const ready = left.length === 0;
  const shown = all ? left : left.slice(0, SHOWN);
  return (
    <section
      className={`ready ${ready ? 'yes' : 'no'}`}
      data-testid="ready"
      data-ready={ready}
      aria-labelledby="ready-heading"
      aria-live="polite"
    >
      <h2 id="ready-heading">{ready ? '✓ Ready to post' : `Not ready yet: ${left.length} ${left.length === 1 ? 'thing' : 'things'} left`}</h2>
      {ready ? (
        <p>
          Nothing holds this post and every item of the checklist is ticked.
          {warnings > 0 && ` ${warnings} ${warnings === 1 ? 'warning is' : 'warnings are'} still worth a look.`}
        </p>
      ) : (
        <>
          <ol id="ready-left">
            {shown.map((l) => (
              <li key={l.key}>{l.text}</li>
            ))}
          </ol>
          {left.length > SHOWN && (
            <button type="button" className="link" aria-expanded={all} aria-controls="ready-left" onClick={() => setAll((a) => !a)}>
              {all ? 'Show the first few only' : `Show all ${left.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
