import { browser } from 'wxt/browser';
import type { Platform } from '../../rules/types.ts';

/** browser.storage.local key: the platforms on which the user turned PostGuard off. */
export const DISABLED_SITES_KEY = 'disabledSites';

function parse(value: unknown): Platform[] {
  return Array.isArray(value) ? value.filter((v): v is Platform => v === 'x' || v === 'facebook') : [];
}

export async function isSiteDisabled(platform: Platform): Promise<boolean> {
  const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
  return parse(stored[DISABLED_SITES_KEY]).includes(platform);
}

export async function setSiteDisabled(platform: Platform, disabled: boolean): Promise<void> {
  const list = parse((await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY]).filter((p) => p !== platform);
  await browser.storage.local.set({ [DISABLED_SITES_KEY]: disabled ? [...list, platform] : list });
}

/** Calls `listener` whenever the switch for `platform` flips (from the overlay, the popup or the options page). */
export function watchSiteSwitch(platform: Platform, listener: (disabled: boolean) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[DISABLED_SITES_KEY];
    if (area === 'local' && change) listener(parse(change.newValue).includes(platform));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
