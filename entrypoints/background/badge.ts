import type { Browser } from 'wxt/browser';
import type { TabRecord } from './tab-state.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = {
  block: '#B3261E',
  warn: '#B45309',
  /** Not a severity: PostGuard is blind to a box, which must not look like "2 warnings". */
  unsupported: '#5B21B6',
  none: '#5F6368',
} as const;

export const UNSUPPORTED_TITLE = 'PostGuard is not checking this box';
const IDLE_TITLE = 'PostGuard';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the toolbar shows for a tab: warn+block findings across its composers, or "!" when a composer is not being checked. */
export function badgeFor(record: TabRecord | undefined): Badge {
  let block = 0;
  let warn = 0;
  for (const composer of Object.values(record?.composers ?? {})) {
    for (const f of composer.findings) {
      if (f.severity === 'block') block++;
      else if (f.severity === 'warn') warn++;
    }
  }
  if (record?.unsupported.length) {
    const also = block + warn ? ` (other boxes: ${plural(block + warn, 'finding')})` : '';
    return { text: '!', color: BADGE_COLORS.unsupported, title: UNSUPPORTED_TITLE + also };
  }
  if (block + warn === 0) return { text: '', color: BADGE_COLORS.none, title: IDLE_TITLE };
  const held = block ? `; ${plural(block, 'finding')} hold${block === 1 ? 's' : ''} the Post button` : '';
  return {
    text: String(block + warn),
    color: block ? BADGE_COLORS.block : BADGE_COLORS.warn,
    title: `PostGuard: ${plural(block + warn, 'finding')} on this page${held}`,
  };
}

type ActionApi = Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/**
 * Applies badges per tab, skipping calls that would change nothing (a
 * keystroke that leaves the count alone costs no browser API call).
 */
export function createBadgeSetter(action: ActionApi | undefined) {
  const shown = new Map<number, Badge>();
  return {
    async show(tabId: number, badge: Badge): Promise<void> {
      const last = shown.get(tabId);
      if (!action || (last && last.text === badge.text && last.color === badge.color && last.title === badge.title)) return;
      shown.set(tabId, badge);
      try {
        await Promise.all([
          action.setBadgeText({ tabId, text: badge.text }),
          action.setBadgeBackgroundColor({ tabId, color: badge.color }),
          action.setTitle({ tabId, title: badge.title }),
        ]);
      } catch {
        // The tab closed while we were drawing on it.
        shown.delete(tabId);
      }
    },
    forget(tabId: number): void {
      shown.delete(tabId);
    },
  };
}
