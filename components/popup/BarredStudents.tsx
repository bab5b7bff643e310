import { useId, useState } from 'react';
import type { Student } from '../../rules/types.ts';
import { PHOTO_BAR_LABELS, photoBar, studentLine, type PhotoBar } from './photo-consent.ts';

export interface BarredStudentsProps {
  /** The whole roster; filtered here by what each student's consent allows today. */
  load(): Promise<Student[]>;
  today: string;
}

type State = { kind: 'closed' } | { kind: 'loading' } | { kind: 'open'; students: { s: Student; bar: PhotoBar }[] } | { kind: 'error'; message: string };

/** On demand: the students who must not appear in any image (do-not-publish, no photo consent, consent expired). */
export function BarredStudents({ load, today }: BarredStudentsProps) {
  const listId = useId();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const open = state.kind === 'open' || state.kind === 'error';

  const toggle = async () => {
    if (open) {
      setState({ kind: 'closed' });
      return;
    }
    setState({ kind: 'loading' });
    try {
      const students = (await load())
        .flatMap((s) => {
          const bar = photoBar(s, today);
          return bar ? [{ s, bar }] : [];
        })
        .sort((a, b) => a.s.lastName.localeCompare(b.s.lastName) || a.s.firstName.localeCompare(b.s.firstName));
      setState({ kind: 'open', students });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : 'The roster could not be read.' });
    }
  };

  return (
    <div className="barred-list">
      <button type="button" className="link" aria-expanded={open} aria-controls={listId} onClick={() => void toggle()}>
        {open ? 'Hide the students who must not appear in photos' : 'Who must not appear in any photo?'}
      </button>
      <div id={listId} hidden={!open}>
        {state.kind === 'error' && <p role="alert">{state.message}</p>}
        {state.kind === 'open' && (
          <>
            <p role="status">
              {state.students.length === 0
                ? 'Every student on the roster may appear in photos.'
                : `${state.students.length} ${state.students.length === 1 ? 'student' : 'students'} must not appear in any photo:`}
            </p>
            <ul data-testid="barred-students">
              {state.students.map(({ s, bar }) => {
                const { name, detail } = studentLine(s);
                return (
                  <li key={s.id} data-student={s.id}>
                    <span className="student-name">{name}</span>
                    {detail && <span className="hint"> · {detail}</span>}
                    <span className="pill fail">{PHOTO_BAR_LABELS[bar]}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
