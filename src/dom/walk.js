// The DOM walk, in JavaScript: one call reads the page (or only what was added) into one packed
// string that Snapshot::from_packed (src/snapshot.rs) parses, so that reading costs one crossing
// between JavaScript and WebAssembly instead of several per node. Part of the DOM layer
// (src/dom/); it decides nothing.
//
// Packed format: fields each ended by U+0000 (a NUL inside page text becomes U+FFFD), one record
// per node, a parent always before its children:
//   element: "E", parent, tag, id, class, shadow ("1" if a top-level node of a shadow root),
//            n, then n pairs of attribute name and value (only the kept attributes)
//   text:    "T", parent, shadow, data
// `parent` is the index of the parent record, or "" for a root. Open shadow roots come after the
// rest, under their host. The live nodes come back in `nodes`, at the same indices.
// Whitespace-only text is sent as one space (its length never matters); attributes listed as
// `presence` are sent with an empty value (long URLs in href and src).
//
// Tree navigation goes through a TreeWalker, which a page cannot disturb; a form's own
// properties can be shadowed by its fields (a field named "id" makes `form.id` that field: DOM
// clobbering), so attributes are read by name, never through properties such as `id`.

const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
const WHITESPACE = /^\s*$/;

const clean = (s) => (s.indexOf('\u0000') === -1 ? s : s.replaceAll('\u0000', '\uFFFD'));

class Packer {
  constructor(kept, presence, skipped, maxNodes) {
    this.kept = new Set(kept);
    this.presence = new Set(presence);
    this.skipped = new Set(skipped);
    this.maxNodes = maxNodes;
    // One growing string: V8 builds it as a rope, cheaper than an array of fields and a join.
    this.out = '';
    this.nodes = [];
    this.hosts = []; // [host element, its index]
  }

  /** Adds one node; its index, or -1 when it is left out (comments, scripts, too many nodes). */
  add(node, parent, shadow) {
    if (this.nodes.length >= this.maxNodes) return -1;
    const p = parent < 0 ? '' : parent;
    const sh = shadow ? '1' : '';
    if (node.nodeType === 3) {
      const data = node.data;
      // Most text starts with a visible character: only the rest needs the white-space test.
      const c = data.charCodeAt(0);
      const blank = !(c > 32 && c !== 160) && WHITESPACE.test(data);
      this.out += `T\0${p}\0${sh}\0${blank ? ' ' : clean(data)}\0`;
    } else {
      const tag = node.localName;
      if (this.skipped.has(tag)) return -1;
      let id = '';
      let cls = '';
      let n = 0;
      let attrs = '';
      if (node.hasAttributes()) {
        const list = node.attributes;
        for (let i = 0; i < list.length; i++) {
          const a = list[i];
          const name = a.name;
          if (name === 'id') id = clean(a.value);
          else if (name === 'class') cls = clean(a.value);
          else if (this.kept.has(name)) {
            attrs += `${name}\0${this.presence.has(name) ? '' : clean(a.value)}\0`;
            n += 1;
          }
        }
      }
      this.out += `E\0${p}\0${tag}\0${id}\0${cls}\0${sh}\0${n}\0${attrs}`;
      // Shadow hosts are custom elements or elements with an id (#usercentrics-root): asking
      // every element costs.
      if ((id || tag.includes('-')) && node.shadowRoot) this.hosts.push([node, this.nodes.length]);
    }
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  /** Adds `root`'s subtree as children of record `parent` (the root itself excluded). */
  children(root, parent) {
    const walker = document.createTreeWalker(root, SHOW);
    // Index of each element added; a node whose parent is not in it (inside a script, or past
    // the node limit) is left out with its subtree.
    const index = new Map([[root, parent]]);
    const top = root.nodeType === 11;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const up = node.parentNode;
      const p = index.get(up);
      if (p === undefined) continue;
      const id = this.add(node, p, top && up === root);
      if (id >= 0 && node.nodeType === 1) index.set(node, id);
    }
  }

  /** Adds `root` and its subtree under record `parent`; `shadow`: root is a shadow root's top. */
  subtree(root, parent, shadow) {
    const id = this.add(root, parent, shadow);
    if (id >= 0 && root.nodeType === 1) this.children(root, id);
    return id;
  }

  /** Adds the open shadow roots found so far (and those inside them) under their hosts. */
  shadows() {
    for (let i = 0; i < this.hosts.length; i++) {
      const [host, id] = this.hosts[i];
      this.children(host.shadowRoot, id);
    }
  }

  result(chain = []) {
    this.shadows();
    return { packed: this.out, nodes: this.nodes, chain };
  }
}

/** Reads the whole document. */
export function walkDocument(doc, kept, presence, skipped, maxNodes) {
  const p = new Packer(kept, presence, skipped, maxNodes);
  if (doc.documentElement) p.subtree(doc.documentElement, -1, false);
  return p.result();
}

/** The parent element, or the host for a top-level node of a shadow root. */
function upOne(node) {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return parent.host ?? null;
  return parent.nodeType === 1 ? parent : null;
}

/** Whether `node` is a top-level node of a shadow root. */
function isShadowTop(node) {
  return node.parentNode?.nodeType === 11;
}

/**
 * Reads <html>, <body>, and each added root with its subtree under the chain of its ancestors
 * (each ancestor without its other children). When an ancestor carries `hiddenAttr` (hidden by
 * Sourcelight), that ancestor's whole subtree is read instead, so that its hiding can be checked
 * again. `chain` lists the indices of the ancestors read without their children.
 */
export function walkAdded(doc, roots, kept, presence, skipped, maxNodes, hiddenAttr) {
  const p = new Packer(kept, presence, skipped, maxNodes);
  const index = new Map();
  const chain = [];
  const html = doc.documentElement;
  if (!html) return p.result();
  const addChainNode = (node, parent) => {
    const id = p.add(node, parent, isShadowTop(node));
    if (id >= 0) {
      index.set(node, id);
      chain.push(id);
    }
    return id;
  };
  const htmlId = addChainNode(html, -1);
  if (doc.body) addChainNode(doc.body, htmlId);
  const done = [];
  for (const root of roots) {
    if (!root.isConnected || done.some((d) => d.contains(root))) continue;
    const ancestors = [];
    for (let n = upOne(root); n; n = upOne(n)) ancestors.push(n);
    ancestors.reverse();
    let start = ancestors.findIndex((n) => n.hasAttribute(hiddenAttr));
    if (start < 0) start = ancestors.length;
    let parent = -1;
    for (let i = 0; i < start; i++) {
      const n = ancestors[i];
      parent = index.has(n) ? index.get(n) : addChainNode(n, parent);
    }
    const subtreeRoot = start < ancestors.length ? ancestors[start] : root;
    if (!index.has(subtreeRoot)) p.subtree(subtreeRoot, parent, isShadowTop(subtreeRoot));
    done.push(subtreeRoot);
  }
  return p.result(chain);
}

/**
 * The computed style and box of an element, packed: display, visibility, position, z-index,
 * overflow-x, overflow-y, top, then x, y, width, height; fields separated by U+0000.
 */
export function styleOf(el) {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return [s.display, s.visibility, s.position, s.zIndex, s.overflowX, s.overflowY, s.top, r.x, r.y, r.width, r.height].join('\u0000');
}
