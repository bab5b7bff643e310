import {
  parseRosterCsv,
  parseRosterRows,
  STUDENT_FIELDS,
  type ColumnMapping,
  type RosterParse,
} from '../../rules/roster/index.ts';
import type { Repository } from '../background/db/repository.ts';
import type { ImportMeta, ImportRecord } from '../background/db/schema.ts';
import { readRosterSource, type RosterSource } from './read-roster-file.ts';

/** The steps of importing a roster, the same whether they run in the parse worker or on the page. */

export type LoadResult = { ok: true; parse: RosterParse; readAs: string } | { ok: false; error: string };

export type ProgressStage = 'reading' | 'checking';

/** Where a roster is written: the repository, which checks every student and replaces the roster in one transaction. */
export type RosterStore = Pick<Repository, 'replaceRoster'>;

const sameMapping = (a: ColumnMapping, b: ColumnMapping) => STUDENT_FIELDS.every((f) => a[f] === b[f]);

/** What the import record keeps about the file: its name, its rows, and which column each field came from. */
export function importMeta(fileName: string, parse: RosterParse): ImportMeta {
  const mapping: Record<string, string> = {};
  for (const [field, column] of Object.entries(parse.mapping)) {
    if (column !== undefined) mapping[field] = parse.headers[column]?.trim() || `Column ${column + 1}`;
  }
  return {
    fileName,
    rowCount: parse.students.length + parse.errors.length,
    rejectedCount: parse.errors.length,
    mapping,
  };
}

export class RosterJob {
  private source: RosterSource | undefined;
  private fileName = '';
  private latest: RosterParse | undefined;

  async load(name: string, bytes: Uint8Array, progress: (stage: ProgressStage) => void | Promise<void>): Promise<LoadResult> {
    await progress('reading');
    const read = await readRosterSource(name, bytes);
    if (!read.ok) return read;
    this.source = read.source;
    this.fileName = name;
    await progress('checking');
    return { ok: true, parse: this.parse(), readAs: read.readAs };
  }

  /** Reads the loaded file again with another column mapping (undefined: detect it). */
  parse(mapping?: ColumnMapping): RosterParse {
    if (!this.source) throw new Error('No roster file is loaded.');
    this.latest =
      this.source.kind === 'csv' ? parseRosterCsv(this.source.text, { mapping }) : parseRosterRows(this.source.rows, { mapping });
    return this.latest;
  }

  /**
   * Stores the students read with `mapping`, the columns the user reviewed.
   * The parse that produced the review is reused, so 10,000 rows are not read
   * a second time; a file that gave no students never clears the roster.
   */
  async store(mapping: ColumnMapping, repository: RosterStore): Promise<ImportRecord> {
    const parse = this.latest && sameMapping(this.latest.mapping, mapping) ? this.latest : this.parse(mapping);
    if (parse.fileError) throw new Error(parse.fileError);
    if (parse.students.length === 0) throw new Error('The file holds no students to store.');
    return repository.replaceRoster(parse.students, importMeta(this.fileName, parse));
  }
}

export type WorkerRequest =
  | { id: number; type: 'load'; name: string; bytes: ArrayBuffer }
  | { id: number; type: 'parse'; mapping: ColumnMapping }
  | {
      id: number;
      type: 'store';
      mapping: ColumnMapping;
      /** The IndexedDB the page reads, so the page and the worker see the same roster. */
      database: string;
    };

export type WorkerReply =
  | { id: number; type: 'progress'; stage: ProgressStage }
  | { id: number; type: 'loaded'; result: LoadResult }
  | { id: number; type: 'parsed'; parse: RosterParse }
  | { id: number; type: 'stored'; record: ImportRecord }
  | { id: number; type: 'failed'; error: string };

/**
 * The parse worker's side of the conversation: one request in, progress and
 * one answer out. `open` gives the repository over a database, by name.
 */
export async function answer(
  job: RosterJob,
  req: WorkerRequest,
  reply: (message: WorkerReply) => void,
  open: (database: string) => RosterStore,
): Promise<void> {
  try {
    if (req.type === 'load') {
      const result = await job.load(req.name, new Uint8Array(req.bytes), (stage) => reply({ id: req.id, type: 'progress', stage }));
      reply({ id: req.id, type: 'loaded', result });
    } else if (req.type === 'parse') {
      reply({ id: req.id, type: 'parsed', parse: job.parse(req.mapping) });
    } else {
      reply({ id: req.id, type: 'stored', record: await job.store(req.mapping, open(req.database)) });
    }
  } catch (err) {
    reply({ id: req.id, type: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
}
