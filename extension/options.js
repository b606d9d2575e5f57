// Options page: the list of sites where Sourcelight is off, each with a button to turn it on.
import { api } from './browser.js';
import { STORAGE_KEY, migrate, withOption, withSite } from './settings.js';

async function load() {
  return migrate((await api.storage.local.get(STORAGE_KEY))[STORAGE_KEY]);
}

async function render() {
  const settings = await load();
  const reject = document.getElementById('reject-click');
  reject.checked = settings.options.rejectClick;
  reject.onchange = async () => {
    await api.storage.local.set({ [STORAGE_KEY]: withOption(await load(), 'rejectClick', reject.checked) });
  };
  const list = document.getElementById('sites');
  list.replaceChildren();
  document.getElementById('none').hidden = settings.disabledSites.length > 0;
  for (const site of settings.disabledSites) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site; // text, never HTML
    const button = document.createElement('button');
    button.textContent = 'Turn on';
    button.addEventListener('click', async () => {
      await api.storage.local.set({ [STORAGE_KEY]: withSite(await load(), site, true) });
    });
    li.append(name, button);
    list.append(li);
  }
}

api.storage.onChanged.addListener((changes, area) => area === 'local' && STORAGE_KEY in changes && render());
render();
