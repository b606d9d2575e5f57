// The toolbar popup: the site switch, what was hidden on this page and why (each item can be
// shown again), and who the article quotes. One message to the background fills it; it changes
// nothing on the page by itself and the page does no work for it while it is closed.
//
//   open ─► TAB_STATE {tabId} ─► render
//   switch ─► TOGGLE_TAB · Show / Hide again ─► KEEP · a source ─► FLASH (to its frame)
//   storage changes (the page ran again, the settings changed) ─► TAB_STATE ─► render
//
// Page text reaches the popup as report strings and is only ever set as text, never as HTML.

import { api } from './browser.js';
import * as M from './messages.js';

/** A localized string (`_locales/<lang>/messages.json`). */
const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
const $ = (id) => document.getElementById(id);
/** How much of a hidden element's text the popup shows. */
const EXCERPT_CHARS = 90;

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

async function tabId() {
  const asked = new URLSearchParams(location.search).get('tab'); // tests open the popup for a tab
  if (asked) return Number(asked);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The removals, attributions and sources of every frame, each tagged with its frame. */
function merge(frames) {
  const out = { removed: [], sources: [], attributions: 0, scrollUnlocked: false, frames: 0, ran: false };
  for (const [frameId, report] of Object.entries(frames)) {
    out.frames += 1;
    out.ran = true;
    out.scrollUnlocked ||= report.scrollUnlocked;
    out.attributions += report.attributions?.length ?? 0;
    for (const r of report.removed ?? []) out.removed.push({ ...r, frameId: Number(frameId) });
    (report.sources ?? []).forEach((s, entity) => out.sources.push({ ...s, entity, frameId: Number(frameId) }));
  }
  return out;
}

function excerpt(text) {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

function renderSwitch(state, id) {
  const sw = $('switch');
  sw.hidden = !!state.unsupported;
  sw.setAttribute('aria-checked', String(state.on));
  sw.textContent = t(state.on ? 'switchOn' : 'switchOff', state.site);
  sw.setAttribute('aria-label', `${t('switchHint')}: ${state.site}`);
  sw.onclick = () => api.runtime.sendMessage(M.toggleTab(id));
  $('shortcut').textContent = state.shortcut ? t('shortcut', state.shortcut) : t('shortcutNone');
}

function renderHidden(page, state) {
  const counts = new Map();
  for (const r of page.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  $('counts').replaceChildren(...[...counts].map(([kind, n]) => el('li', { textContent: `${t(`kind_${kind.replaceAll('-', '_')}`)} ${n}` })));
  const keep = (r, yes) => api.runtime.sendMessage(M.keep(state.site, r.rule, r.signature, yes));
  $('hidden-list').replaceChildren(
    ...page.removed.map((r) => {
      const kind = r.kind.replaceAll('-', '_');
      const again = r.again ? ` (${t('againTimes', r.again)})` : '';
      const show = el('button', { type: 'button', textContent: t('show'), onclick: () => keep(r, true) });
      show.setAttribute('aria-label', `${t('show')}: ${t(`kind_${kind}`)} “${excerpt(r.text)}”`);
      return el('li', {}, el('span', { className: 'kind', textContent: t(`kind_${kind}`) + again }), show,
        el('span', { className: 'why', textContent: t(`why_${kind}`), title: r.reason }),
        el('span', { className: 'excerpt', textContent: r.text ? `“${excerpt(r.text)}”` : '' }));
    }),
  );
  if (!page.removed.length) $('hidden-list').replaceChildren(el('li', { className: 'meta', textContent: t('hiddenNone') }));
  $('scroll').hidden = !page.scrollUnlocked;
  $('scroll').textContent = t('scrollReleased');
  $('frames').hidden = page.frames < 2;
  $('frames').textContent = t('inFrames', page.frames - 1);

  $('kept-section').hidden = !state.kept.length;
  $('kept-list').replaceChildren(
    ...state.kept.map((k) => {
      const again = el('button', { type: 'button', textContent: t('hideAgain'), onclick: () => keep(k, false) });
      again.setAttribute('aria-label', `${t('hideAgain')}: ${k.signature}`);
      return el('li', {}, el('span', { className: 'kind', textContent: k.signature }), again, el('span', { className: 'meta', textContent: k.rule }));
    }),
  );
}

function renderQuoted(page, id) {
  const sources = page.sources;
  $('quoted-section').hidden = false;
  if (!sources.length) {
    $('quoted-summary').textContent = t('quotedNone');
    $('quoted-list').replaceChildren();
    return;
  }
  const share = (kinds) => sources.filter((s) => kinds.includes(s.kind)).length;
  const anonymous = Math.round((100 * share(['anonymous'])) / sources.length);
  $('quoted-summary').textContent = t('quotedSummary', sources.length, anonymous, share(['named']), share(['organization', 'media', 'document']));
  const next = new Map(); // entity → the occurrence to show on the next click
  $('quoted-list').replaceChildren(
    ...sources.map((s) => {
      const key = `${s.frameId}:${s.entity}`;
      const go = el('button', { type: 'button', className: 'source-name', textContent: s.name });
      go.setAttribute('aria-label', t('quotedGo', s.name));
      go.onclick = () => {
        const occurrence = next.get(key) ?? 0;
        next.set(key, (occurrence + 1) % s.count);
        api.tabs.sendMessage(id, M.flash(s.entity, occurrence), { frameId: s.frameId }).catch(() => {});
      };
      const cues = [...new Set(s.cues)].join(', ');
      return el('li', {}, go, el('span', { className: 'meta', textContent: `${t(`sk_${s.kind}`)} · ${t('quotedTimes', s.count)} · ${cues}` }));
    }),
  );
}

async function render() {
  const id = await tabId();
  const state = await api.runtime.sendMessage(M.tabState(id));
  if (!state || state.error) return;
  renderSwitch(state, id);
  const page = merge(state.frames);
  const status = state.unsupported ? t('unsupported') : !state.on ? t('offState') : !page.ran ? t('notReady')
    : !page.removed.length && !page.sources.length ? t('nothingFound') : '';
  $('state').textContent = status;
  const showing = !state.unsupported && state.on && page.ran;
  $('hidden-section').hidden = !showing;
  $('quoted-section').hidden = !showing;
  $('legend-section').hidden = !showing;
  if (showing) {
    renderHidden(page, state);
    renderQuoted(page, id);
  }
  $('kept-section').hidden ||= !state.on || !!state.unsupported;
  // For tests and the bench: when the popup had its data on screen.
  document.body.dataset.ready = String(performance.now());
}

for (const [id, key] of [['hidden-heading', 'hiddenHeading'], ['kept-heading', 'keptHeading'], ['quoted-heading', 'quotedHeading'],
  ['legend-heading', 'legendHeading'], ['legend-source', 'legendSource'], ['legend-cue', 'legendCue'], ['options', 'optionsLink']]) {
  $(id).textContent = t(key);
}
document.documentElement.lang = api.i18n.getUILanguage();
let timer = 0;
api.storage.onChanged.addListener(() => {
  clearTimeout(timer);
  timer = setTimeout(render, 50);
});
render();
