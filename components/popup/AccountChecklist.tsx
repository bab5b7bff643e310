import { useId, useState, type FormEvent } from 'react';
import { accountItemStatus, type AccountItem, type AccountItemId } from '../../rules/account-checklist.ts';
import { ConfirmAction } from '../ConfirmAction.tsx';
import { Clauses } from './Clauses.tsx';
import { PLATFORM_NAMES } from './DraftSummary.tsx';

export type AccountPlatform = 'x' | 'facebook';

export interface AccountView {
  id: number;
  platform: AccountPlatform;
  name: string;
  confirmed: Partial<Record<AccountItemId, string>>;
}

export interface AccountChecklistProps {
  accounts: readonly AccountView[];
  items: readonly AccountItem[];
  selectedId: number | undefined;
  /** YYYY-MM-DD. */
  today: string;
  defaultPlatform: AccountPlatform;
  onSelect(id: number): void;
  /** Rejects with a message for the person when the account cannot be added. */
  onAdd(platform: AccountPlatform, name: string): Promise<void>;
  onConfirm(id: number, item: AccountItemId, day: string | null): Promise<void>;
  onRemove(id: number): Promise<void>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-22" → "22 Nov 2026": the same in every locale, and never read as a US or European date by mistake. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function statusText(item: AccountItem, confirmed: string | undefined, today: string): { state: string; text: string } {
  const s = accountItemStatus(confirmed, item.renewMonths, today);
  if (s.state === 'missing' || !s.confirmedOn || !s.dueOn) return { state: 'missing', text: 'Not confirmed yet.' };
  const last = formatDay(s.confirmedOn);
  if (s.state === 'due') return { state: s.state, text: `Due: last confirmed ${last}, more than ${item.renewMonths} months ago.` };
  if (s.state === 'soon') return { state: s.state, text: `Due on ${formatDay(s.dueOn)} (last confirmed ${last}).` };
  return { state: s.state, text: `Confirmed ${last}; next due ${formatDay(s.dueOn)}.` };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : 'That could not be saved.';
}

function AddAccount({ defaultPlatform, onAdd, first }: { defaultPlatform: AccountPlatform; onAdd: AccountChecklistProps['onAdd']; first: boolean }) {
  const base = useId();
  const [platform, setPlatform] = useState<AccountPlatform>(defaultPlatform);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onAdd(platform, name);
      setName('');
      setError(undefined);
    } catch (err) {
      setError(message(err));
    }
  };
  return (
    <form className="add-account" onSubmit={(e) => void submit(e)} aria-labelledby={`${base}-legend`}>
      <p id={`${base}-legend`} className="form-title">
        {first ? 'Which account do you post from?' : 'Add another account'}
      </p>
      <div className="row">
        <label htmlFor={`${base}-platform`}>Platform</label>
        <select id={`${base}-platform`} value={platform} onChange={(e) => setPlatform(e.currentTarget.value as AccountPlatform)}>
          <option value="x">X</option>
          <option value="facebook">Facebook</option>
        </select>
      </div>
      <div className="row">
        <label htmlFor={`${base}-name`}>Account name</label>
        <input id={`${base}-name`} type="text" placeholder="@ParkWestSchool" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </div>
      <button type="submit">Add account</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function AccountItemRow({ account, item, today, onConfirm }: { account: AccountView; item: AccountItem; today: string; onConfirm: AccountChecklistProps['onConfirm'] }) {
  const base = useId();
  const [error, setError] = useState<string>();
  const confirmed = account.confirmed[item.id];
  const status = statusText(item, confirmed, today);
  const save = async (day: string | null) => {
    try {
      await onConfirm(account.id, item.id, day);
      setError(undefined);
    } catch (err) {
      setError(message(err));
    }
  };
  return (
    <li data-item={item.id} data-state={status.state} className={`duty ${status.state}`}>
      <p className="duty-label" id={`${base}-label`}>
        {item.label}
      </p>
      <p className="duty-status">{status.text}</p>
      {(status.state === 'missing' || status.state === 'due') && <p className="hint">{item.hint}</p>}
      <div className="row">
        <button type="button" aria-label={`Confirm today: ${item.label}`} onClick={() => void save(today)}>
          Confirm today
        </button>
        <label>
          Last confirmed
          <span className="visually-hidden">: {item.label}</span>
          <input type="date" max={today} value={confirmed ?? ''} onChange={(e) => void save(e.currentTarget.value || null)} />
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      <Clauses clauses={item.clauses} />
    </li>
  );
}

/** Duties of a school account, each with the day it was last confirmed and when it falls due again. */
export function AccountChecklist(props: AccountChecklistProps) {
  const { accounts, items, selectedId, today, defaultPlatform, onSelect, onAdd, onConfirm, onRemove } = props;
  const base = useId();
  if (items.length === 0) return <p className="quiet">The procedure in force sets no duties for the accounts themselves.</p>;
  const account = accounts.find((a) => a.id === selectedId) ?? accounts[0];
  return (
    <div className="accounts">
      {account ? (
        <>
          {accounts.length > 1 && (
            <div className="row">
              <label htmlFor={`${base}-account`}>Account</label>
              <select id={`${base}-account`} value={account.id} onChange={(e) => onSelect(Number(e.currentTarget.value))}>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({PLATFORM_NAMES[a.platform]})
                  </option>
                ))}
              </select>
            </div>
          )}
          <h3 className="account-name">
            {account.name} <span className="hint">on {PLATFORM_NAMES[account.platform]}</span>
          </h3>
          <ul className="duties" data-testid="account-checklist" aria-label={`Duties for ${account.name}`}>
            {items.map((item) => (
              <AccountItemRow key={item.id} account={account} item={item} today={today} onConfirm={onConfirm} />
            ))}
          </ul>
          <ConfirmAction
            label={`Remove ${account.name}…`}
            question={`Remove ${account.name} and the dates confirmed for it from PostGuard? The account itself is not touched.`}
            confirmLabel="Remove"
            onConfirm={() => onRemove(account.id)}
          />
        </>
      ) : (
        <p className="quiet">Name the account you post from to keep its checklist here, with a reminder when a duty falls due.</p>
      )}
      <AddAccount defaultPlatform={defaultPlatform} onAdd={onAdd} first={!account} />
    </div>
  );
}
