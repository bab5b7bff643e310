import { PostGuardDB } from '../background/db/database.ts';
import { createRepository, type Repository } from '../background/db/repository.ts';
import { answer, RosterJob, type WorkerRequest } from './roster-job.ts';

/**
 * Reads, checks and stores a roster off the page's thread, so a 10,000-row
 * file neither freezes the options page nor is copied back to it to be
 * written. The write goes through the repository, like every other write.
 */

const job = new RosterJob();
const repositories = new Map<string, Repository>();

const open = (database: string): Repository => {
  let repository = repositories.get(database);
  if (!repository) repositories.set(database, (repository = createRepository(new PostGuardDB(database))));
  return repository;
};

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void answer(job, event.data, (message) => self.postMessage(message), open);
};
