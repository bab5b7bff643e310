import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { checkDraft } from '../rules/engine.ts';
import { isPackId, PACK_IDS } from '../rules/packs/index.ts';
import { ImageMetaSchema, NowSchema, PlatformSchema } from '../rules/schema.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../rules/settings.ts';
import type { Draft, RosterIndex } from '../rules/types.ts';
import { localIso } from '../utils/local-iso.ts';
import { parseArgs } from './args.ts';
import { readImageFile, readRosterFile } from './files.ts';

/** One post on stdin, as the spec's CLI contract gives it. */
const PostLine = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    platform: PlatformSchema.default('x'),
    text: z.string().max(100_000),
    now: NowSchema.optional(),
    images: z.array(ImageMetaSchema.extend({ path: z.string().optional() }).strict()).max(50).default([]),
  })
  .strict();

class InputError extends Error {}

async function loadSettings(file: string | undefined, policy: string | undefined): Promise<Settings> {
  let settings = DEFAULT_SETTINGS;
  if (file) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      throw new InputError(`cannot read settings ${file}: ${reason(e)}`);
    }
    const parsed = parseSettings(raw);
    if (!parsed.ok) throw new InputError(`settings ${file}: ${parsed.error}`);
    settings = parsed.settings;
  }
  if (policy !== undefined) {
    if (!isPackId(policy)) throw new InputError(`unknown policy "${policy}" (known: ${PACK_IDS.join(', ')})`);
    settings = { ...settings, policy };
  }
  return settings;
}

function reason(e: unknown): string {
  if (e instanceof Error) return 'code' in e && e.code === 'ENOENT' ? 'no such file' : e.message.split('\n')[0]!;
  return String(e);
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'post'}: ${issue?.message ?? 'invalid'}`;
}

async function toDraft(line: z.infer<typeof PostLine>, now: string): Promise<Draft> {
  const images = await Promise.all(
    line.images.map(async ({ path, ...meta }) => (path ? { ...(await readImageFile(path)), ...meta } : meta)),
  );
  return { platform: line.platform, text: line.text, now: line.now ?? now, images };
}

async function checkStdin(roster: RosterIndex | undefined, settings: Settings, now: string): Promise<boolean> {
  let ok = true;
  let lineNo = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    let id: unknown;
    try {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new InputError('not valid JSON');
      }
      if (typeof json === 'object' && json !== null && 'id' in json) id = json.id;
      const parsed = PostLine.safeParse(json);
      if (!parsed.success) throw new InputError(issueText(parsed.error));
      const draft = await toDraft(parsed.data, now);
      process.stdout.write(`${JSON.stringify({ id: parsed.data.id, findings: checkDraft(draft, { roster, settings }) })}\n`);
    } catch (e) {
      // The post is answered with its error, never silently skipped; the run then exits 2.
      ok = false;
      const message = `line ${lineNo}: ${e instanceof InputError ? e.message : reason(e)}`;
      process.stderr.write(`postguard check: ${message}\n`);
      process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
    }
  }
  return ok;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.now !== undefined && !NowSchema.safeParse(args.now).success) {
    throw new InputError(`--now "${args.now}" is not an ISO-8601 date-time with an offset (e.g. 2026-05-12T09:00:00-06:00)`);
  }
  const now = args.now ?? localIso();
  const settings = await loadSettings(args.settings, args.policy);
  const roster = args.roster ? await readRosterFile(args.roster, (w) => process.stderr.write(`postguard check: ${w}\n`)) : undefined;
  if (args.text !== undefined) {
    const draft: Draft = { platform: 'x', text: args.text, now, images: [] };
    process.stdout.write(`${JSON.stringify({ findings: checkDraft(draft, { roster, settings }) })}\n`);
    return 0;
  }
  return (await checkStdin(roster, settings, now)) ? 0 : 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`postguard check: ${e instanceof InputError || e instanceof Error ? reason(e) : String(e)}\n`);
    process.exitCode = 2;
  },
);
