import { describe, expect, it } from 'vitest';
import { answer, RosterJob, type ProgressStage, type WorkerReply, type WorkerRequest } from '../../entrypoints/options/roster-job.ts';
import { workerParser, type WorkerPort } from '../../entrypoints/options/roster-parser.ts';

/** Stands in for the parse worker: the real worker-side code, with messages cloned (and buffers transferred) as a real Worker would. */
function fakeWorker() {
  const job = new RosterJob();
  const port = {
    onmessage: null as WorkerPort['onmessage'],
    onerror: null as WorkerPort['onerror'],
    posted: [] as WorkerRequest[],
    postMessage(req: WorkerRequest, transfer?: Transferable[]) {
      const copy = structuredClone(req, { transfer });
      port.posted.push(copy);
      void answer(job, copy, (reply: WorkerReply) =>
        setTimeout(() => port.onmessage?.call(port as unknown as Worker, { data: structuredClone(reply) } as MessageEvent)),
      );
    },
    crash() {
      port.onerror?.call(port as unknown as Worker, {} as ErrorEvent);
    },
    terminate() {},
  };
  return port;
}

const CSV = 'student_id,first_name,last_name,photo_consent\nS1,Ava,Martin,yes\nS2,Ben,Lee,no\n';

describe('the parse worker conversation', () => {
  it('reports each stage, answers with the parse, and leaves the page its own copy of the bytes', async () => {
    const worker = fakeWorker();
    const parser = workerParser(worker as unknown as WorkerPort);
    const bytes = new TextEncoder().encode(CSV);
    const stages: ProgressStage[] = [];
    const result = await parser.load('roster.csv', bytes, (s) => stages.push(s));
    expect(stages).toEqual(['reading', 'checking']);
    expect(result.ok && result.parse.students.map((s) => s.firstName)).toEqual(['Ava', 'Ben']);
    expect(bytes.byteLength).toBe(CSV.length);
  });

  it('reads the same file again with another mapping', async () => {
    const parser = workerParser(fakeWorker() as unknown as WorkerPort);
    const loaded = await parser.load('roster.csv', new TextEncoder().encode(CSV), () => {});
    expect(loaded.ok && loaded.parse.mapping.photoConsent).toBe(3);
    const { photoConsent: _dropped, ...rest } = loaded.ok ? loaded.parse.mapping : {};
    const again = await parser.parse(rest);
    expect(again.students.map((s) => s.photoConsent)).toEqual([false, false]);
  });

  it('passes a refusal through as a message', async () => {
    const parser = workerParser(fakeWorker() as unknown as WorkerPort);
    const result = await parser.load('roster.csv', new TextEncoder().encode('%PDF-1.4\n'), () => {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/This is a PDF/) });
  });

  it('answers a worker that died with a failure instead of waiting forever', async () => {
    const worker = fakeWorker();
    worker.postMessage = () => {};
    const parser = workerParser(worker as unknown as WorkerPort);
    const pending = parser.load('roster.csv', new TextEncoder().encode(CSV), () => {});
    worker.crash();
    expect(await pending).toEqual({ ok: false, error: 'The file reader stopped unexpectedly.' });
  });
});
