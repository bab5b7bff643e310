/**
 * `position: fixed` is relative to the viewport unless an ancestor has a
 * transform (Facebook's dialog is centred with one), then it is relative to
 * that ancestor. A fixed, zero-sized probe shows where "0,0" really is.
 */
export function fixedOrigin(probe: HTMLElement): { x: number; y: number } {
  const r = probe.getBoundingClientRect();
  return { x: r.left, y: r.top };
}

/** Puts a fixed element at viewport coordinates, kept inside the viewport. */
export function placeFixed(el: HTMLElement, probe: HTMLElement, left: number, top: number): void {
  const origin = fixedOrigin(probe);
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const x = Math.max(8, Math.min(left, innerWidth - w - 8));
  const y = Math.max(8, Math.min(top, innerHeight - h - 8));
  el.style.left = `${x - origin.x}px`;
  el.style.top = `${y - origin.y}px`;
}

/** Opens a popup above `anchor` when there is more room there, else below; its right edge on the anchor's. */
export function placeNear(el: HTMLElement, probe: HTMLElement, anchor: DOMRect): void {
  const above = anchor.top > innerHeight - anchor.bottom;
  const top = above ? anchor.top - el.offsetHeight - 6 : anchor.bottom + 6;
  placeFixed(el, probe, anchor.right - el.offsetWidth, top);
}

function luminance(color: string): number | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark, from the first opaque background behind `el` (the composer's card, else the page). */
export function themeOf(el: Element | null): 'light' | 'dark' {
  for (let node = el; node; node = node.parentElement) {
    const lum = luminance(getComputedStyle(node).backgroundColor);
    if (lum !== null) return lum < 0.45 ? 'dark' : 'light';
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
