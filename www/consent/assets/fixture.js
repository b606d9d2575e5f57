// Behaviour of the consent fixture pages, driven by data attributes on <body> (see pages.mjs).
// An external script, so that the same pages also run under a strict CSP.
(() => {
  const body = document.body;
  const html = document.documentElement;
  const data = body.dataset;

  /** Records clicks on accept/reject/settings controls in <body data-clicked>. */
  function recordChoices(root) {
    for (const el of root.querySelectorAll('[data-choice]')) {
      el.addEventListener('click', (e) => {
        e.preventDefault();
        body.dataset.clicked = el.dataset.choice;
      });
    }
  }

  function lock(kind) {
    if (!kind) return;
    if (kind === 'body-overflow') body.style.overflow = 'hidden';
    else if (kind === 'html-overflow') html.style.overflow = 'hidden';
    else if (kind.startsWith('body-fixed:')) {
      const y = Number(kind.split(':')[1]);
      window.scrollTo(0, y);
      Object.assign(body.style, { position: 'fixed', top: `-${y}px`, width: '100%' });
    } else if (kind.startsWith('class:')) body.classList.add(kind.slice(6));
    else if (kind.startsWith('class-html:')) html.classList.add(kind.slice(11));
  }

  function lateContent() {
    const t = document.getElementById('late-content');
    const el = t.content.firstElementChild.cloneNode(true);
    recordChoices(el);
    return el;
  }

  recordChoices(document);
  if (data.measureOpacity !== undefined) {
    // Before the engine runs (it waits for DOMContentLoaded): only the document_start
    // stylesheet can have made the notice transparent.
    body.dataset.earlyOpacity = getComputedStyle(document.querySelector(data.measureOpacity)).opacity;
  }
  if (data.lock && !data.lock.startsWith('late:')) lock(data.lock);

  // A shadow root (open, or closed as some CMPs make theirs): the element right before
  // <template id="shadow-content"> is the host.
  const shadow = document.getElementById('shadow-content');
  if (shadow) {
    const root = shadow.previousElementSibling.attachShadow({ mode: shadow.dataset.mode ?? 'open' });
    const fill = () => {
      root.append(shadow.content.cloneNode(true));
      const style = document.createElement('style');
      style.textContent = '.fixed-bottom { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; padding: 16px; }';
      root.append(style);
      recordChoices(root);
      if (data.lock?.startsWith('late:')) lock(data.lock.slice(5));
    };
    // A CMP that attaches its (empty) root at once and renders into it once its settings arrive.
    if (shadow.dataset.late) setTimeout(fill, Number(shadow.dataset.late));
    else fill();
  }

  // Frames: cross-origin unless marked same-origin (127.0.0.1 and localhost are two origins).
  for (const frame of document.querySelectorAll('iframe[data-frame]')) {
    const url = new URL(`frames/${frame.dataset.frame}`, location.href);
    if (frame.dataset.sameOrigin === undefined) url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    frame.src = url.href;
    // A frame that starts hidden by its style attribute, and is shown later.
    if (frame.dataset.showAfter) setTimeout(() => frame.style.removeProperty('display'), Number(frame.dataset.showAfter));
  }

  if (data.late) {
    setTimeout(() => {
      body.append(lateContent());
      if (data.lock?.startsWith('late:')) lock(data.lock.slice(5));
    }, Number(data.late));
  }

  if (data.reinsert !== undefined) {
    let current = lateContent();
    body.append(current);
    setInterval(() => {
      if (getComputedStyle(current).display === 'none') {
        current.remove();
        current = lateContent();
        body.append(current);
      }
    }, 100);
  }

  if (data.busy !== undefined) {
    // Unrelated churn elsewhere in the page.
    const footer = document.querySelector('footer');
    setInterval(() => {
      const s = document.createElement('span');
      s.textContent = ' ·';
      footer.append(s);
      if (footer.children.length > 20) footer.firstElementChild.remove();
    }, 50);
  }

  if (data.reloadTrap !== undefined) {
    const loads = Number(sessionStorage.getItem('sl-loads') ?? 0) + 1;
    sessionStorage.setItem('sl-loads', String(loads));
    body.dataset.loads = String(loads);
    const notice = document.getElementById('t7-consent');
    setInterval(() => { if (!notice.isConnected) location.reload(); }, 200);
  }

  // A consent script that locks again after the lock was released: <body data-relock="N"> sets
  // overflow: hidden back on <body> up to N times, each time it finds the page scrollable.
  if (data.relock) {
    let left = Number(data.relock);
    const timer = setInterval(() => {
      if (left <= 0) return clearInterval(timer);
      if (getComputedStyle(body).overflowY !== 'hidden') {
        body.style.setProperty('overflow', 'hidden');
        left -= 1;
      }
    }, 250);
  }

  // Top-layer notices: <body data-show-modal="#id"> opens that <dialog> with showModal(),
  // <body data-show-popover="#id"> shows that popover.
  if (data.showModal) document.querySelector(data.showModal).showModal();
  if (data.showPopover) document.querySelector(data.showPopover).showPopover();

  // Shutters a notice's script sets on the page: <body data-shutter="inert:#page"> or
  // "aria-hidden:main".
  if (data.shutter) {
    const [attr, sel] = data.shutter.split(/:(.*)/s);
    document.querySelector(sel).setAttribute(attr, attr === 'aria-hidden' ? 'true' : '');
  }

  if (data.showLater) {
    setTimeout(() => {
      const host = document.getElementById('didomi-host');
      host.classList.remove('hidden-at-first');
      host.removeAttribute('aria-hidden');
      body.classList.add('didomi-popup-open');
    }, Number(data.showLater));
  }
})();
