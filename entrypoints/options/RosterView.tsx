import { useId, useMemo, useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { StudentTable, type StudentRow } from '../../components/StudentTable.tsx';
import type { Student } from '../../rules/types.ts';
import { nameWords } from '../background/db/student-keys.ts';
import { displayName, expiryOn, mustNotAppear } from './consent.ts';

export const PAGE_SIZE = 50;
/** The "never in a post" list is read, not browsed; past this many, the filter below is the better tool. */
const NEVER_SHOWN = 300;

const FILTERS = {
  all: { label: 'All students', keep: () => true },
  'no-photo': { label: 'No photo consent', keep: (r: StudentRow) => !r.student.photoConsent },
  'name-none': { label: 'Name not to be used', keep: (r: StudentRow) => r.student.nameConsent === 'none' },
  'do-not-publish': { label: 'Do not publish', keep: (r: StudentRow) => r.student.doNotPublish },
  expiring: {
    label: 'Consent expired or ending within 30 days',
    keep: (r: StudentRow) => r.expiry === 'expired' || r.expiry === 'expiring',
  },
} satisfies Record<string, { label: string; keep(r: StudentRow): boolean }>;
type FilterId = keyof typeof FILTERS;

const byName = new Intl.Collator();

// Made on the first search, not for every student each time a 10,000-student roster is shown.
const wordsOf = new WeakMap<Student, string[]>();
function searchWords(s: Student): string[] {
  let words = wordsOf.get(s);
  if (!words) wordsOf.set(s, (words = nameWords([s.firstName, s.lastName, s.preferredName ?? ''].join(' '))));
  return words;
}

export interface RosterViewProps {
  students: readonly Student[];
  now: Date;
  onDelete(): Promise<void>;
}

export function RosterView({ students, now, onDelete }: RosterViewProps) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [page, setPage] = useState(0);
  const searchId = useId();
  const filterId = useId();

  const sorted = useMemo<StudentRow[]>(() => {
    const expiry = expiryOn(now);
    return [...students]
      .sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName))
      .map((student) => ({ student, expiry: expiry(student) }));
  }, [students, now]);
  const never = useMemo(
    () =>
      sorted.flatMap(({ student, expiry }) => {
        const why = mustNotAppear(student, expiry);
        return why ? [{ student, why }] : [];
      }),
    [sorted],
  );
  const expiringSoon = useMemo(() => sorted.filter((r) => r.expiry === 'expiring').length, [sorted]);

  const matches = useMemo(() => {
    const wanted = nameWords(query);
    const id = query.trim().toLowerCase();
    const keep = FILTERS[filter].keep;
    if (filter === 'all' && wanted.length === 0) return sorted;
    return sorted.filter(
      (r) =>
        keep(r) &&
        (wanted.length === 0 ||
          r.student.id.toLowerCase() === id ||
          wanted.every((w) => searchWords(r.student).some((sw) => sw.startsWith(w)))),
    );
  }, [sorted, query, filter]);

  if (students.length === 0) {
    return <p className="empty">No roster is stored yet. Import one above; until then PostGuard cannot recognise students’ names.</p>;
  }

  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = matches.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <>
      <section aria-labelledby="never-heading" className="never">
        <h3 id="never-heading">Never in a post</h3>
        {never.length === 0 ? (
          <p>Every student on the roster has some consent on file.</p>
        ) : (
          <>
            <p>
              {never.length === 1
                ? 'This student must not appear in any post, by name or in a photo:'
                : `These ${never.length} students must not appear in any post, by name or in a photo:`}
            </p>
            <ul data-testid="never-list">
              {never.slice(0, NEVER_SHOWN).map(({ student, why }) => (
                <li key={student.id}>
                  <strong>{displayName(student)}</strong>
                  {student.homeroom && ` (${student.homeroom})`} — {why}
                </li>
              ))}
            </ul>
            {never.length > NEVER_SHOWN && (
              <p className="hint">…and {never.length - NEVER_SHOWN} more: choose “Do not publish” below to see them all.</p>
            )}
          </>
        )}
        {expiringSoon > 0 && (
          <p className="warning">
            {expiringSoon === 1 ? '1 student’s consent ends' : `${expiringSoon} students’ consent ends`} within the next 30 days.
            Ask the families to renew it, then import the updated roster.
          </p>
        )}
      </section>

      <section aria-labelledby="students-heading">
        <h3 id="students-heading">Students</h3>
        <div className="filters" role="search">
          <div className="field">
            <label htmlFor={searchId}>Search by name or student ID</label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={filterId}>Show</label>
            <select
              id={filterId}
              value={filter}
              onChange={(e) => {
                setFilter(e.target.value as FilterId);
                setPage(0);
              }}
            >
              {(Object.keys(FILTERS) as FilterId[]).map((id) => (
                <option key={id} value={id}>
                  {FILTERS[id].label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {matches.length === 0 ? (
          <p role="status">No student matches.</p>
        ) : (
          <>
            <StudentTable
              caption={`Showing ${current * PAGE_SIZE + 1}–${current * PAGE_SIZE + shown.length} of ${matches.length} students`}
              rows={shown}
            />
            {pages > 1 && (
              <nav className="pager" aria-label="Pages of students">
                <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                  Previous
                </button>
                <span>
                  Page {current + 1} of {pages}
                </span>
                <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                  Next
                </button>
              </nav>
            )}
          </>
        )}
        <div className="actions">
          <ConfirmAction
            label="Delete roster…"
            question={`Delete all ${students.length} students from PostGuard? Posts will no longer be checked for students’ names until you import a roster again.`}
            confirmLabel="Delete roster"
            onConfirm={onDelete}
          />
        </div>
      </section>
    </>
  );
}
