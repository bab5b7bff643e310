import type { ClauseCitation } from '../rules/packs/index.ts';
import type { RuleId, Severity } from '../rules/types.ts';

export interface RuleRow {
  id: RuleId;
  title: string;
  protects: string;
  /** The procedure's own choice; undefined when the procedure does not cover the rule. */
  packSeverity?: Severity;
  enabledOverride?: boolean;
  severityOverride?: Severity;
  /** What will happen once saved. */
  enabled: boolean;
  severity: Severity;
  clauses: readonly ClauseCitation[];
  keywords: string;
}

export interface RuleTableProps {
  rows: readonly RuleRow[];
  onEnabled(id: RuleId, value: boolean | undefined): void;
  onSeverity(id: RuleId, value: Severity | undefined): void;
  onKeywords(id: RuleId, text: string): void;
}

const SEVERITY_WORDS: Record<Severity, string> = {
  block: 'Block (hold the post)',
  warn: 'Warn',
  info: 'Note only',
};

/** Procedures often share wording word for word; each quote is shown once, with every reference that carries it. */
function byQuote(clauses: readonly ClauseCitation[]): { quote: string; refs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of clauses) groups.set(c.quote, [...(groups.get(c.quote) ?? []), c.ref]);
  return [...groups].map(([quote, refs]) => ({ quote, refs: [...new Set(refs)] }));
}

function onOffValue(v: boolean | undefined): string {
  return v === undefined ? 'pack' : v ? 'on' : 'off';
}

export function RuleTable({ rows, onEnabled, onSeverity, onKeywords }: RuleTableProps) {
  return (
    <table className="rule-table">
      <caption>“Default” follows the district procedure chosen above; change a rule only where your school decides otherwise.</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Checked</th>
          <th scope="col">Severity</th>
          <th scope="col">Clause it cites</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-rule={r.id} data-enabled={r.enabled} data-severity={r.severity}>
            <th scope="row">
              <span className="rule-title">{r.title}</span>
              <span className="hint">{r.protects}</span>
              <label className="keywords">
                Extra words to flag for “{r.title}” (one a line)
                <textarea rows={2} value={r.keywords} onChange={(e) => onKeywords(r.id, e.target.value)} />
              </label>
            </th>
            <td>
              <select
                aria-label={`Checked: ${r.title}`}
                value={onOffValue(r.enabledOverride)}
                onChange={(e) => onEnabled(r.id, e.target.value === 'pack' ? undefined : e.target.value === 'on')}
              >
                <option value="pack">Default ({r.packSeverity ? 'on' : 'off'})</option>
                <option value="on">On</option>
                <option value="off">Off</option>
              </select>
            </td>
            <td>
              <select
                aria-label={`Severity: ${r.title}`}
                value={r.severityOverride ?? 'pack'}
                disabled={!r.enabled}
                onChange={(e) => onSeverity(r.id, e.target.value === 'pack' ? undefined : (e.target.value as Severity))}
              >
                <option value="pack">Default ({r.packSeverity ?? r.severity})</option>
                {(Object.keys(SEVERITY_WORDS) as Severity[]).map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_WORDS[s]}
                  </option>
                ))}
              </select>
            </td>
            <td className="clauses">
              {!r.enabled ? (
                <span className="hint">Not checked.</span>
              ) : r.clauses.length === 0 ? (
                <span className="hint">No clause on file.</span>
              ) : (
                <>
                  {r.packSeverity === undefined && (
                    <span className="hint">Not in this procedure; findings cite:</span>
                  )}
                  {byQuote(r.clauses).map((c) => (
                    <figure key={c.quote}>
                      <blockquote>{c.quote}</blockquote>
                      <figcaption>{c.refs.join(' · ')}</figcaption>
                    </figure>
                  ))}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
