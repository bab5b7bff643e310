import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Student } from '../../rules/types.ts';
import { PHOTO_BAR_LABELS, photoBar, studentLine } from './photo-consent.ts';

export interface StudentPickerProps {
  label: string;
  /** Students already tagged: not offered again. */
  exclude: ReadonlySet<string>;
  today: string;
  search(text: string): Promise<Student[]>;
  onPick(student: Student): Promise<void>;
}

const SHOWN = 8;

/**
 * Search-as-you-type over the roster (ARIA combobox): arrows move through the
 * matches, Enter tags the one highlighted, Escape closes the list. Only the
 * latest search's answer is shown.
 */
export function StudentPicker({ label, exclude, today, search, onPick }: StudentPickerProps) {
  const base = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Student[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [allTagged, setAllTagged] = useState(false);
  /** The text the shown matches are for; it lags `text` while a search is on its way. */
  const [shownFor, setShownFor] = useState('');
  const seq = useRef(0);
  const latest = useRef<Promise<Student[]>>(Promise.resolve([]));
  const listId = `${base}-list`;
  const optionId = (i: number) => `${base}-option-${i}`;

  const lookUp = (value: string) => {
    const mine = ++seq.current;
    if (!value.trim()) {
      setOpen(false);
      setResults([]);
      setShownFor(value);
      latest.current = Promise.resolve([]);
      return;
    }
    latest.current = search(value).then(
      (matches) => {
        const found = matches.filter((s) => !exclude.has(s.id)).slice(0, SHOWN);
        if (mine === seq.current) {
          setAllTagged(matches.length > 0 && found.length === 0);
          setResults(found);
          setShownFor(value);
          setActive(0);
          setOpen(true);
        }
        return found;
      },
      () => [],
    );
  };

  const pick = async (student: Student | undefined) => {
    if (!student) return;
    seq.current++;
    setOpen(false);
    setResults([]);
    setText('');
    await onPick(student);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        lookUp(text);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length ? (a + step + results.length) % results.length : 0));
    } else if (e.key === 'Enter' && shownFor !== text && text.trim()) {
      // Enter typed faster than the search answered: take the first match for the whole text, not a stale one.
      e.preventDefault();
      const asked = seq.current;
      void latest.current.then(async (found) => {
        if (seq.current === asked) await pick(found[0]);
      });
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      void pick(results[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && results.length > 0;
  return (
    <div className="picker">
      <label htmlFor={`${base}-input`}>{label}</label>
      <input
        id={`${base}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Start typing a name"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          lookUp(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={`Students matching “${text}”`} hidden={!expanded} className="options">
        {results.map((s, i) => {
          const { name, detail } = studentLine(s);
          const bar = photoBar(s, today);
          return (
            <li
              key={s.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={bar ? 'barred' : undefined}
              // Keeps focus in the input, so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void pick(s)}
            >
              <span className="student-name">{name}</span>
              {detail && <span className="hint"> · {detail}</span>}
              {bar && <span className="pill fail">{PHOTO_BAR_LABELS[bar]}</span>}
            </li>
          );
        })}
      </ul>
      {open && results.length === 0 && (
        <p className="hint" role="status">
          {allTagged ? `Everyone matching “${text.trim()}” is tagged already.` : `No student on the roster matches “${text.trim()}”.`}
        </p>
      )}
    </div>
  );
}
