import { useId } from 'react';
import type { ClauseCitation } from '../../rules/packs/index.ts';
import { Clauses } from './Clauses.tsx';

export interface ManualItem {
  id: string;
  label: string;
  clauses: readonly ClauseCitation[];
}

export interface ManualChecklistProps {
  items: readonly ManualItem[];
  ticked: ReadonlySet<string>;
  onToggle(id: string, ticked: boolean): void;
}

/** What only the person posting can confirm, each with the clause that asks it. */
export function ManualChecklist({ items, ticked, onToggle }: ManualChecklistProps) {
  const base = useId();
  if (items.length === 0) return <p className="quiet">The procedure in force asks nothing more of this post.</p>;
  return (
    <ul className="manual" data-testid="manual-checklist">
      {items.map((item) => {
        const id = `${base}-${item.id}`;
        const on = ticked.has(item.id);
        return (
          <li key={item.id} data-item={item.id} data-ticked={on}>
            <input id={id} type="checkbox" checked={on} onChange={(e) => onToggle(item.id, e.currentTarget.checked)} />
            <div>
              <label htmlFor={id}>{item.label}</label>
              <Clauses clauses={item.clauses} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
