import { forPack, type ClausesByPack } from './checklist.ts';
import type { ClauseCitation, PackId } from './packs/index.ts';

/**
 * Duties that belong to a school's account rather than to any one post. They
 * are confirmed now and then, not per post: each has a date it was last
 * confirmed and falls due again `renewMonths` later.
 */

export const ACCOUNT_ITEM_IDS = ['two-admins', 'work-email', 'registered', 'disclaimer', 'password-reset'] as const;
export type AccountItemId = (typeof ACCOUNT_ITEM_IDS)[number];

export interface AccountItem {
  id: AccountItemId;
  label: string;
  /** How to confirm it, in a few words. */
  hint: string;
  renewMonths: number;
  clauses: ClauseCitation[];
}

type Source = Omit<AccountItem, 'clauses'> & { clauses: ClausesByPack };

const ITEMS: readonly Source[] = [
  {
    id: 'two-admins',
    label: 'At least two administrators on the account',
    hint: 'Staff change: look at the account’s admin list.',
    renewMonths: 12,
    clauses: {
      'medicine-hat-570p005': [
        {
          ref: '570 P 005 General Guidelines',
          quote: 'The District and schools will have a minimum of two designates responsible for content management of all social media accounts.',
        },
      ],
      'ap-80-06': [
        {
          ref: 'AP 80-06 Online Interactions',
          quote: 'No less than two staff members should have administrative access to a given account or site in addition to the ITS account.',
        },
      ],
    },
  },
  {
    id: 'work-email',
    label: 'A work e-mail address on the account',
    hint: 'The account’s login e-mail is a school or district address.',
    renewMonths: 12,
    clauses: {
      'medicine-hat-570p005': [
        { ref: '570 P 005 General Guidelines', quote: 'A work-related email address must be used when creating social media accounts.' },
      ],
    },
  },
  {
    id: 'registered',
    label: 'The account is registered with the district',
    hint: 'Communications or IT has the account, its login and who can use it.',
    renewMonths: 12,
    clauses: {
      'medicine-hat-570p005': [
        {
          ref: '570 P 005 proc 10',
          quote: "All schools shall provide the login information and passwords along with the designated staff member(s) associated with all social media pages and sites to the District's Communications Coordinator, as well as the names of staff who have access to this information.",
        },
      ],
      'lethbridge-607-4': [
        {
          ref: '607.4 §3.1',
          quote: 'All schools shall provide login information and passwords associated with all social media pages and sites to the Communications Officer, as well as the names of staff who have access to this information.',
        },
      ],
      'ap-80-06': [
        {
          ref: 'AP 80-06 Establishing Social Media Accounts',
          quote: 'In order to properly track social media accounts in use throughout the Division, they should be registered with ITS.',
        },
      ],
    },
  },
  {
    id: 'disclaimer',
    label: 'The disclaimer is posted on the page',
    hint: 'The district’s comment guidelines and disclaimer appear on the profile or page.',
    renewMonths: 12,
    clauses: {
      'medicine-hat-570p005': [
        {
          ref: '570 P 005 proc 8',
          quote: "The school's Facebook account will include the following disclaimers on its page for purposes of transparency and accountability to our stakeholders:",
        },
      ],
      'lethbridge-607-4': [
        {
          ref: '607.4 §7',
          quote: 'Division approved social media accounts shall include the following disclaimers on their sites for purposes of transparency and accountability to our stakeholders:',
        },
      ],
    },
  },
  {
    id: 'password-reset',
    label: 'Password changed within the last 12 months',
    hint: 'Also whenever someone with access leaves.',
    renewMonths: 12,
    clauses: {
      'lethbridge-607-4': [{ ref: '607.4 §3.4', quote: 'Strong passwords shall be used.' }],
      'ap-80-06': [
        {
          ref: 'AP 80-06 Account Management',
          quote: "Joint accounts such as those for a school should have passwords reset annually or any time a staff member with access to that account leaves the Division's employment.",
        },
      ],
    },
  },
];

/** The account duties of the procedure in force (none for a procedure that sets none). */
export function accountChecklist(pack: PackId): AccountItem[] {
  return forPack(ITEMS, pack);
}

export const ACCOUNT_CHECKLIST_SOURCES: readonly Source[] = ITEMS;

/** How soon before its due day an item is flagged as coming up. */
export const DUE_SOON_DAYS = 30;

export type AccountItemState = 'missing' | 'due' | 'soon' | 'ok';

export interface AccountItemStatus {
  state: AccountItemState;
  /** YYYY-MM-DD of the last confirmation. */
  confirmedOn?: string;
  /** YYYY-MM-DD on which it must be confirmed again. */
  dueOn?: string;
}

/** `date` (YYYY-MM-DD) plus whole months, clamped to the month's last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Where an item stands on `today` (YYYY-MM-DD): never confirmed, due, due within DUE_SOON_DAYS, or fine. */
export function accountItemStatus(confirmedOn: string | undefined, renewMonths: number, today: string): AccountItemStatus {
  if (!confirmedOn) return { state: 'missing' };
  const dueOn = addMonths(confirmedOn, renewMonths);
  const state = dueOn <= today ? 'due' : dueOn <= addDays(today, DUE_SOON_DAYS) ? 'soon' : 'ok';
  return { state, confirmedOn, dueOn };
}

/** The items that need attention on `today`: never confirmed or due. */
export function dueItems(items: readonly AccountItem[], confirmed: Partial<Record<AccountItemId, string>>, today: string): AccountItem[] {
  return items.filter((item) => {
    const { state } = accountItemStatus(confirmed[item.id], item.renewMonths, today);
    return state === 'missing' || state === 'due';
  });
}
