import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { FilePicker } from '../../components/FilePicker.tsx';
import { MappingTable, type MappingField } from '../../components/MappingTable.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { RosterCounts } from '../../components/RosterCounts.tsx';
import { RowErrors } from '../../components/RowErrors.tsx';
import { StatusLine, type Status } from '../../components/StatusLine.tsx';
import { StudentTable } from '../../components/StudentTable.tsx';
import { summarizeRoster, type ColumnMapping, type RosterParse, type StudentField } from '../../rules/roster/index.ts';
import type { Student } from '../../rules/types.ts';
import type { ImportRecord } from '../background/db/schema.ts';
import { expiryState } from './consent.ts';
import { download, fileBytes } from './files.ts';
import { checkRosterFile } from './read-roster-file.ts';
import type { RosterParser } from './roster-parser.ts';
import type { ProgressStage } from './roster-job.ts';

export const ROSTER_FIELDS: readonly MappingField<StudentField>[] = [
  { field: 'id', label: 'Student ID', required: true },
  { field: 'firstName', label: 'First name', required: true },
  { field: 'lastName', label: 'Last name' },
  { field: 'preferredName', label: 'Preferred name' },
  { field: 'grade', label: 'Grade' },
  { field: 'homeroom', label: 'Homeroom' },
  { field: 'photoConsent', label: 'Photo consent' },
  { field: 'nameConsent', label: 'Name consent' },
  { field: 'doNotPublish', label: 'Do not publish' },
  { field: 'consentExpires', label: 'Consent expires' },
];

const TEMPLATE =
  'student_id,first_name,last_name,preferred_name,grade,homeroom,photo_consent,name_consent,do_not_publish,consent_expires\r\n' +
  'S1001,Emma,Thompson,,4,4B,yes,first,no,2027-06-30\r\n';

const PREVIEW_ROWS = 10;

const STEPS = ['Choose the file', 'Check the columns and rows', 'Store the roster'];

const ACCEPT = '.csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a missing consent column means for every student, said before it is stored rather than discovered later. */
const WHEN_MISSING: Partial<Record<StudentField, string>> = {
  photoConsent: 'No photo-consent column is chosen: every student will count as having no photo consent.',
  nameConsent: 'No name-consent column is chosen: no student’s name may be used in a post.',
  doNotPublish: 'No do-not-publish column is chosen: no student will be marked do-not-publish.',
};

const STAGE_WORDS: Record<ProgressStage, [string, number]> = {
  reading: ['Reading', 0.2],
  checking: ['Checking the rows of', 0.6],
};

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; stage: ProgressStage | 'opening' }
  | { step: 'review'; fileName: string; readAs: string; parse: RosterParse; busy?: 'parsing' | 'saving' }
  | { step: 'stored' };

export interface RosterImportProps {
  currentCount: number;
  now: Date;
  /** A parser for one file; it also stores what it read, in one transaction. */
  createParser(): RosterParser;
  /** The roster was replaced by these students, as `record` says. */
  onStored(students: Student[], record: ImportRecord): Promise<void>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** An error's message, ready to sit mid-sentence. */
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');

export function RosterImport({ currentCount, now, createParser, onStored }: RosterImportProps) {
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [status, setStatus] = useState<Status>();
  const parser = useRef<RosterParser | undefined>(undefined);
  // Each mapping change bumps this; an answer for an older mapping is dropped.
  const generation = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => parser.current?.dispose(), []);

  const finish = (next: Status, step: 'choose' | 'stored' = 'choose') => {
    parser.current?.dispose();
    parser.current = undefined;
    generation.current++;
    setPhase({ step });
    setStatus(next);
  };

  const choose = async (file: File) => {
    const refusal = checkRosterFile(file.name, file.size);
    if (refusal) return finish({ kind: 'error', text: refusal });
    parser.current?.dispose();
    const mine = createParser();
    parser.current = mine;
    setStatus(undefined);
    setPhase({ step: 'reading', fileName: file.name, stage: 'opening' });
    let bytes: Uint8Array;
    try {
      bytes = await fileBytes(file);
    } catch {
      if (parser.current === mine) finish({ kind: 'error', text: `“${file.name}” could not be opened. Choose it again.` });
      return;
    }
    if (parser.current !== mine) return;
    const result = await mine.load(file.name, bytes, (stage) => {
      if (parser.current === mine) setPhase({ step: 'reading', fileName: file.name, stage });
    });
    if (parser.current !== mine) return;
    if (!result.ok) return finish({ kind: 'error', text: result.error });
    // Without column names there is nothing to map: the file itself is the problem.
    if (result.parse.headers.length === 0) {
      return finish({ kind: 'error', text: `“${file.name}” was not imported: ${result.parse.fileError ?? 'it holds no rows.'}` });
    }
    setPhase({ step: 'review', fileName: file.name, readAs: result.readAs, parse: result.parse });
    queueMicrotask(() => headingRef.current?.focus());
  };

  const remap = async (field: StudentField, column: number | undefined) => {
    if (phase.step !== 'review' || !parser.current) return;
    const mapping: ColumnMapping = { ...phase.parse.mapping };
    if (column === undefined) delete mapping[field];
    else mapping[field] = column;
    const mine = ++generation.current;
    setPhase({ ...phase, parse: { ...phase.parse, mapping }, busy: 'parsing' });
    try {
      const parse = await parser.current.parse(mapping);
      if (mine === generation.current) setPhase({ ...phase, parse, busy: undefined });
    } catch (err) {
      if (mine === generation.current) {
        finish({ kind: 'error', text: `The file could not be read again: ${reason(err)}.` });
      }
    }
  };

  const confirm = async () => {
    const mine = parser.current;
    if (phase.step !== 'review' || !mine) return;
    setPhase({ ...phase, busy: 'saving' });
    let record: ImportRecord;
    try {
      // The parser stores the rows it already holds: the page sends only the mapping the user checked.
      record = await mine.store(phase.parse.mapping);
    } catch (err) {
      setPhase({ ...phase, busy: undefined });
      setStatus({
        kind: 'error',
        text: `The roster was not replaced: ${reason(err)}. The previous roster is unchanged.`,
      });
      return;
    }
    await onStored(phase.parse.students, record);
    // A transition like the page's own update, so "Stored" never shows before the new count does.
    startTransition(() =>
      finish(
        {
          kind: 'ok',
          text:
            `Stored ${plural(record.counts.students, 'student', 'students')} from “${record.fileName}”.` +
            (record.rejectedCount ? ` ${plural(record.rejectedCount, 'row was', 'rows were')} skipped.` : ''),
        },
        'stored',
      ),
    );
  };

  const current = phase.step === 'stored' || (phase.step === 'review' && phase.busy === 'saving') ? 2 : phase.step === 'review' ? 1 : 0;
  const done = (i: number) => i < current || phase.step === 'stored';

  return (
    <section aria-labelledby="import-heading" className="wizard">
      <h3 id="import-heading">Import a roster</h3>
      <ol className="steps">
        {STEPS.map((label, i) => (
          <li key={label} aria-current={i === current ? 'step' : undefined} className={done(i) ? 'done' : undefined}>
            {label}
            {done(i) && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>

      {phase.step === 'choose' && (
        <>
          <FilePicker
            label="Roster file (.csv or .xlsx)"
            hint="The export from your student information system, or your spreadsheet of media-release forms. Nothing is stored until you confirm."
            accept={ACCEPT}
            testId="roster-file"
            onFile={(file) => void choose(file)}
          />
          <p className="hint">
            Starting from scratch?{' '}
            <button type="button" className="link" onClick={() => download('roster-template.csv', TEMPLATE, 'text/csv')}>
              Download the roster template
            </button>
          </p>
        </>
      )}

      {phase.step === 'reading' && (
        <div className="actions">
          <ProgressBar
            label={`${phase.stage === 'opening' ? 'Opening' : STAGE_WORDS[phase.stage][0]} “${phase.fileName}”…`}
            value={phase.stage === 'opening' ? 0.05 : STAGE_WORDS[phase.stage][1]}
          />
          <button type="button" onClick={() => finish({ kind: 'ok', text: 'Import cancelled. The roster was not changed.' })}>
            Cancel
          </button>
        </div>
      )}

      {phase.step === 'review' && (
        <Review
          phase={phase}
          now={now}
          currentCount={currentCount}
          headingRef={headingRef}
          onRemap={(field, column) => void remap(field, column)}
          onConfirm={() => void confirm()}
          onCancel={() => finish({ kind: 'ok', text: 'Import cancelled. The roster was not changed.' })}
        />
      )}
      <StatusLine status={status} />
      {phase.step === 'stored' && (
        <FilePicker
          label="Import another file (.csv or .xlsx)"
          hint="The roster just stored stays in use until you check the new file and confirm."
          accept={ACCEPT}
          testId="roster-file"
          onFile={(file) => void choose(file)}
        />
      )}
    </section>
  );
}

interface ReviewProps {
  phase: Extract<Phase, { step: 'review' }>;
  now: Date;
  currentCount: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRemap(field: StudentField, column: number | undefined): void;
  onConfirm(): void;
  onCancel(): void;
}

function Review({ phase, now, currentCount, headingRef, onRemap, onConfirm, onCancel }: ReviewProps) {
  const { parse, fileName, readAs, busy } = phase;
  const summary = summarizeRoster(parse.students, now);
  const n = parse.students.length;
  const canStore = !busy && !parse.fileError && n > 0;
  const missing = Object.entries(WHEN_MISSING).flatMap(([field, note]) =>
    parse.mapping[field as StudentField] === undefined ? [note] : [],
  );
  return (
    <>
      <h4 ref={headingRef} tabIndex={-1}>
        Check what was read from “{fileName}”
      </h4>
      <p className="hint">
        Read as {readAs}. {plural(n, 'student', 'students')} ready
        {parse.errors.length > 0 && `, ${plural(parse.errors.length, 'row', 'rows')} will be skipped`}.
      </p>
      {parse.fileError && (
        <p role="alert" className="status error">
          {parse.fileError}
        </p>
      )}

      <h4>Columns</h4>
      <p className="hint">Each field was matched to a column by its heading. Change any that are wrong; the rows are read again at once.</p>
      <MappingTable fields={ROSTER_FIELDS} headers={parse.headers} mapping={parse.mapping} disabled={busy === 'saving'} onChange={onRemap} />
      {busy === 'parsing' && <ProgressBar label="Reading the rows again with your columns…" />}
      {missing.length > 0 && (
        <ul className="notes">
          {missing.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}

      <h4>What will be stored</h4>
      <RosterCounts summary={summary} />
      {n > 0 && (
        <StudentTable
          caption={n > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} of ${n} students, as they will be stored` : 'The students, as they will be stored'}
          rows={parse.students.slice(0, PREVIEW_ROWS).map((student) => ({ student, expiry: expiryState(student, now) }))}
        />
      )}
      <RowErrors errors={parse.errors} />

      <div className="actions">
        <button type="button" className="primary" data-testid="roster-confirm" disabled={!canStore} onClick={onConfirm}>
          {phase.busy === 'saving'
            ? 'Storing…'
            : currentCount > 0
              ? `Replace the roster with ${plural(n, 'student', 'students')}`
              : `Store ${plural(n, 'student', 'students')}`}
        </button>
        <button type="button" disabled={busy === 'saving'} onClick={onCancel}>
          Cancel
        </button>
        {busy === 'saving' ? (
          <ProgressBar label="Storing the roster…" />
        ) : (
          currentCount > 0 && <span className="hint">The current roster of {currentCount} stays until you confirm.</span>
        )}
      </div>
    </>
  );
}
