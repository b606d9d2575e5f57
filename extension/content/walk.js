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
// The extension reads in slices (`readInSlices`), giving the page's thread back every SLICE_MS:
// on a large page one read was the page's longest task (60 ms on a 24,000-node page), and input
// and painting waited for it.
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
/** Time a sliced read spends on the page's thread before it gives the thread back, in ms. */
export const SLICE_MS = 8;
/** Nodes walked between two looks at the clock (at about 2 µs a node, a quarter of a ms). */
const STEPS_PER_CLOCK = 128;

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
    // Subtrees still to walk, [root, its record], in order: the document's, then each shadow
    // root's as its host is found. `next` is the first not yet begun; `cursor`, the walk under
    // way ({walker, ids, top, node}) when a sliced read paused.
    this.pending = [];
    this.next = 0;
    this.cursor = null;
    // Once the page took something out during a sliced read: the nodes read so far, and whether
    // the walk met one of them again (moved ahead of it), which makes the read start again.
    this.seen = null;
    this.repeated = false;
    this.textUnits = 0;
    this.textCut = 0;
    this.leftOut = 0;
    this.leaf = false; // whether the element added last is read without its subtree (LEAF)
  }

  /** Adds one node (`type`: its nodeType, 1 or 3); its index, or -1 when it is left out
   *  (scripts, or past a limit). */
  add(node, parent, shadow, type = nodeType(node)) {
    if (this.seen) {
      if (this.seen.has(node)) {
        this.repeated = true;
        return -1;
      }
      this.seen.add(node);
    }
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
        if (root) this.pending.push([root, this.nodes.length]);
      }
    }
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  /**
   * Walks the pending subtrees, adding their nodes (each subtree's root excluded: it has its
   * record already), until all are read (true) or `deadline` (a `performance.now()` time, in ms)
   * has passed (false: call again to go on from there).
   */
  walk(deadline = Infinity) {
    let c = this.cursor;
    let steps = 0;
    for (;;) {
      if (!c) {
        if (this.next === this.pending.length) break;
        const [root, parent] = this.pending[this.next++];
        const walker = createTreeWalker(document, root, SHOW);
        // The walk moves by firstChild / nextSibling / parentNode, so it knows each node's parent
        // without asking the DOM: `ids` holds the records of the elements from `root` down to it.
        c = { walker, root, ids: [parent], top: nodeType(root) === 11, node: walker.firstChild() };
      }
      const { walker, ids, top } = c;
      let node = c.node;
      while (node) {
        if (++steps % STEPS_PER_CLOCK === 0 && performance.now() >= deadline) {
          c.node = node;
          this.cursor = c;
          return false;
        }
        const type = nodeType(node);
        const id = this.add(node, ids[ids.length - 1], top && ids.length === 1, type);
        if (this.repeated) return false; // (the read starts again: no place to keep)
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
      c = null;
    }
    this.cursor = null;
    return true;
  }

  /** From now on, a node the walk meets again (moved ahead of it) sets `repeated`. */
  remember() {
    this.seen ??= new Set(this.nodes);
  }

  /**
   * Whether a paused walk's place is still where the walk left it: its next node and each
   * element the walk is inside still hang one from the other, up to a root still in the document.
   */
  inPlace() {
    const c = this.cursor;
    if (!c) return true;
    let node = c.node;
    for (let i = c.ids.length - 1; i >= 1; i--) {
      const up = this.nodes[c.ids[i]];
      if (parentNode(node) !== up) return false;
      node = up;
    }
    return parentNode(node) === c.root && isConnected(c.root);
  }

  /** Adds `root` under record `parent`, and its subtree to the pending walks; `shadow`: root is a
   *  shadow root's top. */
  subtree(root, parent, shadow) {
    const id = this.add(root, parent, shadow);
    if (id >= 0 && nodeType(root) === 1 && !this.leaf) this.pending.push([root, id]);
    return id;
  }

  /** The read, once every pending walk is done: `{packed, nodes, shadowRoots}` (the shadow roots
   *  it walked, open and closed: a document observer does not see into them). */
  result() {
    this.walk();
    const header = `S${S}${PACKED_VERSION}${S}${this.textCut}${S}${this.leftOut}${S}`;
    const records = this.fields.length ? this.fields.join(S) + S : '';
    const shadowRoots = this.pending.map(([root]) => root).filter((root) => nodeType(root) === 11);
    return { packed: header + records, nodes: this.nodes, shadowRoots };
  }
}

/**
 * Reads the whole document: `{packed, nodes, shadowRoots}` (`nodes[id]` is the live node of
 * record `id`).
 * `seeThrough`: read what Sourcelight hid as if it were not hidden (to decide again from scratch).
 */
export function readDocument({ seeThrough = false } = {}, doc = document) {
  return documentPacker(seeThrough, doc).result();
}

/** A Packer with the whole document pending. */
function documentPacker(seeThrough, doc) {
  const p = new Packer({ seeThrough });
  const html = documentElement(doc);
  if (html) p.subtree(html, -1, false);
  return p;
}

/**
 * Reads as `readAdded(roots)` does, or as `readDocument({seeThrough})` when `roots` is null, but
 * gives the page's thread back after each `sliceMs` of work (tests give 0: a pause every
 * STEPS_PER_CLOCK nodes): resolves to the read plus `busyMs` (the time spent reading, pauses left
 * out), `slices` (the tasks it took) and `restarted`.
 *
 * While the read pauses, the page may change. What it adds is read now if the walk has not yet
 * passed it, and the caller's observer queues it for the next read either way; what it removes
 * after the walk passed it stays in the read, as it would if removed a moment after. Two changes
 * would make the read wrong, and then it starts again and runs to the end in one task
 * (`restarted`): the walk's own place taken out or moved (a walk from a detached node ends
 * early; one from a moved node goes on under the wrong parents), or a node already read moved
 * ahead of the walk, which would read it twice. (Once the page has taken anything out during
 * the read, each node the walk adds is looked up among those read: a moved node's way back is
 * not always reported, e.g. out of a subtree taken out before, or into a shadow root.)
 */
export async function readInSlices({ roots = null, seeThrough = false, sliceMs = SLICE_MS } = {}, doc = document) {
  const make = () => (roots ? addedPacker(roots, doc) : documentPacker(seeThrough, doc));
  let start = performance.now();
  const p = make();
  if (p.walk(start + sliceMs)) return { ...p.result(), busyMs: performance.now() - start, slices: 1, restarted: false };
  let removed = false;
  const note = (records) => (removed ||= records.some((r) => r.removedNodes.length > 0));
  const observer = new MutationObserver(note);
  const options = { childList: true, subtree: true };
  observer.observe(doc, options);
  let observed = 0; // the shadow roots among the pending walks, observed on their own
  let busyMs = 0;
  let slices = 1;
  const pause = async () => {
    busyMs += performance.now() - start;
    await pageTurn();
    start = performance.now();
    slices += 1;
  };
  let done = false;
  let restarted = false;
  try {
    while (!done) {
      for (; observed < p.pending.length; observed++) {
        const root = p.pending[observed][0];
        if (nodeType(root) === 11) observer.observe(root, options);
      }
      await pause();
      if (note(observer.takeRecords())) p.remember();
      if (!p.inPlace()) {
        restarted = true;
        break;
      }
      done = p.walk(start + sliceMs);
      if (p.repeated) {
        restarted = true;
        break;
      }
    }
  } finally {
    observer.disconnect();
  }
  // Joining the fields and sending them take a task of their own (8 ms on the page above).
  if (!restarted) await pause();
  const read = restarted ? make().result() : p.result();
  return { ...read, busyMs: busyMs + performance.now() - start, slices, restarted };
}

/**
 * Resolves in a later task, behind what the page already has waiting: a message to ourselves.
 * The page's own tasks, input and painting go first. (Not `setTimeout(0)`: clamped to 4 ms once
 * timers nest. Not `scheduler.yield()`: Chromium runs its continuation ahead of the page's tasks
 * and, measured, painted nothing between slices either.)
 */
export function pageTurn() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
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
  return addedPacker(roots, doc).result();
}

/** A Packer with what `readAdded(roots)` reads pending (the chains of ancestors already added). */
function addedPacker(roots, doc) {
  const p = new Packer();
  const index = new Map();
  const html = documentElement(doc);
  if (!html) return p;
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
  return p;
}
