import { browser } from 'wxt/browser';
import type { CheckResponse, Request, WorkerPush } from '../background/messages.ts';
import type { Draft, Platform, RuleId } from '../../rules/types.ts';

/** What the content script asks of the background worker. Injected, so tests can stand in for the worker. */
export interface WorkerClient {
  check(composerId: string, draft: Draft): Promise<CheckResponse>;
  clear(composerId: string): void;
  unsupported(reason: string): void;
  /** Resolves once the override is in the audit log. */
  override(platform: Platform, rules: RuleId[], reason: string): Promise<void>;
  /** Findings the worker re-computed without a keystroke (students tagged in the popup, a new roster). */
  onRecheck(listener: (composerId: string, answer: CheckResponse) => void): () => void;
}

function isCheckResponse(value: unknown): value is CheckResponse {
  const v = value as CheckResponse | null;
  return !!v && Array.isArray(v.findings) && typeof v.rosterSize === 'number';
}

/**
 * utils/messaging.ts validates both ways with zod, which would triple the
 * content script's size; the worker validates every request it receives
 * (it owns the schema), so here a structural check of the answer suffices.
 */
async function send(message: Request): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    // A worker stopped between two messages is started by the next one: one retry covers it.
    reply = await browser.runtime.sendMessage(message);
  }
  const r = reply as { ok?: boolean; data?: unknown; error?: unknown } | undefined;
  if (r?.ok === true) return r.data;
  throw new Error(typeof r?.error === 'string' ? r.error : 'PostGuard: the background worker did not answer');
}

const quiet = (message: Request) => void send(message).catch(() => {});

export const workerClient: WorkerClient = {
  async check(composerId, draft) {
    const answer = await send({ type: 'draft/check', composerId, draft });
    if (!isCheckResponse(answer)) throw new Error('PostGuard: the check answer was not understood');
    return answer;
  },
  clear: (composerId) => quiet({ type: 'draft/clear', composerId }),
  unsupported: (reason) => quiet({ type: 'composer/unsupported', reason: reason.slice(0, 300) }),
  async override(platform, rules, reason) {
    await send({ type: 'audit/override', platform, rules, reason });
  },
  onRecheck(listener) {
    const onMessage = (message: unknown, sender: { id?: string }) => {
      const push = message as WorkerPush | null;
      if (sender.id !== browser.runtime.id || push?.type !== 'draft/rechecked' || typeof push.composerId !== 'string') return;
      if (isCheckResponse(push)) listener(push.composerId, { findings: push.findings, rosterSize: push.rosterSize });
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};
