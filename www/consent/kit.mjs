// Shared parts of the consent fixture pages (pages.mjs, languages.mjs, layers.mjs).

/** A standard notice body: a statement and three buttons. */
export function notice({ text, accept = 'Accept all', reject = 'Reject all', settings = 'Settings', ids = {} }) {
  const id = (k) => (ids[k] ? ` id="${ids[k]}"` : '');
  const cls = (k) => (ids[`${k}Class`] ? ` class="${ids[`${k}Class`]}"` : '');
  return `<p>${text}</p>
    <button data-choice="accept"${id('accept')}${cls('accept')}>${accept}</button>
    <button data-choice="reject"${id('reject')}${cls('reject')}>${reject}</button>
    <button data-choice="settings"${id('settings')}${cls('settings')}>${settings}</button>`;
}

export const EN = 'We use cookies to personalise content and ads and to analyse our traffic. You can accept all cookies or manage your choices.';
