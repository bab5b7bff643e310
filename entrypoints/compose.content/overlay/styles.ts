/** The overlay's styles, scoped by its shadow root so neither the page nor PostGuard restyles the other. */
export const OVERLAY_CSS = `
:host{all:initial;display:inline-flex;align-items:center;vertical-align:middle;margin:0 8px;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
:host([data-mode="floating"]){position:fixed;margin:0;z-index:2147483000}
.pg{--bg:#fff;--fg:#0f1419;--muted:#536471;--line:#cfd9de;--block:#c5221f;--warn:#b06000;--info:#1a73e8;--ok:#188038;color:var(--fg)}
.pg[data-theme="dark"]{--bg:#16181c;--fg:#e7e9ea;--muted:#8b98a5;--line:#38444d;--block:#f28b82;--warn:#fdd663;--info:#8ab4f8;--ok:#81c995}
button{font:inherit;color:inherit;cursor:pointer;border-radius:6px;border:1px solid var(--line);background:var(--bg);padding:3px 8px}
button:disabled{opacity:.5;cursor:not-allowed}
button:focus-visible,textarea:focus-visible{outline:2px solid var(--info);outline-offset:1px}
.badge{display:inline-flex;align-items:center;gap:4px;border-radius:999px;font-weight:700;padding:2px 9px;border:2px solid var(--ok);color:var(--ok)}
.pg[data-worst="info"] .badge{border-color:var(--info);color:var(--info)}
.pg[data-worst="warn"] .badge{border-color:var(--warn);color:var(--warn)}
.pg[data-worst="block"] .badge{border-color:var(--block);color:var(--block)}
.pg[data-status="error"] .badge{border-style:dashed}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.panel,.gate{position:fixed;z-index:2147483001;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:12px;box-shadow:0 8px 28px rgba(0,0,0,.28);box-sizing:border-box}
.panel{width:min(380px,calc(100vw - 16px));max-height:min(60vh,520px);overflow:auto;padding:10px 12px}
.panel header{display:flex;justify-content:space-between;align-items:baseline;gap:8px;margin-bottom:6px}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid var(--line);padding:8px 0}
li:first-child{border-top:0}
.sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-right:6px}
li[data-severity="block"] .sev{color:var(--block)}
li[data-severity="warn"] .sev{color:var(--warn)}
li[data-severity="info"] .sev{color:var(--info)}
.msg{margin:4px 0}
.clause{margin:4px 0;color:var(--muted);font-size:12px}
.where{color:var(--muted);font-size:12px}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:4px}
.note{margin:4px 0 0;color:var(--muted);font-size:12px}
.note:empty{display:none}
.suggestion{user-select:all;font-family:ui-monospace,monospace}
footer{display:flex;flex-wrap:wrap;justify-content:space-between;gap:6px;margin-top:8px;padding-top:8px;border-top:1px solid var(--line)}
.empty{color:var(--muted);margin:4px 0}
.gate{width:min(440px,calc(100vw - 16px));max-height:80vh;overflow:auto;padding:16px}
.gate h2{font-size:16px;margin:0 0 8px}
.gate label{display:block;font-weight:600;margin:10px 0 4px}
.gate textarea{box-sizing:border-box;width:100%;min-height:64px;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:6px}
.gate .buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
.gate .anyway:not(:disabled){border-color:var(--block);color:var(--block)}
.error{color:var(--block)}
[hidden]{display:none!important}
`;
