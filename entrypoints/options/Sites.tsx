import { useEffect, useState } from 'react';
import { SiteSwitches } from '../../components/SiteSwitches.tsx';
import type { Platform } from '../../rules/types.ts';
import { disabledSites, setSiteDisabled, watchDisabledSites } from '../../utils/site-switch.ts';

/** The per-site off switch, kept in extension storage so open composers follow it at once. */
export function Sites() {
  const [disabled, setDisabled] = useState<Platform[]>();
  useEffect(() => {
    void disabledSites().then(setDisabled);
    return watchDisabledSites(setDisabled);
  }, []);
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      {disabled ? (
        <SiteSwitches disabled={disabled} onChange={(platform, on) => void setSiteDisabled(platform, !on)} />
      ) : (
        <p>Loading…</p>
      )}
    </section>
  );
}
