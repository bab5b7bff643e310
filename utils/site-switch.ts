import { browser } from 'wxt/browser';
import type { Platform } from '../rules/types.ts';

/** browser.storage.local key: the platforms on which the user turned PostGuard off. */
export const DISABLED_SITES_KEY = 'disabledSites';

function parse(value: unknown): Platform[] {
  return Array.isArray(value) ? value.filter((v): v is Platform => v === 'x' || v === 'facebook') : [];
}

/** The platforms PostGuard is switched off on. */
export async function disabledSites(): Promise<Platform[]> {
  return parse((await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY]);
}

export async function isSiteDisabled(platform: Platform): Promise<boolean> {
  return (await disabledSites()).includes(platform);
}

export async function setSiteDisabled(platform: Platform, disabled: boolean): Promise<void> {
  const list = (await disabledSites()).filter((p) => p !== platform);
  await browser.storage.local.set({ [DISABLED_SITES_KEY]: disabled ? [...list, platform] : list });
}

/** Calls `listener` with the new list whenever a switch flips (from the overlay, the popup or the options page). */
export function watchDisabledSites(listener: (disabled: Platform[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[DISABLED_SITES_KEY];
    if (area === 'local' && change) listener(parse(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Calls `listener` whenever the switch for `platform` flips. */
export function watchSiteSwitch(platform: Platform, listener: (disabled: boolean) => void): () => void {
  return watchDisabledSites((list) => listener(list.includes(platform)));
}
