import type { Platform } from '../rules/types.ts';

const SITES: { platform: Platform; label: string }[] = [
  { platform: 'x', label: 'X (x.com, twitter.com)' },
  { platform: 'facebook', label: 'Facebook (www.facebook.com)' },
];

export interface SiteSwitchesProps {
  disabled: readonly Platform[];
  onChange: (platform: Platform, on: boolean) => void;
}

/** Where PostGuard checks posts: the overlay's "off on this site" can be undone here. */
export function SiteSwitches({ disabled, onChange }: SiteSwitchesProps) {
  return (
    <fieldset>
      <legend>Check posts on</legend>
      {SITES.map(({ platform, label }) => (
        <label key={platform} className="check">
          <input
            type="checkbox"
            data-testid={`site-${platform}`}
            checked={!disabled.includes(platform)}
            onChange={(e) => onChange(platform, e.currentTarget.checked)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
