import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from './adapters/facebook.ts';
import type { SiteAdapter } from './adapters/types.ts';
import { xAdapter } from './adapters/x.ts';
import { ComposePage } from './page.ts';
import { listenToPopup } from './popup-inbox.ts';
import { isSiteDisabled, setSiteDisabled, watchSiteSwitch } from '../../utils/site-switch.ts';
import { workerClient } from './worker-client.ts';

function siteOf(host: string): { adapter: SiteAdapter; name: string } | null {
  if (host === 'x.com' || host === 'twitter.com') return { adapter: xAdapter, name: 'X' };
  if (host === 'www.facebook.com') return { adapter: facebookAdapter, name: 'Facebook' };
  return null;
}

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*'],
  // Before the site's own scripts, so the gate's capture listeners on window run first.
  runAt: 'document_start',
  main(ctx) {
    const site = siteOf(location.hostname);
    if (!site) return;
    const { adapter, name } = site;
    const page = new ComposePage({
      adapter,
      worker: workerClient,
      siteName: name,
      turnOff: () => void setSiteDisabled(adapter.platform, true),
      listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
    });
    page.install();
    ctx.onInvalidated(workerClient.onRecheck((id, answer) => page.recheck(id, answer)));
    ctx.onInvalidated(listenToPopup(page));
    ctx.onInvalidated(watchSiteSwitch(adapter.platform, (off) => (off ? page.stop() : page.start())));
    ctx.onInvalidated(() => page.stop());

    const begin = async () => {
      if (!(await isSiteDisabled(adapter.platform).catch(() => false))) page.start();
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', () => void begin(), { once: true });
    else void begin();
  },
});
