import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging.ts';
import { repository, type Repository } from '../background/db/repository.ts';
import { FindingShowReplySchema, type PopupRequest, type TabState } from '../background/messages.ts';
import { createDraftMarks, MARKS_PREFIX, type DraftMarksStore } from './draft-marks.ts';

export type PopupRepository = Pick<
  Repository,
  | 'findStudents'
  | 'studentsById'
  | 'loadStudents'
  | 'listAccounts'
  | 'addAccount'
  | 'confirmAccountItem'
  | 'removeAccount'
>;

export interface TagRequest {
  tabId: number;
  composerId: string;
  image: number;
  studentIds: string[];
}

export type ShowRequest = Omit<Extract<PopupRequest, { type: 'finding/show' }>, 'type'>;

/** Everything the popup asks of the browser, the worker and storage; tests pass their own. */
export interface PopupServices {
  /** The tab whose drafts to show: `?tab=<id>` (tests, or a popup opened as a page), else the active tab. */
  tabId(): Promise<number | undefined>;
  /** The tab's drafts and the settings in force; rejects with a MessagingError (utils/messaging.ts). */
  tabState(tabId: number): Promise<TabState>;
  tagImage(request: TagRequest): Promise<TabState>;
  /** Whether the page scrolled to the finding; false when no composer answered. */
  showFinding(tabId: number, request: ShowRequest): Promise<boolean>;
  openOptions(): void;
  repository: PopupRepository;
  marks: DraftMarksStore;
  /** Calls `onChange` when the worker's view of the tabs may have changed; returns a function that stops. */
  watch(onChange: () => void): () => void;
  now(): Date;
}

async function tabId(): Promise<number | undefined> {
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked !== null && /^\d+$/.test(asked)) return Number(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function showFinding(tab: number, request: ShowRequest): Promise<boolean> {
  const message: PopupRequest = { type: 'finding/show', ...request };
  try {
    const reply = FindingShowReplySchema.safeParse(await browser.tabs.sendMessage(tab, message));
    return reply.success && reply.data.shown;
  } catch {
    // No content script in the tab (reloaded extension, another site): nothing could be shown.
    return false;
  }
}

/**
 * The worker mirrors each tab's drafts to session storage as they change,
 * so a change there outside the popup's own keys means new findings.
 */
function watch(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((k) => !k.startsWith(MARKS_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const browserServices: PopupServices = {
  tabId,
  tabState: (id) => sendMessage({ type: 'tab/state', tabId: id }),
  tagImage: (request) => sendMessage({ type: 'image/tag', ...request }),
  showFinding,
  openOptions: () => void browser.runtime.openOptionsPage(),
  repository,
  marks: createDraftMarks(browser.storage.session),
  watch,
  now: () => new Date(),
};
