import { useCallback, useEffect, useRef, useState } from 'react';
import { AccountChecklist } from '../../components/popup/AccountChecklist.tsx';
import { PLATFORM_NAMES } from '../../components/popup/DraftSummary.tsx';
import { Notice } from '../../components/popup/Notice.tsx';
import { accountChecklist, dueItems } from '../../rules/account-checklist.ts';
import { PACKS } from '../../rules/packs/index.ts';
import { localIso } from '../../utils/local-iso.ts';
import { MessagingError } from '../../utils/messaging.ts';
import type { TabState } from '../background/messages.ts';
import { DraftPanel } from './DraftPanel.tsx';
import { browserServices, type PopupServices } from './services.ts';
import { useAccounts } from './use-accounts.ts';

export interface AppProps {
  services?: PopupServices;
  /** Wait before the one automatic retry when the worker is not answering (a stopped MV3 worker takes a moment). */
  retryDelayMs?: number;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'error'; restarting: boolean; message: string }
  | { kind: 'ready'; tab: TabState };

const REFRESH_DELAY_MS = 150;

export function App({ services = browserServices, retryDelayMs = 800 }: AppProps) {
  // One "today" per opening: consent and due dates must not shift while the popup is read.
  const [today] = useState(() => localIso(services.now()).slice(0, 10));
  const [tabId, setTabId] = useState<number>();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [selected, setSelected] = useState<string>();
  const [accountOpen, setAccountOpen] = useState(false);
  const accountSummary = useRef<HTMLElement>(null);
  const accounts = useAccounts(services.repository);

  /** `refresh`: a background update while the popup is shown; on failure the last answer stays on screen. */
  const fetchState = useCallback(
    async (id: number, { attempt = 0, refresh = false } = {}): Promise<void> => {
      try {
        const tab = await services.tabState(id);
        setLoad({ kind: 'ready', tab });
        void services.marks.prune(id, tab.composers).catch(() => undefined);
      } catch (error) {
        if (refresh) return;
        const restarting = error instanceof MessagingError && error.code === 'unavailable';
        if (restarting && attempt === 0) {
          await new Promise((r) => setTimeout(r, retryDelayMs));
          return fetchState(id, { attempt: attempt + 1 });
        }
        setLoad({
          kind: 'error',
          restarting,
          message: error instanceof Error ? error.message : 'Something went wrong.',
        });
      }
    },
    [services, retryDelayMs],
  );

  const start = useCallback(async () => {
    setLoad({ kind: 'loading' });
    const id = await services.tabId().catch(() => undefined);
    setTabId(id);
    if (id === undefined) setLoad({ kind: 'no-tab' });
    else await fetchState(id);
  }, [services, fetchState]);

  useEffect(() => {
    void start();
  }, [start]);

  // Follow the page while the popup is open: the worker re-checks as the draft changes.
  useEffect(() => {
    if (tabId === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = services.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void fetchState(tabId, { refresh: true }), REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [services, tabId, fetchState]);

  // The worker's settings, the ones its findings came from: a district's managed policy wins there.
  const settings = load.kind === 'ready' ? load.tab.settings : undefined;
  const policy = settings?.policy ?? 'strictest';
  const duties = accountChecklist(policy);
  const due = (accounts.accounts ?? []).map((a) => ({ account: a, due: dueItems(duties, a.confirmed, today) })).filter((d) => d.due.length);
  const composer = load.kind === 'ready' ? (load.tab.composers.find((c) => c.composerId === selected) ?? load.tab.composers[0]) : undefined;
  const platform = composer?.platform === 'facebook' ? 'facebook' : 'x';
  const defaultAccount = accounts.accounts?.find((a) => a.platform === platform)?.id;

  const review = () => {
    setAccountOpen(true);
    // Focus also scrolls the section into view.
    requestAnimationFrame(() => accountSummary.current?.focus());
  };

  return (
    <main className="popup" aria-busy={load.kind === 'loading'}>
      <header className="top">
        <h1>PostGuard</h1>
        {settings && <p className="pack">Checking against {PACKS[settings.policy].name}</p>}
      </header>

      {due.length > 0 && (
        <p className="reminder" role="status" data-testid="account-reminder">
          <span>
            Account checklist: {due[0]?.due.length} {due[0]?.due.length === 1 ? 'duty' : 'duties'} due for {due[0]?.account.name}
            {due.length > 1 && ` and ${due.length - 1} other ${due.length === 2 ? 'account' : 'accounts'}`}.
          </span>{' '}
          <button type="button" className="link" onClick={review}>
            Review
          </button>
        </p>
      )}

      {load.kind === 'loading' && <p className="quiet">Reading this tab’s draft…</p>}
      {load.kind === 'no-tab' && (
        <Notice title="PostGuard could not tell which tab this is." tone="warn" action={{ label: 'Try again', onClick: () => void start() }}>
          <p>Click the PostGuard button again from the tab with your post.</p>
        </Notice>
      )}
      {load.kind === 'error' && tabId !== undefined && (
        <Notice
          title={load.restarting ? 'PostGuard’s background worker is restarting.' : 'PostGuard could not read this tab’s draft.'}
          tone="error"
          action={{ label: 'Try again', onClick: () => void fetchState(tabId) }}
        >
          <p>
            {load.restarting
              ? 'It did not answer yet. Try again in a moment; if it still does not answer, reload the page with your post.'
              : load.message}
          </p>
        </Notice>
      )}

      {load.kind === 'ready' && tabId !== undefined && (
        <>
          {load.tab.rosterSize === 0 && (
            <Notice title="No roster loaded." tone="warn" action={{ label: 'Import your roster', onClick: () => services.openOptions() }}>
              <p>Without the consent roster PostGuard cannot check student names or who is in the photos.</p>
            </Notice>
          )}
          {load.tab.unsupported.map((u) => (
            <Notice key={u.at + u.reason} title="A post box on this page is not being checked." tone="warn">
              <p>{u.reason}</p>
            </Notice>
          ))}
          {composer ? (
            <>
              {load.tab.composers.length > 1 && (
                <p className="row">
                  <label htmlFor="draft-select">Draft</label>
                  <select id="draft-select" value={composer.composerId} onChange={(e) => setSelected(e.currentTarget.value)}>
                    {load.tab.composers.map((c, i) => (
                      <option key={c.composerId} value={c.composerId}>
                        {i + 1}. {PLATFORM_NAMES[c.platform]}: {c.excerpt || 'no text yet'}
                      </option>
                    ))}
                  </select>
                </p>
              )}
              <DraftPanel
                key={`${composer.composerId}:${composer.draftId}`}
                tabId={tabId}
                composer={composer}
                rosterSize={load.tab.rosterSize}
                settings={load.tab.settings}
                today={today}
                services={services}
                onTabState={(tab) => setLoad((l) => (l.kind === 'ready' ? { ...l, tab } : l))}
              />
            </>
          ) : (
            <Notice title="No post box on this tab." action={{ label: 'Check again', onClick: () => void fetchState(tabId) }}>
              <p>Open X or Facebook in this tab and start writing a post; its checklist appears here.</p>
            </Notice>
          )}
        </>
      )}

      <details className="account-section" open={accountOpen} onToggle={(e) => setAccountOpen(e.currentTarget.open)}>
        <summary ref={accountSummary}>
          <h2>Account checklist</h2>
          {due.length > 0 && <span className="pill manual">{due.reduce((n, d) => n + d.due.length, 0)} due</span>}
        </summary>
        {accounts.error && <p role="alert">{accounts.error}</p>}
        {accounts.accounts && (
          <AccountChecklist
            accounts={accounts.accounts}
            items={duties}
            selectedId={accounts.selectedId ?? defaultAccount}
            today={today}
            defaultPlatform={platform}
            onSelect={accounts.select}
            onAdd={accounts.add}
            onConfirm={accounts.confirm}
            onRemove={accounts.remove}
          />
        )}
      </details>
    </main>
  );
}
