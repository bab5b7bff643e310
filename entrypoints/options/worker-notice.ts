import { sendMessage } from '../../utils/messaging.ts';

export type Change = 'roster/changed' | 'settings/changed';

/**
 * Tells the background worker that storage changed, so open composers use
 * the change at the next keystroke. Answers false when the worker could not
 * be reached; the data is stored either way and the worker reads it when it
 * next starts.
 */
export async function notifyWorker(change: Change): Promise<boolean> {
  try {
    await sendMessage({ type: change });
    return true;
  } catch {
    return false;
  }
}
