import { useId, useState } from 'react';
import type { FindingMessage } from '../../entrypoints/background/messages.ts';
import type { ImageMeta, RuleId, Severity } from '../../rules/types.ts';
import { parseClauses } from '../../rules/packs/clause-text.ts';
import { Clauses } from './Clauses.tsx';

export const SEVERITY_GROUPS: { severity: Severity; heading: string }[] = [
  { severity: 'block', heading: 'Holds the post' },
  { severity: 'warn', heading: 'Warnings' },
  { severity: 'info', heading: 'Notes' },
];

export interface FindingListProps {
  findings: readonly FindingMessage[];
  titles: Partial<Record<RuleId, string>>;
  images: readonly ImageMeta[];
  /** Scrolls the page's composer to a finding's text; resolves false when the page could not. */
  onShow(finding: FindingMessage): Promise<boolean>;
}

type Shown = 'shown' | 'missing';

/** The draft's findings, worst first, each with what is wrong, the clause it cites and a way to find it in the post. */
export function FindingList({ findings, titles, images, onShow }: FindingListProps) {
  const base = useId();
  const [shown, setShown] = useState<Record<number, Shown>>({});
  if (findings.length === 0) return <p className="quiet">No findings: nothing in the text or the images goes against the procedure.</p>;
  const indexed = findings.map((finding, index) => ({ finding, index }));
  return (
    <div className="findings">
      {SEVERITY_GROUPS.map(({ severity, heading }) => {
        const group = indexed.filter(({ finding }) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `${base}-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} className={`finding-group ${severity}`}>
            <h3 id={headingId}>
              {heading} ({group.length})
            </h3>
            <ul>
              {group.map(({ finding, index }) => {
                const messageId = `${base}-finding-${index}`;
                const image = finding.image !== undefined ? images[finding.image] : undefined;
                const inText = finding.start !== undefined && finding.end !== undefined;
                return (
                  <li key={index} data-rule={finding.rule} data-severity={finding.severity}>
                    <p className="finding-rule">
                      {titles[finding.rule] ?? finding.rule}
                      {image && finding.image !== undefined && (
                        <span className="finding-image">
                          {' '}
                          · photo {finding.image + 1} ({image.name})
                        </span>
                      )}
                    </p>
                    <p id={messageId}>{finding.message}</p>
                    <Clauses clauses={parseClauses(finding.clause)} />
                    {inText && (
                      <p className="finding-show">
                        <button
                          type="button"
                          className="link"
                          aria-describedby={messageId}
                          onClick={async () => {
                            const ok = await onShow(finding);
                            setShown((s) => ({ ...s, [index]: ok ? 'shown' : 'missing' }));
                          }}
                        >
                          Show in composer
                        </button>
                        <span role="status" className="hint">
                          {shown[index] === 'shown' && 'Highlighted in the post box.'}
                          {shown[index] === 'missing' && 'Open the post box in the page to see it.'}
                        </span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
