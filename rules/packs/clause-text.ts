import type { ClauseCitation } from './types.ts';

/**
 * A finding carries its clauses as one string (the CLI contract):
 * `ref: “quote” · ref: “quote”`. These two functions are the only places that
 * know that format; the popup and the overlay parse it back to show the
 * references at a glance and the words on demand.
 */
const SEPARATOR = ' · ';

export function formatClauses(clauses: readonly ClauseCitation[]): string {
  return clauses.map((c) => `${c.ref}: “${c.quote}”`).join(SEPARATOR);
}

export function parseClauses(text: string): ClauseCitation[] {
  return text
    .split(SEPARATOR)
    .filter(Boolean)
    .map((part) => {
      const m = /^(.+?): “([\s\S]*)”$/.exec(part);
      return m ? { ref: m[1] as string, quote: m[2] as string } : { ref: part, quote: '' };
    });
}
