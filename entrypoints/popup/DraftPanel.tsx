import { useEffect, useMemo, useRef, useState } from 'react';
import { FindingList } from '../../components/popup/FindingList.tsx';
import { DraftSummary } from '../../components/popup/DraftSummary.tsx';
import { ManualChecklist } from '../../components/popup/ManualChecklist.tsx';
import { PhotoTags } from '../../components/popup/PhotoTags.tsx';
import { BarredStudents } from '../../components/popup/BarredStudents.tsx';
import { ReadyPanel } from '../../components/popup/ReadyPanel.tsx';
import { RuleChecklist } from '../../components/popup/RuleChecklist.tsx';
import { StatusLine, type Status } from '../../components/StatusLine.tsx';
import { manualChecklist } from '../../rules/checklist.ts';
import { activeRules } from '../../rules/engine.ts';
import { displayName } from '../../rules/roster/naming.ts';
import type { Settings } from '../../rules/settings.ts';
import type { Student } from '../../rules/types.ts';
import type { ComposerState, TabState } from '../background/messages.ts';
import { applicableItems, imageKey, ruleChecks, whatIsLeft, type DraftFacts, type LeftItem } from './checklist-state.ts';
import { EMPTY_MARKS, type DraftMarks } from './draft-marks.ts';
import type { PopupServices } from './services.ts';

export interface DraftPanelProps {
  tabId: number;
  composer: ComposerState;
  rosterSize: number;
  settings: Settings;
  today: string;
  services: PopupServices;
  /** The worker's answer after a tag: the tab's drafts re-checked. */
  onTabState(state: TabState): void;
}

/** More than the picker shows, so students already tagged can drop out and still leave a full list. */
const SEARCH_LIMIT = 12;

function leftText(l: LeftItem): { key: string; text: string } {
  if (l.kind === 'finding') return { key: `f:${l.finding.rule}:${l.finding.start ?? ''}:${l.finding.image ?? ''}:${l.finding.message}`, text: `${l.title}: ${l.finding.message}` };
  if (l.kind === 'rule') return { key: `r:${l.check.rule}`, text: `${l.check.title}: ${l.check.note}` };
  return { key: `i:${l.item.id}`, text: `Tick “${l.item.label}”` };
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** One draft: whether it is ready, its findings, who is in its photos and the checklists. */
export function DraftPanel({ tabId, composer, rosterSize, settings, today, services, onTabState }: DraftPanelProps) {
  const { repository } = services;
  const [marks, setMarks] = useState<DraftMarks>();
  const [students, setStudents] = useState<ReadonlyMap<string, Student>>(new Map());
  const [status, setStatus] = useState<Status>();
  // Tag changes run one after another, each from the worker's latest answer, so quick picks are not lost.
  const latest = useRef(composer);
  latest.current = composer;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const { composerId, draftId } = composer;
  useEffect(() => {
    let live = true;
    setMarks(undefined);
    services.marks.load(tabId, { composerId, draftId }).then(
      (m) => live && setMarks(m),
      () => live && setMarks(EMPTY_MARKS),
    );
    return () => {
      live = false;
    };
  }, [services.marks, tabId, composerId, draftId]);

  const taggedIds = [...new Set(composer.images.flatMap((i) => i.taggedStudents ?? []))];
  const taggedKey = taggedIds.join(',');
  useEffect(() => {
    const ids = taggedKey ? taggedKey.split(',') : [];
    if (ids.length === 0) return;
    let live = true;
    repository.studentsById(ids).then(
      (list) => live && setStudents((known) => new Map([...known, ...list.map((s) => [s.id, s] as const)])),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [repository, taggedKey]);

  const active = activeRules(settings);
  const allItems = useMemo(() => manualChecklist(settings.policy), [settings.policy]);
  const current = marks ?? EMPTY_MARKS;
  const facts: DraftFacts = {
    composer,
    rosterSize,
    settings,
    items: applicableItems(allItems, composer),
    ticked: new Set(current.ticked),
    noStudents: new Set(current.noStudents),
  };
  const checks = ruleChecks(active, facts);
  const left = whatIsLeft(checks, facts).map(leftText);
  const titles = Object.fromEntries(active.map((a) => [a.rule.id, a.rule.meta.title]));
  const warnings = composer.findings.filter((f) => f.severity === 'warn').length;
  const shownFindings = composer.findings.filter((f) => f.severity !== 'info').length;

  const keep = (next: DraftMarks) => {
    setMarks(next);
    services.marks.save(tabId, { composerId, draftId }, next).catch(() =>
      setStatus({ kind: 'error', text: 'Your ticks could not be kept; they will be lost when the popup closes.' }),
    );
  };

  const changeTags = (index: number, change: (ids: string[]) => string[], done: string) => {
    queue.current = queue.current.then(async () => {
      const image = latest.current.images[index];
      if (!image) return;
      const ids = change(image.taggedStudents ?? []);
      try {
        const next = await services.tagImage({ tabId, composerId, image: index, studentIds: ids });
        const mine = next.composers.find((c) => c.composerId === composerId);
        if (mine) latest.current = mine;
        onTabState(next);
        setStatus({ kind: 'ok', text: done });
      } catch (err) {
        setStatus({ kind: 'error', text: `The tag was not saved: ${err instanceof Error ? err.message : 'the worker did not answer'}` });
      }
    });
    return queue.current.then(() => undefined);
  };

  const imageName = (i: number) => (composer.images.length === 1 ? 'the photo' : `photo ${i + 1}`);

  return (
    <>
      {marks ? (
        <ReadyPanel left={left} warnings={warnings} />
      ) : (
        <p className="quiet" aria-busy="true">
          Reading your checklist…
        </p>
      )}
      <DraftSummary platform={composer.platform} excerpt={composer.excerpt} images={composer.images.length} findings={shownFindings} />

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <FindingList
          findings={composer.findings}
          titles={titles}
          images={composer.images}
          onShow={(f) =>
            f.start === undefined || f.end === undefined
              ? Promise.resolve(false)
              : services.showFinding(tabId, { composerId, start: f.start, end: f.end })
          }
        />
      </section>

      {composer.images.length > 0 && (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading">Who is in the photos?</h2>
          {rosterSize === 0 ? (
            <p className="quiet">Import your roster to tag students in the photos.</p>
          ) : (
            <>
              <PhotoTags
                images={composer.images}
                students={students}
                noStudents={composer.images.map((img, i) => current.noStudents.includes(imageKey(img, i)))}
                today={today}
                search={(text) => repository.findStudents({ text, limit: SEARCH_LIMIT })}
                onAdd={(index, s) => {
                  setStudents((known) => new Map([...known, [s.id, s]]));
                  return changeTags(index, (ids) => [...new Set([...ids, s.id])], `${displayName(s)} tagged in ${imageName(index)}.`);
                }}
                onRemove={(index, id) => {
                  const s = students.get(id);
                  return changeTags(index, (ids) => ids.filter((t) => t !== id), `${s ? displayName(s) : id} removed from ${imageName(index)}.`);
                }}
                onNoStudents={(index, none) => {
                  const img = composer.images[index];
                  if (img) keep({ ...current, noStudents: toggle(current.noStudents, imageKey(img, index), none) });
                }}
              />
              <BarredStudents load={() => repository.loadStudents()} today={today} />
            </>
          )}
          <StatusLine status={status} />
        </section>
      )}

      <section aria-labelledby="manual-heading" aria-busy={!marks}>
        <h2 id="manual-heading">Before you post</h2>
        {marks && (
          <ManualChecklist
            items={facts.items}
            ticked={facts.ticked}
            onToggle={(id, on) => keep({ ...current, ticked: toggle(current.ticked, id, on) })}
          />
        )}
        {composer.images.length === 0 && <StatusLine status={status} />}
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules checked</h2>
        <RuleChecklist lines={checks} />
      </section>
    </>
  );
}
