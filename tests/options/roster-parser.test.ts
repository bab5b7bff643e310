import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, type Repository } from '../../entrypoints/background/db/repository.ts';
import { answer, RosterJob, type ProgressStage, type WorkerReply, type WorkerRequest } from '../../entrypoints/options/roster-job.ts';
import { inPageParser, workerParser, type WorkerPort } from '../../entrypoints/options/roster-parser.ts';
import { EMMA, IMPORT_META, uniqueDbName, ZOE } from '../background/fixtures.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Stands in for the parse worker: the real worker-side code, with messages
 * cloned (and buffers transferred) as a real Worker would, and its own
 * connection to the database it is told to store in.
 */
function fakeWorker() {
  const job = new RosterJob();
  const databases = new Map<string, PostGuardDB>();
  const open = (name: string) => {
    if (!databases.has(name)) databases.set(name, new PostGuardDB(name));
    return createRepository(databases.get(name)!);
  };
  const port = {
    onmessage: null as WorkerPort['onmessage'],
    onerror: null as WorkerPort['onerror'],
    posted: [] as WorkerRequest[],
    databases,
    postMessage(req: WorkerRequest, transfer?: Transferable[]) {
      const copy = structuredClone(req, { transfer });
      port.posted.push(copy);
      void answer(
        job,
        copy,
        (reply: WorkerReply) => setTimeout(() => port.onmessage?.call(port as unknown as Worker, { data: structuredClone(reply) } as MessageEvent)),
        open,
      );
    },
    crash() {
      port.onerror?.call(port as unknown as Worker, {} as ErrorEvent);
    },
    terminate() {},
  };
  return port;
}

const CSV = 'student_id,first_name,last_name,photo_consent\nS1,Ava,Martin,yes\nS2,Ben,Lee,no\nS3,Cal,Roy,maybe\n';
const bytes = () => new TextEncoder().encode(CSV);

/** The page's repository over a database of its own, with last year's roster in it. */
async function pageRepository(): Promise<{ db: PostGuardDB; repository: Repository }> {
  const db = new PostGuardDB(uniqueDbName());
  const repository = createRepository(db);
  await repository.replaceRoster([EMMA, ZOE], IMPORT_META);
  return { db, repository };
}

const ids = async (r: Repository) => (await r.loadStudents()).map((s) => s.id).sort();

describe('the parse worker conversation', () => {
  it('reports each stage, answers with the parse, and leaves the page its own copy of the bytes', async () => {
    const worker = fakeWorker();
    const parser = workerParser(worker as unknown as WorkerPort, uniqueDbName());
    const input = bytes();
    const stages: ProgressStage[] = [];
    const result = await parser.load('roster.csv', input, (s) => stages.push(s));
    expect(stages).toEqual(['reading', 'checking']);
    expect(result.ok && result.parse.students.map((s) => s.firstName)).toEqual(['Ava', 'Ben']);
    expect(input.byteLength).toBe(CSV.length);
  });

  it('reads the same file again with another mapping', async () => {
    const parser = workerParser(fakeWorker() as unknown as WorkerPort, uniqueDbName());
    const loaded = await parser.load('roster.csv', bytes(), () => {});
    expect(loaded.ok && loaded.parse.mapping.photoConsent).toBe(3);
    const { photoConsent: _dropped, ...rest } = loaded.ok ? loaded.parse.mapping : {};
    const again = await parser.parse(rest);
    expect(again.students.map((s) => s.photoConsent)).toEqual([false, false, false]);
  });

  it('passes a refusal through as a message', async () => {
    const parser = workerParser(fakeWorker() as unknown as WorkerPort, uniqueDbName());
    const result = await parser.load('roster.csv', new TextEncoder().encode('%PDF-1.4\n'), () => {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/This is a PDF/) });
  });

  it('answers a worker that died with a failure instead of waiting forever', async () => {
    const worker = fakeWorker();
    worker.postMessage = () => {};
    const parser = workerParser(worker as unknown as WorkerPort, uniqueDbName());
    const pending = parser.load('roster.csv', bytes(), () => {});
    worker.crash();
    expect(await pending).toEqual({ ok: false, error: 'The file reader stopped unexpectedly.' });
  });
});

describe('storing from the parse worker', () => {
  it('stores the rows it read in the page’s database and answers with the import record only', async () => {
    const { db, repository } = await pageRepository();
    const worker = fakeWorker();
    const parser = workerParser(worker as unknown as WorkerPort, db.name);
    const loaded = await parser.load('roster.csv', bytes(), () => {});
    if (!loaded.ok) throw new Error(loaded.error);

    const record = await parser.store(loaded.parse.mapping);
    expect(record).toMatchObject({
      fileName: 'roster.csv',
      rowCount: 3,
      rejectedCount: 1,
      mapping: { id: 'student_id', firstName: 'first_name', lastName: 'last_name', photoConsent: 'photo_consent' },
      counts: { students: 2, noPhotoConsent: 1 },
    });
    // The students went straight from the worker to the database, not back through the page.
    expect(worker.posted.at(-1)).toEqual({ id: expect.any(Number), type: 'store', mapping: loaded.parse.mapping, database: db.name });
    expect(await ids(repository)).toEqual(['S1', 'S2']);
    expect(await repository.latestImport()).toEqual(record);
  });

  it('stores what the last mapping read, and reads again when asked for another', async () => {
    const { db, repository } = await pageRepository();
    const parser = workerParser(fakeWorker() as unknown as WorkerPort, db.name);
    const loaded = await parser.load('roster.csv', bytes(), () => {});
    if (!loaded.ok) throw new Error(loaded.error);
    const { photoConsent: _dropped, ...withoutPhotos } = loaded.parse.mapping;

    // Without the column, "maybe" is no longer a bad value: Cal is stored, and nobody has photo consent.
    await parser.parse(withoutPhotos);
    await parser.store(withoutPhotos);
    expect((await repository.loadStudents()).map((s) => [s.id, s.photoConsent])).toEqual([
      ['S1', false],
      ['S2', false],
      ['S3', false],
    ]);

    await parser.store(loaded.parse.mapping);
    expect((await repository.loadStudents()).map((s) => s.photoConsent)).toEqual([true, false]);
  });

  it('keeps the old roster when the write fails part-way, and says why', async () => {
    const { db, repository } = await pageRepository();
    const worker = fakeWorker();
    const parser = workerParser(worker as unknown as WorkerPort, db.name);
    const loaded = await parser.load('roster.csv', bytes(), () => {});
    if (!loaded.ok) throw new Error(loaded.error);
    worker.databases.set(db.name, new PostGuardDB(db.name));
    vi.spyOn(worker.databases.get(db.name)!.imports, 'add').mockImplementation(() => {
      throw new Error('the disk is full');
    });

    await expect(parser.store(loaded.parse.mapping)).rejects.toThrow('the disk is full');
    expect(await ids(repository)).toEqual([EMMA.id, ZOE.id]);
    expect(await repository.latestImport()).toMatchObject({ fileName: IMPORT_META.fileName });
  });

  it('never clears the roster for a file that gave no students', async () => {
    const { db, repository } = await pageRepository();
    const parser = workerParser(fakeWorker() as unknown as WorkerPort, db.name);
    const loaded = await parser.load('roster.csv', new TextEncoder().encode('student_id,first_name\n'), () => {});
    if (!loaded.ok) throw new Error(loaded.error);

    await expect(parser.store(loaded.parse.mapping)).rejects.toThrow(/no student rows/);
    expect(await ids(repository)).toEqual([EMMA.id, ZOE.id]);
  });
});

describe('storing on the page, where there is no worker', () => {
  it('stores through the page’s repository', async () => {
    const { repository } = await pageRepository();
    const parser = inPageParser(repository);
    const loaded = await parser.load('roster.csv', bytes(), () => {});
    if (!loaded.ok) throw new Error(loaded.error);

    expect(await parser.store(loaded.parse.mapping)).toMatchObject({ fileName: 'roster.csv', counts: { students: 2 } });
    expect(await ids(repository)).toEqual(['S1', 'S2']);
  });
});
