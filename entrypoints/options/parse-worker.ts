import { answer, RosterJob, type WorkerRequest } from './roster-job.ts';

/** Reads and checks a roster off the page's thread, so a 10,000-row file does not freeze the options page. */

const job = new RosterJob();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void answer(job, event.data, (message) => self.postMessage(message));
};
