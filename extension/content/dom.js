// DOM reads and writes a page cannot shadow. A form's fields are also its properties, and they
// win over the built-in ones: `<form><input name="localName">` makes `form.localName` that input,
// and `<input name="getAttribute">` makes `form.getAttribute(…)` throw, in Chrome's content
// scripts too (Firefox's Xrays hide the fields). A page (a CMP that does not want to be removed)
// could so break the walk or the undo. These take the accessors and methods from the prototypes,
// where no field reaches. (A document's named elements, `<img name="body">`, shadow the document's
// members only in the page's own world: checked in Chromium, a content script's `document.body`
// stays the body. The document's members are here so that the walk reads the page one way.)

const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

const nodeTypeGet = getter(Node.prototype, 'nodeType');
const parentNodeGet = getter(Node.prototype, 'parentNode');
const isConnectedGet = getter(Node.prototype, 'isConnected');
const localNameGet = getter(Element.prototype, 'localName');
const styleGet = getter(HTMLElement.prototype, 'style');
const documentElementGet = getter(Document.prototype, 'documentElement');
const bodyGet = getter(Document.prototype, 'body');
const { contains: containsFn } = Node.prototype;
const { hasAttributes: hasAttributesFn, getAttributeNames, getAttribute: getAttributeFn } = Element.prototype;
const { hasAttribute: hasAttributeFn, setAttribute: setAttributeFn, removeAttribute: removeAttributeFn } = Element.prototype;
const { matches: matchesFn, getBoundingClientRect, querySelectorAll: elementQuerySelectorAll } = Element.prototype;
const scrollHeightGet = getter(Element.prototype, 'scrollHeight');
const clientHeightGet = getter(Element.prototype, 'clientHeight');
const { createTreeWalker: createTreeWalkerFn, querySelectorAll: querySelectorAllFn } = Document.prototype;

/** `node.nodeType` (1 element, 3 text, 11 fragment). */
export const nodeType = (node) => nodeTypeGet.call(node);
/** `node.parentNode`. */
export const parentNode = (node) => parentNodeGet.call(node);
/** `node.isConnected`. */
export const isConnected = (node) => isConnectedGet.call(node);
/** `node.contains(other)`. */
export const contains = (node, other) => containsFn.call(node, other);
/** `el.localName`. */
export const localName = (el) => localNameGet.call(el);
/** `el.hasAttributes()`. */
export const hasAttributes = (el) => hasAttributesFn.call(el);
/** `el.getAttributeNames()`: the names, without making an Attr object per attribute. */
export const attributeNames = (el) => getAttributeNames.call(el);
/** `el.getAttribute(name)`. */
export const getAttribute = (el, name) => getAttributeFn.call(el, name);
/** `el.hasAttribute(name)`. */
export const hasAttribute = (el, name) => hasAttributeFn.call(el, name);
/** `el.setAttribute(name, value)`. */
export const setAttribute = (el, name, value) => setAttributeFn.call(el, name, value);
/** `el.removeAttribute(name)`. */
export const removeAttribute = (el, name) => removeAttributeFn.call(el, name);
/** Puts back a value `getAttribute` gave: sets it, or removes the attribute when it was null. */
export const putAttribute = (el, name, value) => (value === null ? removeAttribute(el, name) : setAttribute(el, name, value));
/** `el.matches(selector)`. */
export const matches = (el, selector) => matchesFn.call(el, selector);
/** `el.getBoundingClientRect()`. */
export const rectOf = (el) => getBoundingClientRect.call(el);
/** `el.scrollHeight`. */
export const scrollHeight = (el) => scrollHeightGet.call(el);
/** `el.clientHeight`. */
export const clientHeight = (el) => clientHeightGet.call(el);
/** `el.style` (SVG and MathML elements have their own, and no fields to shadow it). */
export const inlineStyle = (el) => (el instanceof HTMLElement ? styleGet.call(el) : el.style);
/** `doc.documentElement`. */
export const documentElement = (doc) => documentElementGet.call(doc);
/** `doc.body`. */
export const body = (doc) => bodyGet.call(doc);
/** `doc.createTreeWalker(root, whatToShow)`. */
export const createTreeWalker = (doc, root, whatToShow) => createTreeWalkerFn.call(doc, root, whatToShow);
/** `doc.querySelectorAll(selector)`. */
export const querySelectorAll = (doc, selector) => querySelectorAllFn.call(doc, selector);
/** `el.querySelectorAll(selector)`: the matching elements inside `el`. */
export const querySelectorAllIn = (el, selector) => elementQuerySelectorAll.call(el, selector);
