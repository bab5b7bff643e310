import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ext = '/tmp/pg/ext';
const dir = mkdtempSync('/tmp/pg/ud-');
const context = await chromium.launchPersistentContext(dir, {
  executablePath: '/usr/bin/chromium', headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync',`--disable-extensions-except=${ext}`,`--load-extension=${ext}`, '--host-resolver-rules=MAP * ~NOTFOUND'],
});
const seen = [];
context.on('request', r => seen.push(['req', r.url(), !!r.serviceWorker()]));
await context.route('**/*', async (route) => {
  const u = route.request().url();
  if (u.startsWith('https://x.com/')) return route.fulfill({ contentType: 'text/html', body: '<h1>x</h1>' });
  seen.push(['route-abort', u]); return route.abort();
});
let sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
sw.on('close', () => console.log('sw close event'));
console.log(await sw.evaluate(() => fetch('https://example.com/a').then(r => r.status, e => 'err ' + e.message)));
const page = await context.newPage();
await page.goto('https://x.com/home');
console.log('cs', await page.evaluate(() => document.documentElement.dataset.cs));
console.log(await page.evaluate(() => fetch('https://example.org/b').then(r => r.status, e => 'err ' + e.message)));
const ep = await context.newPage();
await ep.goto(`chrome-extension://${id}/manifest.json`);
const ping = () => ep.evaluate(() => chrome.runtime.sendMessage({ hi: 1 }));
console.log('ping1', await ping());
const bcdp = await context.browser().newBrowserCDPSession();
const { targetInfos } = await bcdp.send('Target.getTargets');
const t = targetInfos.find(x => x.type === 'service_worker');
console.log('close', await bcdp.send('Target.closeTarget', { targetId: t.targetId }));
await new Promise(r => setTimeout(r, 1000));
console.log('workers after', context.serviceWorkers().length, (await bcdp.send('Target.getTargets')).targetInfos.filter(x=>x.type==='service_worker').length);
const p2 = context.waitForEvent('serviceworker');
console.log('ping2', await ping());
const sw2 = await p2; console.log('restarted', sw2.url(), sw2 === sw);
console.log(seen);
await context.close();
