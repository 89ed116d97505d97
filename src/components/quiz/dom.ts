/** The few DOM helpers the quiz's elements share. */

/** The first match inside `root`; the markup is server-rendered, so a miss is a bug, not a state. */
export function $<T extends HTMLElement = HTMLElement>(root: Element, selector: string): T {
  return root.querySelector<T>(selector)!;
}

export function setText(root: Element, selector: string, text: string) {
  $(root, selector).textContent = text;
}

/** Clones a server-rendered <template data-tpl> (keeping its scoped styles) and indexes its [data-f] parts by name. */
export function clone(root: Element, name: string) {
  const item = $<HTMLTemplateElement>(root, `template[data-tpl="${name}"]`).content.firstElementChild!.cloneNode(true) as HTMLElement;
  const parts: Record<string, HTMLElement> = {};
  for (const el of item.querySelectorAll<HTMLElement>('[data-f]')) parts[el.dataset.f!] = el;
  return { item, parts };
}

export function li(content: string | Node) {
  const item = document.createElement('li');
  item.replaceChildren(content);
  return item;
}
