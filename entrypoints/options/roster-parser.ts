import type { ColumnMapping, RosterParse } from '../../rules/roster/index.ts';
import { RosterJob, type LoadResult, type ProgressStage, type WorkerReply, type WorkerRequest } from './roster-job.ts';

/** The part of a Worker the page uses; tests stand in for it. */
export type WorkerPort = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** One roster file being imported: load it once, then re-read it with as many mappings as the user tries. */
export interface RosterParser {
  load(name: string, bytes: Uint8Array, onProgress: (stage: ProgressStage) => void): Promise<LoadResult>;
  parse(mapping: ColumnMapping): Promise<RosterParse>;
  /** Stops any work in flight; pending promises never settle. */
  dispose(): void;
}

export function workerParser(worker: WorkerPort): RosterParser {
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
    dispose: () => worker.terminate(),
  };
}

/** Runs the same steps on the page, yielding between them so the progress bar paints; used where workers are unavailable. */
function inPageParser(): RosterParser {
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
    dispose: () => {
      disposed = true;
    },
  };
}

export function createRosterParser(): RosterParser {
  if (typeof Worker === 'undefined') return inPageParser();
  try {
    return workerParser(new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inPageParser();
  }
}
