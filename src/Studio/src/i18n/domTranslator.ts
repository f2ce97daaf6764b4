/**
 * For libraries that write English literals without a translate service (form-js's editor: palette, properties panel,
 * empty states; the chrome of bpmn-js's properties panel). This keeps them in the user's language by rewriting the
 * library's own texts in the DOM: every text node and title/placeholder/aria-label whose whole (trimmed) text is a key
 * of the dictionary, as the library renders it (a MutationObserver runs before the browser paints, so the English
 * never shows). The original is remembered, so a language switch rewrites the same nodes back or forth. User data
 * (field labels, option labels, values) is never touched: it sits in inputs or in the elements `skip` names.
 */
export interface DomTranslator {
  /** Rewrites everything again (after a language switch). */
  refresh(): void;
  disconnect(): void;
}

const attributes = ['title', 'placeholder', 'aria-label'] as const;

type Dictionary = Record<string, string>;

/** A template key ("List contains {count} items") as a pattern over a whole text. */
function compile(dictionary: Dictionary): Array<[RegExp, string, string[]]> {
  return Object.entries(dictionary)
    .filter(([key]) => key.includes('{'))
    .map(([key, value]) => {
      const names: string[] = [];
      const source = key
        .split(/({[^}]+})/)
        .map((part) => {
          const name = /^{([^}]+)}$/.exec(part)?.[1];
          if (name) {
            names.push(name);
            return '(.+?)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return [new RegExp(`^${source}$`), value, names];
    });
}

/** The text in the dictionary's language, or null when the dictionary has no entry for it. */
export function translateText(text: string, dictionary: Dictionary, templates = compile(dictionary)): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  let translated: string | undefined = dictionary[trimmed];
  if (translated === undefined) {
    for (const [pattern, value, names] of templates) {
      const match = pattern.exec(trimmed);
      if (!match) continue;
      // A captured part is itself translated when the dictionary knows it ("Create a {type} element").
      translated = names.reduce((result, name, i) => result.replace(`{${name}}`, dictionary[match[i + 1]] ?? match[i + 1]), value);
      break;
    }
  }
  if (translated === undefined) return null;
  const start = text.indexOf(trimmed);
  return text.slice(0, start) + translated + text.slice(start + trimmed.length);
}

export function translateDom(root: HTMLElement, dictionary: () => Dictionary | null, skip: string): DomTranslator {
  // What the library wrote last (the original) and what we wrote over it, per node and attribute.
  const texts = new WeakMap<Text, { original: string; written: string }>();
  const attrs = new WeakMap<Element, Map<string, { original: string; written: string }>>();
  let current = dictionary();
  let templates = compile(current ?? {});

  function skipped(node: Node): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    return !element || element.closest(skip) !== null || element.closest('input, textarea, [contenteditable="true"]') !== null;
  }

  function text(node: Text) {
    if (skipped(node)) return;
    const known = texts.get(node);
    const original = known && known.written === node.data ? known.original : node.data;
    const wanted = (current && translateText(original, current, templates)) ?? original;
    texts.set(node, { original, written: wanted });
    if (node.data !== wanted) node.data = wanted;
  }

  function attribute(element: Element, name: string) {
    const value = element.getAttribute(name);
    if (value === null || element.closest(skip) !== null) return;
    const map = attrs.get(element) ?? new Map<string, { original: string; written: string }>();
    attrs.set(element, map);
    const known = map.get(name);
    const original = known && known.written === value ? known.original : value;
    const wanted = (current && translateText(original, current, templates)) ?? original;
    map.set(name, { original, written: wanted });
    if (value !== wanted) element.setAttribute(name, wanted);
  }

  function walk(node: Node) {
    if (node instanceof Text) return text(node);
    if (!(node instanceof Element)) return;
    for (const name of attributes) if (node.hasAttribute(name)) attribute(node, name);
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let next = walker.nextNode(); next; next = walker.nextNode()) {
      if (next instanceof Text) text(next);
      else if (next instanceof Element) for (const name of attributes) if (next.hasAttribute(name)) attribute(next, name);
    }
  }

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') text(mutation.target as Text);
      else if (mutation.type === 'attributes') attribute(mutation.target as Element, mutation.attributeName!);
      else mutation.addedNodes.forEach(walk);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...attributes] });
  walk(root);

  return {
    refresh() {
      current = dictionary();
      templates = compile(current ?? {});
      walk(root);
      observer.takeRecords();
    },
    disconnect: () => observer.disconnect(),
  };
}
