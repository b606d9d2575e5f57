// Options page: what Sourcelight does (the engine's own options), the highlight style, the sites
// where it is off and the elements the reader chose to see (each removable), and the settings as
// a JSON file to export or import (a malformed file gets a clear message and changes nothing).

import { api } from './browser.js';
import { READER_OPTIONS, STORAGE_KEY, fromExport, migrate, withHighlightStyle, withKept, withOption, withSite } from './settings.js';

const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
const $ = (id) => document.getElementById(id);

async function load() {
  return migrate((await api.storage.local.get(STORAGE_KEY))[STORAGE_KEY]);
}

async function save(change) {
  await api.storage.local.set({ [STORAGE_KEY]: change(await load()) });
}

function item(label, button, onclick) {
  const li = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = label; // text, never HTML
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = button;
  b.setAttribute('aria-label', `${button}: ${label}`);
  b.addEventListener('click', onclick);
  li.append(name, b);
  return li;
}

function list(ul, items) {
  if (items.length) ul.replaceChildren(...items);
  else ul.replaceChildren(Object.assign(document.createElement('li'), { textContent: t('optNone') }));
}

async function render() {
  const settings = await load();
  for (const name of READER_OPTIONS) {
    const box = $(name);
    box.checked = settings.options[name];
    box.onchange = () => save((s) => withOption(s, name, box.checked));
  }
  for (const radio of document.querySelectorAll('input[name="style"]')) {
    radio.checked = radio.value === settings.highlightStyle;
    radio.onchange = () => save((s) => withHighlightStyle(s, radio.value));
  }
  list($('sites'), settings.disabledSites.map((site) => item(site, t('optTurnOn'), () => save((s) => withSite(s, site, true)))));
  const kept = Object.entries(settings.keep).flatMap(([site, ks]) =>
    ks.map((k) => item(`${site} · ${k.signature}`, t('optRemove'), () => save((s) => withKept(s, site, k, false)))));
  list($('kept'), kept);
}

$('export').addEventListener('click', async () => {
  const blob = new Blob([JSON.stringify(await load(), null, 2)], { type: 'application/json' });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'sourcelight-settings.json' });
  a.click();
  URL.revokeObjectURL(a.href);
});

$('import').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  const { settings, error } = fromExport(await file.text());
  if (error) {
    $('status').textContent = t('optImportBad', error);
  } else {
    await api.storage.local.set({ [STORAGE_KEY]: settings });
    $('status').textContent = t('optImported');
  }
  event.target.value = '';
});

for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
document.documentElement.lang = api.i18n.getUILanguage();
document.title = t('optTitle');
api.storage.onChanged.addListener((changes, area) => area === 'local' && STORAGE_KEY in changes && render());
render();
