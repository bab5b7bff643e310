import { parseRosterCsv, parseRosterRows, type ColumnMapping, type RosterParse } from '../../rules/roster/index.ts';
import { readRosterSource, type RosterSource } from './read-roster-file.ts';

/** The steps of reading a roster, the same whether they run in the parse worker or on the page. */

export type LoadResult = { ok: true; parse: RosterParse; readAs: string } | { ok: false; error: string };

export type ProgressStage = 'reading' | 'checking';

export class RosterJob {
  private source: RosterSource | undefined;

  async load(name: string, bytes: Uint8Array, progress: (stage: ProgressStage) => void | Promise<void>): Promise<LoadResult> {
    await progress('reading');
    const read = await readRosterSource(name, bytes);
    if (!read.ok) return read;
    this.source = read.source;
    await progress('checking');
    return { ok: true, parse: this.parse(), readAs: read.readAs };
  }

  /** Reads the loaded file again with another column mapping (undefined: detect it). */
  parse(mapping?: ColumnMapping): RosterParse {
    if (!this.source) throw new Error('No roster file is loaded.');
    return this.source.kind === 'csv'
      ? parseRosterCsv(this.source.text, { mapping })
      : parseRosterRows(this.source.rows, { mapping });
  }
}

export type WorkerRequest =
  | { id: number; type: 'load'; name: string; bytes: ArrayBuffer }
  | { id: number; type: 'parse'; mapping: ColumnMapping };

export type WorkerReply =
  | { id: number; type: 'progress'; stage: ProgressStage }
  | { id: number; type: 'loaded'; result: LoadResult }
  | { id: number; type: 'parsed'; parse: RosterParse }
  | { id: number; type: 'failed'; error: string };

/** The parse worker's side of the conversation: one request in, progress and one answer out. */
export async function answer(job: RosterJob, req: WorkerRequest, reply: (message: WorkerReply) => void): Promise<void> {
  try {
    if (req.type === 'load') {
      const result = await job.load(req.name, new Uint8Array(req.bytes), (stage) => reply({ id: req.id, type: 'progress', stage }));
      reply({ id: req.id, type: 'loaded', result });
    } else {
      reply({ id: req.id, type: 'parsed', parse: job.parse(req.mapping) });
    }
  } catch (err) {
    reply({ id: req.id, type: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
}
