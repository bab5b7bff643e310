import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostGuardDB } from '../../entrypoints/background/db/database.ts';
import { createRepository, type Repository } from '../../entrypoints/background/db/repository.ts';
import type { Reply, RequestType, ResponseOf } from '../../entrypoints/background/messages.ts';
import { createRouter, type Router } from '../../entrypoints/background/router.ts';
import { App } from '../../entrypoints/popup/App.tsx';
import { createDraftMarks } from '../../entrypoints/popup/draft-marks.ts';
import { browserServices, type PopupServices } from '../../entrypoints/popup/services.ts';
import { buildRosterIndex } from '../../rules/roster/index.ts';
import type { Draft, ImageMeta, Student } from '../../rules/types.ts';
import { MessagingError } from '../../utils/messaging.ts';
import { EMMA, IMPORT_META, LIAM, uniqueDbName, ZOE } from '../background/fixtures.ts';
import { contentSender, pageSender, TAB } from '../background/router-helpers.ts';

export { TAB };

/** Grade 4, no photo consent: the student the end-to-end story tags. */
export const OLIVIA: Student = {
  id: 'S1004',
  firstName: 'Olivia',
  lastName: 'Martin',
  grade: '4',
  homeroom: '4A',
  photoConsent: false,
  nameConsent: 'first',
  doNotPublish: false,
};

export const ROSTER = [EMMA, ZOE, LIAM, OLIVIA];

/** The popup's "now"; the drafts' own now is the same day in Alberta. */
export const NOW = new Date('2026-05-12T15:00:00Z');
const DRAFT_NOW = '2026-05-12T09:00:00-06:00';

export function photo(n: number, extra: Partial<ImageMeta> = {}): ImageMeta {
  return { name: `IMG_${n}.jpg`, type: 'image/jpeg', ...extra };
}

export function draftOf(text: string, images: ImageMeta[] = [], platform: Draft['platform'] = 'x'): Draft {
  return { platform, text, now: DRAFT_NOW, images };
}

/** A message answered by the real router, failing the way utils/messaging.ts does. */
async function askAsPage<T extends RequestType>(router: Router, message: { type: T } & Record<string, unknown>): Promise<ResponseOf<T>> {
  const reply = (await router.handle(message, pageSender())) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new MessagingError('unavailable', 'dropped');
  if (!reply.ok) throw new MessagingError('failed', reply.error);
  return reply.data;
}

export interface Setup {
  /** Data already stored before the popup opens. */
  seed?: (repository: Repository) => Promise<unknown>;
  /** Students on the roster; [] for none. */
  roster?: Student[];
  /** Drafts the content script reported for the tab, by composer id. */
  drafts?: Record<string, Draft>;
  services?: Partial<PopupServices>;
}

/**
 * A worker (the real router and rules) over a database of its own, the
 * content script's drafts sent to it, and the popup talking to it.
 */
export async function setUp({ seed, roster = ROSTER, drafts = {}, services: overrides = {} }: Setup = {}) {
  fakeBrowser.reset();
  const pushes = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = pushes as never;
  const db = new PostGuardDB(uniqueDbName());
  const repository = createRepository(db, () => NOW);
  if (roster.length) await repository.replaceRoster(roster, IMPORT_META);
  await seed?.(repository);
  const router = createRouter({ repository, buildIndex: buildRosterIndex });
  const check = async (composerId: string, draft: Draft) => {
    const reply = (await router.handle({ type: 'draft/check', composerId, draft }, contentSender())) as Reply | undefined;
    if (!reply?.ok) throw new Error('draft/check failed');
    await router.settled();
  };
  for (const [id, d] of Object.entries(drafts)) await check(id, d);
  const services: PopupServices = {
    tabId: async () => TAB,
    tabState: (tabId) => askAsPage(router, { type: 'tab/state', tabId }),
    tagImage: (r) => askAsPage(router, { type: 'image/tag', ...r }),
    showFinding: vi.fn(async () => true),
    openOptions: vi.fn(),
    repository,
    marks: createDraftMarks(fakeBrowser.storage.session),
    watch: browserServices.watch,
    now: () => NOW,
    ...overrides,
  };
  return { db, repository, router, services, pushes, check };
}

export type World = Awaited<ReturnType<typeof setUp>>;

/** Renders the popup and waits until it has read the tab. */
export async function open(world: World) {
  const user = userEvent.setup();
  const view = render(<App services={world.services} retryDelayMs={0} />);
  await screen.findByRole('heading', { name: 'Account checklist' });
  await vi.waitFor(() => {
    if (screen.queryByText('Reading this tab’s draft…') || screen.queryByText('Reading your checklist…')) throw new Error('still reading');
  });
  return { user, view };
}

export async function close(world: World, view: { unmount(): void }) {
  view.unmount();
  await world.router.settled();
}

export function checklistItem(rule: string): HTMLElement {
  const el = screen.getByTestId('checklist').querySelector<HTMLElement>(`[data-rule="${rule}"]`);
  if (!el) throw new Error(`no checklist item for ${rule}`);
  return el;
}

export function states(): Record<string, string> {
  const items = screen.getByTestId('checklist').querySelectorAll<HTMLElement>('[data-rule]');
  return Object.fromEntries([...items].map((el) => [el.dataset.rule, el.dataset.state]));
}

export function ready(): HTMLElement {
  return screen.getByTestId('ready');
}

export function leftItems(): string[] {
  return within(ready())
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

export { screen, within };
