import type { Browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../../rules/settings.ts';

/** The managed-storage key a district's IT sets (see public/managed-schema.json). */
export const MANAGED_KEY = 'settings';

type ManagedArea = Pick<Browser.storage.StorageArea, 'get'>;

/**
 * Settings pushed by enterprise policy, if any. They win over what was saved
 * in the options page. The value is the JSON the options page exports, as a
 * string (what admin consoles and registry policies hold) or as an object.
 * A managed value that does not validate is ignored, with a warning naming
 * the problem, so a typo in a policy cannot switch checks off.
 */
export async function readManagedSettings(area: ManagedArea | undefined): Promise<Settings | undefined> {
  if (!area) return undefined;
  let value: unknown;
  try {
    value = (await area.get(MANAGED_KEY))[MANAGED_KEY];
  } catch {
    // Browsers without a managed policy store reject the read: nothing is managed.
    return undefined;
  }
  if (value === undefined) return undefined;
  let doc = value;
  if (typeof value === 'string') {
    try {
      doc = JSON.parse(value);
    } catch {
      console.warn('PostGuard: the managed settings policy is not valid JSON; it is ignored.');
      return undefined;
    }
  }
  const parsed = parseSettings(doc);
  if (!parsed.ok) {
    console.warn(`PostGuard: the managed settings policy is ignored: ${parsed.error}`);
    return undefined;
  }
  return parsed.settings;
}
