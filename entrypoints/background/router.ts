import Dexie, { type ObservabilitySet } from 'dexie';
import { browser as defaultBrowser, type Browser, type WxtBrowser } from 'wxt/browser';
import { checkDraft } from '../../rules/engine.ts';
import type { Settings } from '../../rules/settings.ts';
import type { Finding, RosterIndex, Student } from '../../rules/types.ts';
import { badgeFor, createBadgeSetter } from './badge.ts';
import type { Repository } from './db/repository.ts';
import {
  REQUEST_SENDERS,
  RequestSchema,
  type Reply,
  type Request,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  type WorkerPush,
} from './messages.ts';
import { readManagedSettings } from './managed-settings.ts';
import { createPolicyCache } from './policy-cache.ts';
import { identifySender, type Sender } from './senders.ts';
import { carriedOver, tagApplies, tabState, TabStore, withTags, type ComposerRecord } from './tab-state.ts';

type ContentType = { [K in RequestType]: (typeof REQUEST_SENDERS)[K] extends 'content' ? K : never }[RequestType];
type ContentRequest = RequestOf<ContentType>;
type PageRequest = Exclude<Request, ContentRequest>;

function isContentRequest(request: Request): request is ContentRequest {
  return REQUEST_SENDERS[request.type] === 'content';
}

/** Logs why a message was dropped: its type and the schema issue, never a value it carried. */
function logDrop(message: unknown, why: string): void {
  const type = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  const known = typeof type === 'string' && type in REQUEST_SENDERS ? type : 'unknown type';
  console.warn(`PostGuard: dropped a message (${known}): ${why}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong in PostGuard’s background worker.';
}

export interface RouterDeps {
  repository: Repository;
  buildIndex: (students: Student[]) => RosterIndex;
  browser?: WxtBrowser;
  now?: () => Date;
}

/**
 * The background worker's message router. `handle` answers one message;
 * `listen` attaches it and the tab and storage events to the browser.
 * Everything it keeps (roster index, settings, per-tab state) is rebuilt
 * lazily, so a fresh router, as after MV3 stopped an idle worker, answers
 * the same as the one before it.
 */
export function createRouter({ repository, buildIndex, browser = defaultBrowser, now = () => new Date() }: RouterDeps) {
  // Settings from enterprise policy, when a district sets them, win over the ones saved in the options page.
  let managed: Settings | undefined;
  const policy = createPolicyCache(
    { loadStudents: () => repository.loadStudents(), getSettings: async () => managed ?? repository.getSettings() },
    buildIndex,
  );
  const tabs = new TabStore(browser.storage.session);
  // MV2 builds (Firefox) name the toolbar button browserAction.
  const badges = createBadgeSetter(browser.action ?? browser.browserAction);
  const extensionOrigin = browser.runtime.getURL('/');
  const pending = new Set<Promise<unknown>>();
  /**
   * The newest check of each box (`tabId:composerId`) still being answered.
   * The answer to an older one, or to one for a box cleared meanwhile, is
   * not stored: it would bring back a post that is gone, under its draft id.
   */
  const checking = new Map<string, object>();

  /** Work the answer need not wait for (badge, session mirror, pushes to the page). */
  /**
   * Chromium's first read of managed storage in a session can take seconds, and a
   * keystroke's check must not wait for it: the saved settings apply until the
   * policy answers, then the policy takes over and open drafts are checked again.
   */
  async function readManaged(): Promise<void> {
    const before = managed;
    managed = await readManagedSettings(browser.storage.managed);
    if (managed || before) await changed('settings');
  }

  function later(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => pending.delete(tracked));
    pending.add(tracked);
  }

  function refreshBadge(tabId: number): void {
    later(badges.show(tabId, badgeFor(tabs.get(tabId))));
  }

  function push(tabId: number, message: WorkerPush): void {
    // The page may have no content script listening (reloaded, closed); nothing to do then.
    later((async () => browser.tabs.sendMessage(tabId, message))());
  }

  async function recheck(composer: Pick<ComposerRecord, 'draft' | 'tags'>): Promise<{ findings: Finding[]; rosterSize: number }> {
    const { roster, settings } = await policy.get();
    return { findings: checkDraft(withTags(composer.draft, composer.tags), { roster, settings }), rosterSize: roster.size };
  }

  /** Re-runs every open draft after the roster or settings changed, and tells each page whose findings moved. */
  async function recheckAll(): Promise<void> {
    await tabs.ready();
    for (const [tabId, record] of tabs.entries()) {
      for (const [composerId, composer] of Object.entries(record.composers)) {
        const { findings, rosterSize } = await recheck(composer);
        // A keystroke checked a newer draft meanwhile; its answer stands.
        if (record.composers[composerId] !== composer) continue;
        if (JSON.stringify(findings) === JSON.stringify(composer.findings)) continue;
        composer.findings = findings;
        push(tabId, { type: 'draft/rechecked', composerId, findings, rosterSize });
      }
      tabs.save(tabId);
      refreshBadge(tabId);
    }
  }

  async function changed(part: 'roster' | 'settings'): Promise<void> {
    policy.invalidate(part);
    await recheckAll();
  }

  async function forgetTab(tabId: number, tabStillOpen: boolean): Promise<void> {
    await tabs.ready();
    for (const key of checking.keys()) if (key.startsWith(`${tabId}:`)) checking.delete(key);
    tabs.forget(tabId);
    badges.forget(tabId);
    if (tabStillOpen) refreshBadge(tabId);
  }

  // One handler per request type. Content handlers get the sender's tab.

  async function draftCheck(tabId: number, { composerId, draft }: RequestOf<'draft/check'>): Promise<ResponseOf<'draft/check'>> {
    await tabs.ready();
    const key = `${tabId}:${composerId}`;
    const token = {};
    checking.set(key, token);
    const checkedAt = now().toISOString();
    // Decided before the wait: a clear or a newer check meanwhile means this answer is not stored.
    const { draftId, tags } = carriedOver(tabs.get(tabId)?.composers[composerId], draft);
    const answer = await recheck({ draft, tags });
    if (checking.get(key) !== token) return answer;
    checking.delete(key);
    tabs.open(tabId).composers[composerId] = { draftId, draft, findings: answer.findings, checkedAt, tags };
    tabs.save(tabId);
    refreshBadge(tabId);
    return answer;
  }

  async function draftClear(tabId: number, { composerId }: RequestOf<'draft/clear'>): Promise<null> {
    await tabs.ready();
    checking.delete(`${tabId}:${composerId}`);
    const record = tabs.get(tabId);
    if (record && composerId in record.composers) {
      delete record.composers[composerId];
      tabs.save(tabId);
      refreshBadge(tabId);
    }
    return null;
  }

  async function composerUnsupported(tabId: number, { reason }: RequestOf<'composer/unsupported'>): Promise<null> {
    await tabs.ready();
    tabs.addUnsupported(tabId, reason, now().toISOString());
    tabs.save(tabId);
    refreshBadge(tabId);
    return null;
  }

  async function auditOverride({ platform, rules, reason }: RequestOf<'audit/override'>): Promise<ResponseOf<'audit/override'>> {
    const entry = await repository.addOverride({ platform, rules, reason });
    return { id: entry.id };
  }

  async function tabStateFor({ tabId }: RequestOf<'tab/state'>): Promise<ResponseOf<'tab/state'>> {
    await tabs.ready();
    const { roster, settings } = await policy.get();
    return tabState(tabId, tabs.get(tabId), { rosterSize: roster.size, settings });
  }

  async function imageTag({ tabId, composerId, image, studentIds }: RequestOf<'image/tag'>): Promise<ResponseOf<'image/tag'>> {
    await tabs.ready();
    const composer = tabs.get(tabId)?.composers[composerId];
    if (!composer) throw new Error('That draft is no longer open in this tab.');
    const meta = composer.draft.images[image];
    if (!meta) throw new Error('That image is no longer attached to the draft.');
    const others = composer.tags.filter((t) => !tagApplies(t, composer.draft.images, image));
    composer.tags = studentIds.length ? [...others, { image, name: meta.name, studentIds }] : others;
    const { findings, rosterSize } = await recheck(composer);
    if (tabs.get(tabId)?.composers[composerId] === composer) {
      composer.findings = findings;
      push(tabId, { type: 'draft/rechecked', composerId, findings, rosterSize });
    }
    tabs.save(tabId);
    refreshBadge(tabId);
    const { settings } = await policy.get();
    return tabState(tabId, tabs.get(tabId), { rosterSize, settings });
  }

  async function rosterChanged(): Promise<ResponseOf<'roster/changed'>> {
    await changed('roster');
    const { roster } = await policy.get();
    return { rosterSize: roster.size };
  }

  async function settingsChanged(): Promise<null> {
    await changed('settings');
    return null;
  }

  function fromContent(request: ContentRequest, tabId: number): Promise<unknown> {
    switch (request.type) {
      case 'draft/check':
        return draftCheck(tabId, request);
      case 'draft/clear':
        return draftClear(tabId, request);
      case 'composer/unsupported':
        return composerUnsupported(tabId, request);
      case 'audit/override':
        return auditOverride(request);
    }
  }

  function fromPage(request: PageRequest): Promise<unknown> {
    switch (request.type) {
      case 'tab/state':
        return tabStateFor(request);
      case 'image/tag':
        return imageTag(request);
      case 'roster/changed':
        return rosterChanged();
      case 'settings/changed':
        return settingsChanged();
    }
  }

  /** Validates a message and its sender; undefined means it is dropped and gets no answer. */
  function accept(message: unknown, sender: Browser.runtime.MessageSender): { request: Request; from: Sender } | undefined {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      logDrop(message, `${issue?.code ?? 'invalid'} at ${issue?.path.join('.') || 'top level'}`);
      return undefined;
    }
    const request = parsed.data;
    const from = identifySender(sender, browser.runtime.id, extensionOrigin);
    if (!from || from.kind !== REQUEST_SENDERS[request.type]) {
      logDrop(request, 'not from a sender allowed to send it');
      return undefined;
    }
    return { request, from };
  }

  async function dispatch(request: Request, from: Sender): Promise<Reply> {
    try {
      if (!isContentRequest(request)) return { ok: true, data: await fromPage(request) };
      if (from.kind !== 'content') throw new Error(`${request.type} must come from a page PostGuard checks.`);
      return { ok: true, data: await fromContent(request, from.tabId) };
    } catch (error: unknown) {
      return { ok: false, error: errorText(error) };
    }
  }

  later(readManaged());

  return {
    /** Answers one message as the worker would; undefined when the message is dropped. */
    async handle(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply | undefined> {
      const accepted = accept(message, sender);
      return accepted && dispatch(accepted.request, accepted.from);
    },

    /** Resolves when badge updates, session writes and pushes started so far are done. */
    async settled(): Promise<void> {
      while (pending.size) await Promise.all(pending);
      await tabs.settled();
    },

    /** Attaches the router to the browser's events; returns a function that detaches it. */
    listen(): () => void {
      const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: Reply) => void) => {
        const accepted = accept(message, sender);
        if (!accepted) return false;
        void dispatch(accepted.request, accepted.from).then(sendResponse);
        // Keeps the channel open for the asynchronous answer (the form every browser supports).
        return true;
      };
      const onRemoved = (tabId: number) => later(forgetTab(tabId, false));
      const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
        if (change.status === 'loading' || change.url !== undefined) later(forgetTab(tabId, true));
      };
      // The options page also sends roster/changed and settings/changed (the contract); Dexie's own
      // cross-context notice catches a write whose message was lost, e.g. when the worker was asleep.
      const prefix = `idb://${repository.databaseName}/`;
      const onStorage = (parts: ObservabilitySet) => {
        const touched = (table: string) => Object.keys(parts).some((p) => p === 'all' || p.startsWith(`${prefix}${table}/`));
        if (touched('students')) later(changed('roster'));
        if (touched('settings')) later(changed('settings'));
      };
      const onPolicy = (_: unknown, area: string) => {
        if (area === 'managed') later(readManaged());
      };
      browser.runtime.onMessage.addListener(onMessage);
      browser.storage.onChanged.addListener(onPolicy);
      browser.tabs.onRemoved.addListener(onRemoved);
      browser.tabs.onUpdated.addListener(onUpdated);
      Dexie.on('storagemutated', onStorage);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.storage.onChanged.removeListener(onPolicy);
        browser.tabs.onRemoved.removeListener(onRemoved);
        browser.tabs.onUpdated.removeListener(onUpdated);
        Dexie.on.storagemutated.unsubscribe(onStorage);
      };
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
