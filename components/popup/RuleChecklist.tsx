import type { RuleId } from '../../rules/types.ts';

export interface ChecklistLine {
  rule: RuleId;
  title: string;
  state: 'pass' | 'fail' | 'manual';
  note: string;
}

const MARKS: Record<ChecklistLine['state'], { icon: string; word: string }> = {
  pass: { icon: '✓', word: 'Passed' },
  fail: { icon: '✗', word: 'Found a problem' },
  manual: { icon: '?', word: 'Needs you' },
};

/** One line per rule in force: passed, failed with its finding, or waiting on what only a person can tell. */
export function RuleChecklist({ lines }: { lines: readonly ChecklistLine[] }) {
  return (
    <ul className="checklist" data-testid="checklist">
      {lines.map((line) => {
        const mark = MARKS[line.state];
        return (
          <li key={line.rule} data-rule={line.rule} data-state={line.state} className={`check ${line.state}`}>
            <span className="check-icon" aria-hidden="true">
              {mark.icon}
            </span>
            <span className="check-body">
              <span className="check-title">
                {line.title}
                <span className={`pill ${line.state}`}>{mark.word}</span>
              </span>
              {line.state !== 'pass' && <span className="check-note">{line.note}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
