import type { ClauseCitation } from '../../rules/packs/index.ts';

/** Procedures share wording; each quote is shown once with every reference that carries it. */
function byQuote(clauses: readonly ClauseCitation[]): { quote: string; refs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of clauses) if (c.quote) groups.set(c.quote, [...new Set([...(groups.get(c.quote) ?? []), c.ref])]);
  return [...groups].map(([quote, refs]) => ({ quote, refs }));
}

/** The clauses something cites: their references at a glance, their words one click away. */
export function Clauses({ clauses }: { clauses: readonly ClauseCitation[] }) {
  if (clauses.length === 0) return null;
  const refs = [...new Set(clauses.map((c) => c.ref))].join(' · ');
  const quotes = byQuote(clauses);
  if (quotes.length === 0) return <p className="clauses">Cites {refs}</p>;
  return (
    <details className="clauses">
      <summary>Cites {refs}</summary>
      {quotes.map(({ quote, refs }) => (
        <blockquote key={quote}>
          <p>“{quote}”</p>
          <footer>{refs.join(' · ')}</footer>
        </blockquote>
      ))}
    </details>
  );
}
