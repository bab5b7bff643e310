import type { ColumnMapping, RosterParse } from '../../rules/roster/index.ts';
import type { Repository } from '../background/db/repository.ts';
import type { ImportRecord } from '../background/db/schema.ts';
import { RosterJob, type LoadResult, type ProgressStage, type RosterStore, type WorkerReply, type WorkerRequest } from './roster-job.ts';

/** The part of a Worker the page uses; tests stand in for it. */
export type WorkerPort = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/**
 * One roster file being imported: load it once, re-read it with as many
 * mappings as the user tries, then store what was read with the mapping
 * they confirmed.
 */
export interface RosterParser {
  load(name: string, bytes: Uint8Array, onProgress: (stage: ProgressStage) => void): Promise<LoadResult>;
  parse(mapping: ColumnMapping): Promise<RosterParse>;
  /** Replaces the roster with the students read with `mapping`; rejects, leaving the old roster, when anything fails. */
  store(mapping: ColumnMapping): Promise<ImportRecord>;
  /** Stops any work in flight; pending promises never settle. */
  dispose(): void;
}

/** `database`: the name of the IndexedDB the worker stores the roster in, the page's own. */
export function workerParser(worker: WorkerPort, database: string): RosterParser {
  let next = 0;
  const pending = new Map<number, { resolve(reply: WorkerReply): void; onProgress?: (stage: ProgressStage) => void }>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') return waiting.onProgress?.(reply.stage);
    pending.delete(reply.id);
    waiting.resolve(reply);
  };
  const send = (req: WorkerRequest, onProgress?: (stage: ProgressStage) => void, transfer: Transferable[] = []) =>
    new Promise<WorkerReply>((resolve) => {
      pending.set(req.id, { resolve, onProgress });
      worker.postMessage(req, transfer);
    });
  worker.onerror = () => {
    for (const [id, waiting] of pending) waiting.resolve({ id, type: 'failed', error: 'The file reader stopped unexpectedly.' });
    pending.clear();
  };
  return {
    async load(name, bytes, onProgress) {
      // A copy is transferred so the worker owns it and the page's memory is freed at once.
      const copy = bytes.slice().buffer;
      const reply = await send({ id: ++next, type: 'load', name, bytes: copy }, onProgress, [copy]);
      if (reply.type === 'loaded') return reply.result;
      return { ok: false, error: reply.type === 'failed' ? reply.error : 'The file could not be read.' };
    },
    async parse(mapping) {
      const reply = await send({ id: ++next, type: 'parse', mapping });
      if (reply.type === 'parsed') return reply.parse;
      throw new Error(reply.type === 'failed' ? reply.error : 'The file could not be read.');
    },
    async store(mapping) {
      const reply = await send({ id: ++next, type: 'store', mapping, database });
      if (reply.type === 'stored') return reply.record;
      throw new Error(reply.type === 'failed' ? reply.error : 'The roster could not be stored.');
    },
    dispose: () => worker.terminate(),
  };
}

/**
 * Runs the same steps on the page, yielding between them so the progress bar
 * paints; used where workers are unavailable. The repository writes a large
 * roster a chunk at a time, so the page is not frozen while it is stored.
 */
export function inPageParser(repository: RosterStore): RosterParser {
  const job = new RosterJob();
  let disposed = false;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const never = new Promise<never>(() => {});
  return {
    async load(name, bytes, onProgress) {
      const result = await job.load(name, bytes, async (stage) => {
        if (!disposed) onProgress(stage);
        await pause();
      });
      return disposed ? never : result;
    },
    async parse(mapping) {
      await pause();
      return disposed ? never : job.parse(mapping);
    },
    async store(mapping) {
      const record = await job.store(mapping, repository);
      return disposed ? never : record;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

/** A parser for one file; it stores through `repository`, or, in the worker, through a repository over the same database. */
export function createRosterParser(repository: Repository): RosterParser {
  if (typeof Worker === 'undefined') return inPageParser(repository);
  try {
    return workerParser(new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }), repository.databaseName);
  } catch {
    return inPageParser(repository);
  }
}
