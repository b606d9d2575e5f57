// The DOM walk: reads the page (or only what was added) into one packed string, the format of
// `src/model/packed.rs` (fields ended by U+007F, which `clean` keeps out of the page's
// strings), which the engine decodes. It decides nothing.
//
// Each element gets a handle, a number that names it in every read of this document (ids are
// per read): the engine's session remembers elements by handle, the plan names nodes by id, and
// `Read.nodes[id]` is the live node. Text nodes get no handle.
//
// Bounded: text is cut to MAX_TEXT_UNITS per node and reading stops after MAX_READ_UNITS of text
// or MAX_NODES nodes; the header says how much was left out, and the report says so.
//
// Tree navigation goes through a TreeWalker, which a page cannot disturb; a form's own
// properties can be shadowed by its fields (a field named "id" makes `form.id` that field: DOM
// clobbering), so attributes are read by name, never through properties such as `id`, and every
// other DOM call goes through dom.js.

import { shadowRootOf } from '../browser.js';
import { KEPT_ATTRIBUTES, PRESENCE_ATTRIBUTES, SKIPPED_ELEMENTS, LEAF_ELEMENTS, HIDDEN_ATTR, PACKED_SEPARATOR as S, PACKED_VERSION } from '../generated/rules.js';
import { pageStyle, takenAttributes } from './apply.js';
import { attributeNames, body, contains, createTreeWalker, documentElement, getAttribute, hasAttribute, hasAttributes, isConnected, localName, nodeType, parentNode } from './dom.js';

/** Text read per text node, in UTF-16 code units (a 10 MB text node is a hostile page, not prose). */
export const MAX_TEXT_UNITS = 64 * 1024;
/** Text read per read, in UTF-16 code units. */
export const MAX_READ_UNITS = 2 * 1024 * 1024;
/** Nodes read per read. */
export const MAX_NODES = 200_000;

const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
const WHITESPACE = /^\s*$/;
const KEPT = new Set(KEPT_ATTRIBUTES);
const PRESENCE = new Set(PRESENCE_ATTRIBUTES);
const SKIPPED = new Set(SKIPPED_ELEMENTS);
const LEAF = new Set(LEAF_ELEMENTS);
// Where an element record's id, class and attribute count sit, counted from its "E" ("E",
// handle, parent, tag, id, class, shadow, count: src/model/packed.rs): filled in after the
// attributes are read.
const ID_FIELD = 4;
const CLASS_FIELD = 5;
const COUNT_FIELD = 7;
/**
 * The built-in elements that may host a shadow root (the HTML standard's "valid shadow host
 * names", which `attachShadow` checks); autonomous custom elements (a "-" in the name) may too.
 * No other element can have one: the walk does not ask them (the browser's call is costly).
 */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

// Kept on the node's wrapper under a symbol (cheaper than a WeakMap entry per node): the content
// script's world is isolated (Firefox: expandos on its Xrays), so the page never sees it.
const HANDLE = Symbol('sourcelight handle');
let nextHandle = 1;

/** The handle of `node` in this document (given on first sight). */
export function handleOf(node) {
  return (node[HANDLE] ??= nextHandle++);
}

const clean = (s) => (s.indexOf(S) === -1 ? s : s.replaceAll(S, '\uFFFD'));

class Packer {
  /** `seeThrough`: read elements Sourcelight hid, unlocked or closed as the page has them
   *  (without the marker, with the page's own style and the attributes it took). */
  constructor({ seeThrough = false } = {}) {
    this.seeThrough = seeThrough;
    // The fields of the packed records, joined once at the end. The first read of a page runs
    // cold: a growing string made ~10 short strings per node there, and the garbage collector
    // took 13 % of the read (against 4 % with this array; 15 % less time over ten pages).
    this.fields = [];
    this.nodes = [];
    this.hosts = []; // [host element, its index]
    this.textUnits = 0;
    this.textCut = 0;
    this.leftOut = 0;
    this.leaf = false; // whether the element added last is read without its subtree (LEAF)
  }

  /** Adds one node (`type`: its nodeType, 1 or 3); its index, or -1 when it is left out
   *  (scripts, or past a limit). */
  add(node, parent, shadow, type = nodeType(node)) {
    if (this.nodes.length >= MAX_NODES || this.textUnits >= MAX_READ_UNITS) {
      this.leftOut += 1;
      return -1;
    }
    const p = parent < 0 ? '' : parent;
    const sh = shadow ? '1' : '';
    if (type === 3) {
      let data = node.data;
      // Most text starts with a visible character: only the rest needs the white-space test.
      const c = data.charCodeAt(0);
      if (!(c > 32 && c !== 160) && WHITESPACE.test(data)) {
        data = ' ';
      } else {
        if (data.length > MAX_TEXT_UNITS) {
          // Cut on a code point: never between the halves of a surrogate pair.
          const end = (data.charCodeAt(MAX_TEXT_UNITS - 1) & 0xfc00) === 0xd800 ? MAX_TEXT_UNITS - 1 : MAX_TEXT_UNITS;
          data = data.slice(0, end);
          this.textCut += 1;
        }
        data = clean(data);
      }
      this.textUnits += data.length;
      // No handle: no decision names a text node from one read to the next, and giving one
      // (a property on each node's wrapper) was a fifth of the read of a large page.
      this.fields.push('T', p, sh, data);
    } else {
      const tag = clean(localName(node)); // (a page may put any character in a tag name)
      if (SKIPPED.has(tag)) return -1;
      this.leaf = LEAF.has(tag);
      let id = '';
      let cls = '';
      let n = 0;
      // The record's head first; its id, class and attribute count once the attributes are read.
      const fields = this.fields;
      const at = fields.length;
      fields.push('E', handleOf(node), p, tag, '', '', sh, 0);
      if (hasAttributes(node)) {
        // By name, not through `node.attributes`: that makes an Attr object per attribute.
        const names = attributeNames(node);
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          if (name === 'id') id = clean(getAttribute(node, name));
          else if (name === 'class') cls = clean(getAttribute(node, name));
          else if (KEPT.has(name) && !(this.seeThrough && name === HIDDEN_ATTR)) {
            const own = this.seeThrough && name === 'style' ? pageStyle(node) : undefined;
            if (own === null) continue; // the page had no style attribute
            fields.push(name, PRESENCE.has(name) ? '' : clean(own ?? getAttribute(node, name)));
            n += 1;
          }
        }
        if (this.seeThrough) {
          for (const [name, value] of Object.entries(takenAttributes(node))) {
            if (!KEPT.has(name) || hasAttribute(node, name)) continue;
            fields.push(name, clean(String(value)));
            n += 1;
          }
        }
      }
      fields[at + ID_FIELD] = id;
      fields[at + CLASS_FIELD] = cls;
      fields[at + COUNT_FIELD] = n;
      // Shadow hosts are custom elements or elements with an id (#usercentrics-root): asking
      // every element costs.
      if (tag.includes('-') || (id && SHADOW_HOSTS.has(tag))) {
        const root = shadowRootOf(node);
        if (root) this.hosts.push([root, this.nodes.length]);
      }
    }
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  /** Adds `root`'s subtree as children of record `parent` (the root itself excluded). */
  children(root, parent) {
    const walker = createTreeWalker(document, root, SHOW);
    // The walk moves by firstChild / nextSibling / parentNode, so it knows each node's parent
    // without asking the DOM: `ids` holds the records of the elements from `root` down to it.
    const ids = [parent];
    const top = nodeType(root) === 11;
    let node = walker.firstChild();
    while (node) {
      const type = nodeType(node);
      const id = this.add(node, ids[ids.length - 1], top && ids.length === 1, type);
      // Down into an element's children; a node left out (a script, or past a limit) is left
      // out with its subtree, and a drawing is read without it.
      if (id >= 0 && type === 1 && !this.leaf) {
        const child = walker.firstChild();
        if (child) {
          ids.push(id);
          node = child;
          continue;
        }
      }
      node = walker.nextSibling();
      while (!node && ids.length > 1) {
        walker.parentNode();
        ids.pop();
        node = walker.nextSibling();
      }
    }
  }

  /** Adds `root` and its subtree under record `parent`; `shadow`: root is a shadow root's top. */
  subtree(root, parent, shadow) {
    const id = this.add(root, parent, shadow);
    if (id >= 0 && nodeType(root) === 1 && !this.leaf) this.children(root, id);
    return id;
  }

  /** The read: `{packed, nodes}`, shadow roots (found so far, and those inside them) included. */
  result() {
    for (let i = 0; i < this.hosts.length; i++) {
      const [root, id] = this.hosts[i];
      this.children(root, id);
    }
    const header = `S${S}${PACKED_VERSION}${S}${this.textCut}${S}${this.leftOut}${S}`;
    const records = this.fields.length ? this.fields.join(S) + S : '';
    return { packed: header + records, nodes: this.nodes };
  }
}

/**
 * Reads the whole document: `{packed, nodes}` (`nodes[id]` is the live node of record `id`).
 * `seeThrough`: read what Sourcelight hid as if it were not hidden (to decide again from scratch).
 */
export function readDocument({ seeThrough = false } = {}, doc = document) {
  const p = new Packer({ seeThrough });
  const html = documentElement(doc);
  if (html) p.subtree(html, -1, false);
  return p.result();
}

/** The parent element, or the host for a top-level node of a shadow root. */
function upOne(node) {
  const parent = parentNode(node);
  if (!parent) return null;
  if (nodeType(parent) === 11) return parent.host ?? null;
  return nodeType(parent) === 1 ? parent : null;
}

/** Whether `node` is a top-level node of a shadow root. */
const isShadowTop = (node) => {
  const parent = parentNode(node);
  return !!parent && nodeType(parent) === 11;
};

/**
 * Reads only what changed: <html>, <body>, and each added root with its subtree under the chain
 * of its ancestors (each ancestor without its other children). When an ancestor is hidden by
 * Sourcelight, that ancestor's whole subtree is read instead, so that its hiding can be checked
 * again. The cost follows the added nodes, not the page.
 */
export function readAdded(roots, doc = document) {
  const p = new Packer();
  const index = new Map();
  const html = documentElement(doc);
  if (!html) return p.result();
  const addChainNode = (node, parent) => {
    const id = p.add(node, parent, isShadowTop(node));
    if (id >= 0) index.set(node, id);
    return id;
  };
  const htmlId = addChainNode(html, -1);
  const b = body(doc);
  if (b && parentNode(b) === html) addChainNode(b, htmlId);
  const done = [];
  for (const root of roots) {
    if (!isConnected(root) || done.some((d) => contains(d, root))) continue;
    const ancestors = [];
    for (let n = upOne(root); n; n = upOne(n)) ancestors.push(n);
    ancestors.reverse();
    if (ancestors[0] !== html) continue; // in a detached tree or another document
    if (ancestors.some((n) => LEAF.has(localName(n)))) continue; // inside a drawing: read as a whole
    let start = ancestors.findIndex((n) => hasAttribute(n, HIDDEN_ATTR));
    if (start < 0) start = ancestors.length;
    let parent = -1;
    for (let i = 0; i < start; i++) {
      const n = ancestors[i];
      parent = index.has(n) ? index.get(n) : addChainNode(n, parent);
      if (parent < 0) break;
    }
    const subtreeRoot = start < ancestors.length ? ancestors[start] : root;
    if (parent >= 0 && !index.has(subtreeRoot)) p.subtree(subtreeRoot, parent, isShadowTop(subtreeRoot));
    done.push(subtreeRoot);
  }
  return p.result();
}
