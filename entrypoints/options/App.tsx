import { startTransition, useCallback, useEffect, useState } from 'react';
import type { ImportRecord } from '../background/db/schema.ts';
import { repository as defaultRepository, type Repository } from '../background/db/repository.ts';
import type { Settings } from '../../rules/settings.ts';
import type { Student } from '../../rules/types.ts';
import { DataSection } from './DataSection.tsx';
import { PolicySettings } from './PolicySettings.tsx';
import { RosterImport } from './RosterImport.tsx';
import { RosterView } from './RosterView.tsx';
import { Sites } from './Sites.tsx';
import { notifyWorker, type Change } from './worker-notice.ts';
import { createRosterParser, type RosterParser } from './roster-parser.ts';

export interface AppProps {
  repository?: Repository;
  /** Tells the background worker about a change; false when it could not be reached. */
  notify?: (change: Change) => Promise<boolean>;
  now?: Date;
  /** Reads and stores one roster file; the default uses a worker where the browser has one. */
  createParser?: (repository: Repository) => RosterParser;
}

interface Loaded {
  settings: Settings;
  students: Student[];
  latest: ImportRecord | undefined;
}

// Made once, when the page opens: the first date formatted loads the locale's data, which should not
// fall on the moment a roster has just been stored.
const IMPORTED_AT = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

const WORKER_AWAY =
  'Saved. PostGuard could not tell open composers right away; reload any open X or Facebook tab to use the change now.';

export function App({
  repository = defaultRepository,
  notify = notifyWorker,
  now: nowProp,
  createParser = createRosterParser,
}: AppProps) {
  // One "today" per visit: consent flags and counts must not shift while the page is being read.
  const [now] = useState(() => nowProp ?? new Date());
  const [data, setData] = useState<Loaded>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  // Remounts the settings form when settings change underneath it (import, clear all).
  const [settingsRevision, setSettingsRevision] = useState(0);

  const load = useCallback(async () => {
    try {
      const [settings, students, latest] = await Promise.all([
        repository.getSettings(),
        repository.loadStudents(),
        repository.latestImport(),
      ]);
      setData({ settings, students, latest });
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  }, [repository]);

  useEffect(() => {
    void load();
  }, [load]);

  const tell = async (...changes: Change[]) => {
    const told = await Promise.all(changes.map((c) => notify(c)));
    setNotice(told.every(Boolean) ? undefined : WORKER_AWAY);
  };

  if (loadError) {
    return (
      <main>
        <h1>PostGuard options</h1>
        <p role="alert">PostGuard’s storage could not be opened: {loadError}</p>
      </main>
    );
  }
  if (!data) {
    return (
      <main aria-busy="true">
        <h1>PostGuard options</h1>
        <p>Loading…</p>
      </main>
    );
  }

  const rosterStored = async (students: Student[], latest: ImportRecord) => {
    // The wizard already holds what was stored: re-reading 10,000 rows would only cost time. Listing
    // them is a transition, which React renders in slices, so the page never freezes while it does;
    // the count and the list change together.
    startTransition(() => setData((d) => d && { ...d, students, latest }));
    await tell('roster/changed');
  };
  const saveSettings = async (settings: Settings) => {
    const saved = await repository.saveSettings(settings);
    setData((d) => d && { ...d, settings: saved });
    await tell('settings/changed');
  };

  return (
    <main>
      <header>
        <h1>PostGuard options</h1>
        <p className="lede">
          The consent roster and the rules PostGuard checks posts against. Everything here stays in this browser.
        </p>
      </header>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Consent roster</h2>
        <p className="roster-count">
          Students on the roster: <strong data-testid="roster-count">{data.students.length}</strong>
          {data.latest && (
            <span className="hint">
              {' '}
              — from “{data.latest.fileName}”, imported {IMPORTED_AT.format(new Date(data.latest.importedAt))}
              {data.latest.rejectedCount > 0 &&
                ` (${data.latest.rejectedCount} ${data.latest.rejectedCount === 1 ? 'row' : 'rows'} skipped)`}
            </span>
          )}
        </p>
        <RosterImport
          currentCount={data.students.length}
          now={now}
          createParser={() => createParser(repository)}
          onStored={rosterStored}
        />
        <RosterView
          students={data.students}
          now={now}
          onDelete={async () => {
            await repository.clearRoster();
            await load();
            await tell('roster/changed');
          }}
        />
      </section>

      <PolicySettings key={`policy-${settingsRevision}`} saved={data.settings} onSave={saveSettings} />
      <Sites />

      <DataSection
        saved={data.settings}
        onImport={async (settings) => {
          await saveSettings(settings);
          setSettingsRevision((r) => r + 1);
        }}
        onClearAll={async () => {
          await repository.clearAllData();
          await load();
          setSettingsRevision((r) => r + 1);
          await tell('roster/changed', 'settings/changed');
        }}
      />
    </main>
  );
}
