// The consent fixture pages of issue items 1–6: locks written into the page's first HTML or set
// again, the other kinds of lock, shutters (inert, aria-hidden), notices in the top layer
// (showModal, popovers), Bootstrap modals and a "consent or pay" wall.

import { notice } from './kit.mjs';

// ── Issue items 1 and 2: locks written into the first HTML, locks set again, other locks ──────
const GENERIC_NOTICE = (cls) => `<div class="${cls} fixed-bottom">${notice({ text: 'We use cookies to personalise content and ads and to analyse our traffic.' })}</div>`;

export const LOCK_PAGES = [
  {
    name: 'lock-markup-html', title: 'A lock the server wrote on <html>', htmlAttrs: 'style="overflow:hidden"',
    html: GENERIC_NOTICE('lm1-consent'),
    expect: { hidden: ['.lm1-consent'] },
  },
  {
    name: 'lock-markup-body-modal-open', title: 'body.modal-open in the served markup', bodyClass: 'modal-open',
    css: 'body.modal-open { overflow: hidden; padding-right: 15px; }',
    html: GENERIC_NOTICE('lm2-consent'),
    expect: { hidden: ['.lm2-consent'] },
  },
  {
    name: 'lock-markup-body-overflow-y', title: '<body style="overflow-y:hidden"> in the served markup', bodyAttrs: 'style="overflow-y:hidden"',
    html: GENERIC_NOTICE('lm3-consent'),
    expect: { hidden: ['.lm3-consent'] },
  },
  {
    name: 'lock-markup-cmp-class', title: 'Quantcast’s lock class rendered by the server', bodyClass: 'qc-cmp-ui-showing',
    css: 'body.qc-cmp-ui-showing { overflow: hidden; }',
    html: `<div id="qc-cmp2-container"><div id="qc-cmp2-ui" class="fixed-center" role="dialog"><h2>We value your privacy</h2>${notice({ text: 'We and our partners store and/or access information on a device, such as cookies, and process personal data.', accept: 'AGREE', reject: 'DISAGREE', settings: 'MORE OPTIONS' })}</div></div>`,
    expect: { hidden: ['#qc-cmp2-container'] },
  },
  {
    name: 'lock-no-notice', title: 'A page with its own overflow: hidden and no notice', bodyAttrs: 'style="overflow:hidden"',
    expect: { hidden: [], scroll: false, locked: true },
  },
  {
    name: 'lock-app-container', title: 'An app-like page that scrolls inside a container keeps its layout', bodyAttrs: 'style="overflow:hidden"',
    css: '.app { height: 100vh; overflow-y: auto; }', wrap: 'app',
    html: GENERIC_NOTICE('la-consent'),
    expect: { hidden: ['.la-consent'], scroll: false, locked: true },
  },
  {
    name: 'lock-relocked', title: 'The consent script locks again after the lock was released', lock: 'body-overflow', relock: 2,
    html: GENERIC_NOTICE('lr-consent'),
    expect: { hidden: ['.lr-consent'], wait: 2500 },
  },
  {
    name: 'lock-clip', title: 'overflow: clip on <html>', htmlClass: 'clip-lock', css: 'html.clip-lock { overflow: clip; }',
    html: GENERIC_NOTICE('lc-consent'),
    expect: { hidden: ['.lc-consent'] },
  },
  {
    name: 'lock-height-100', title: 'height: 100% and overflow: hidden on both <html> and <body>', htmlClass: 'h100', bodyClass: 'h100',
    css: 'html.h100, body.h100 { height: 100%; overflow: hidden; }',
    html: GENERIC_NOTICE('lh-consent'),
    expect: { hidden: ['.lh-consent'] },
  },
  {
    name: 'lock-touch', title: 'touch-action: none and overscroll-behavior: none on <body>', bodyClass: 'touch-lock',
    css: 'body.touch-lock { overflow: hidden; touch-action: none; overscroll-behavior: none; }',
    html: GENERIC_NOTICE('lt-consent'),
    expect: { hidden: ['.lt-consent'], computed: [{ sel: 'body', prop: 'touch-action', value: 'auto' }, { sel: 'body', prop: 'overscroll-behavior-y', value: 'auto' }] },
  },
  {
    name: 'shutter-inert', title: 'The notice’s script made the page wrapper inert', wrap: 'page', wrapAttrs: 'id="page"', shutter: 'inert:#page',
    html: GENERIC_NOTICE('si-consent'),
    expect: { hidden: ['.si-consent'], clickable: 'main p', absent: ['#page[inert]'] },
  },
  {
    name: 'shutter-aria-hidden', title: 'The notice’s script aria-hid the article', shutter: 'aria-hidden:main',
    html: GENERIC_NOTICE('sa-consent'),
    expect: { hidden: ['.sa-consent'], absent: ['main[aria-hidden="true"]'] },
  },
];

// ── Issue item 3: notices in the top layer ──────────────────────────────────────────────
export const TOP_LAYER_PAGES = [
  {
    name: 'dialog-show-modal', title: 'A notice opened with dialog.showModal()', showModal: '#tl-dialog',
    html: `<dialog id="tl-dialog" class="tl-consent">${notice({ text: 'This website uses cookies to improve your experience and to show you relevant ads.' })}</dialog>`,
    expect: { hidden: ['#tl-dialog'], clickable: 'main p', absent: ['dialog[open]'] },
  },
  {
    name: 'popover-notice', title: 'A notice shown with the Popover API', showPopover: '#tl-popover',
    html: `<div id="tl-popover" popover="manual" class="tl-popover">${notice({ text: 'This website uses cookies to improve your experience and to show you relevant ads.' })}</div>`,
    expect: { hidden: ['#tl-popover'], absent: ['#tl-popover:popover-open'] },
  },
];

// ── Issue item 5: Bootstrap modals ──────────────────────────────────────────────────────
const BOOTSTRAP_CSS = `
body.modal-open { overflow: hidden; padding-right: 15px; }
.modal { position: fixed; inset: 0; z-index: 1050; display: none; overflow-y: auto; }
.modal.show { display: block; }
.modal-dialog { max-width: 500px; margin: 80px auto; }
.modal-content { background: #fff; border-radius: 6px; padding: 20px; font: 15px "DejaVu Sans", sans-serif; }
.modal-backdrop { position: fixed; inset: 0; z-index: 1040; background: #000; }
.modal-backdrop.show { opacity: .5; }`;

/** A Bootstrap modal as sites build it. */
const bootstrapModal = (id, title, body, buttons) => `<div class="modal fade show" id="${id}" tabindex="-1" role="dialog" aria-modal="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">${title}</h5></div><div class="modal-body">${body}</div><div class="modal-footer">${buttons}</div></div></div></div>`;

export const FRAMEWORK_PAGES = [
  {
    name: 'bootstrap-modal-notice', title: 'A Bootstrap modal used as a consent notice', bodyClass: 'modal-open', css: BOOTSTRAP_CSS,
    html: `${bootstrapModal('cookieModal', 'Cookies', '<p>This website uses cookies to improve your experience and to show you relevant ads.</p>', '<button data-choice="reject">Reject all</button> <button data-choice="accept">Accept all</button>')}
      <div class="modal-backdrop fade show"></div>`,
    expect: { hidden: ['#cookieModal', '.modal-backdrop'], clickable: 'main p' },
  },
  {
    name: 'trap-17-own-bootstrap-modal', title: 'The site’s own Bootstrap modal keeps its backdrop and lock', bodyClass: 'modal-open', css: BOOTSTRAP_CSS,
    html: `${bootstrapModal('editionModal', 'Choose your edition', '<p>Read the news of your region first: you can change your edition at any time from the menu.</p>', '<button>UK</button> <button>US</button> <button>International</button>')}
      <div class="modal-backdrop fade show"></div>`,
    expect: { hidden: [], visible: ['#editionModal', '.modal-backdrop'], scroll: false, locked: true },
  },];

// ── Issue item 6: "consent or pay" walls ────────────────────────────────────────────────
const WALL_CSS = `
html.cw-open { overflow: hidden; }
.cw-layer { max-width: 760px; margin: 24px auto; padding: 24px; border: 2px solid #2a5d84; background: #f6f9fc; font: 15px "DejaVu Sans", sans-serif; }
.cw-layer .cw-free, .cw-layer .cw-pay { margin-top: 12px; }`;

export const WALL_PAGES = [
  {
    name: 'pay-or-accept-wall', title: 'A “consent or pay” wall in the flow, with a lock class on <html>', htmlClass: 'cw-open', css: WALL_CSS,
    before: `<div class="cw-layer"><h2>Read the Courier with ads, or without</h2>
      <div class="cw-free"><p>We and our partners use cookies and similar technologies to show you personalised advertising and to measure our audience. With your consent you keep reading every article free of charge, as before. You can withdraw your consent at any time in the privacy settings at the foot of every page.</p><button data-choice="accept">Accept and continue</button></div>
      <div class="cw-pay"><p>Prefer to read without advertising tracking? Subscribe to Courier Pure for €2.99 a month: no personalised ads, no tracking cookies, cancel monthly.</p><a href="#pure">Subscribe to Courier Pure</a> · <a href="#login">Already a subscriber? Log in</a></div></div>`,
    expect: { hidden: ['.cw-layer'] },
  },
];
