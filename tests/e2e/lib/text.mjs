// Which of the article's text is visible. Runs in the tested page: `expected` is Readability's
// extracted article (its expected.html); its text blocks are the chunks that must stay visible.

/** In the page: the chunks of `expected` and, for each, whether the page shows it now. */
export function visibleChunks(expected) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const doc = new DOMParser().parseFromString(expected, 'text/html');
  const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, figcaption, dd, dt';
  const chunks = [];
  for (const el of doc.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost blocks only
    const t = norm(el.textContent);
    if (t.length >= 20) chunks.push(t);
  }
  // The page's visible text, in document order.
  const parts = [];
  const shown = new Map();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent) continue;
    let visible = shown.get(parent);
    if (visible === undefined) {
      visible = parent.checkVisibility({ visibilityProperty: true });
      shown.set(parent, visible);
    }
    if (visible) parts.push(n.data);
  }
  const visibleText = norm(parts.join(''));
  const loose = visibleText.replace(/\s/g, '');
  return chunks.map((c) => ({ chunk: c, visible: visibleText.includes(c) || loose.includes(c.replace(/\s/g, '')) }));
}
