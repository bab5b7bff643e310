import { browser } from 'wxt/browser';
import type { ZodType } from 'zod';
import {
  RequestSchema,
  RESPONSE_SCHEMAS,
  ReplySchema,
  WorkerPushSchema,
  type Request,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  type WorkerPush,
} from '../entrypoints/background/messages.ts';

export type { Request, RequestType, ResponseOf, WorkerPush };

/**
 * - `unavailable`: the worker could not be reached (the extension was reloaded or updated: reload the page).
 * - `invalid`: the request or the answer does not match the message schema (a bug in the caller or the worker).
 * - `failed`: the worker received the request and could not carry it out; `message` says why.
 */
export type MessagingErrorCode = 'unavailable' | 'invalid' | 'failed';

export class MessagingError extends Error {
  override name = 'MessagingError';
  constructor(
    readonly code: MessagingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const UNAVAILABLE =
  'PostGuard’s background worker is not answering, so nothing is being checked. Reload the page; if that does not help, turn the extension off and on again.';

function isContextGone(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

async function deliver(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch (first: unknown) {
    // A reloaded extension never comes back to this page; anything else is most often a worker
    // that was starting up, and the second message finds it running.
    if (isContextGone(first)) throw new MessagingError('unavailable', UNAVAILABLE);
    try {
      return await browser.runtime.sendMessage(request);
    } catch {
      throw new MessagingError('unavailable', UNAVAILABLE);
    }
  }
}

/**
 * Sends one request to the background worker and resolves with its typed
 * answer. Rejects with a MessagingError; never resolves with undefined.
 */
export async function sendMessage<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MessagingError('invalid', `${request.type}: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`);
  }
  const raw = await deliver(parsed.data);
  // The worker answers nothing only when it dropped the message (wrong sender, wrong page).
  if (raw === undefined) throw new MessagingError('unavailable', UNAVAILABLE);
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessagingError('invalid', `${request.type}: the worker's answer was not understood`);
  if (!reply.data.ok) throw new MessagingError('failed', reply.data.error);
  const schema: ZodType = RESPONSE_SCHEMAS[request.type];
  const data = schema.safeParse(reply.data.data);
  if (!data.success) throw new MessagingError('invalid', `${request.type}: the worker's answer was not understood`);
  return data.data as ResponseOf<T>;
}

/**
 * For the content script: calls `handler` with each message the worker pushes
 * to this tab (see WorkerPushSchema). Anything else is ignored. Returns a
 * function that stops listening.
 */
export function onWorkerPush(handler: (push: WorkerPush) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const push = WorkerPushSchema.safeParse(message);
    if (push.success) handler(push.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
