type Child = Node | string | null | undefined | false;
type Prop = string | number | boolean | undefined | ((event: Event) => void);

/**
 * Builds an element: attributes as given, `on*` props as listeners, children
 * as nodes or text. Text is always set as text, never parsed as markup, so a
 * draft's words cannot become HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, Prop> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== undefined) el.setAttribute(key, String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}
