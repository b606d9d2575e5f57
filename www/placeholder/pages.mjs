// The placeholder fixture pages: our own markup of theme widgets, one page per widget kind and
// language, and one trap page per thing that must never be hidden.
//
// `node www/placeholder/pages.mjs <out-dir>` writes one HTML page per entry of PAGES, each with
// its expectations in <script type="application/json" id="expect"> (the same schema as the
// consent fixtures: see www/consent/pages.mjs and tests/e2e/lib/checks.mjs).

import fs from 'node:fs';
import path from 'node:path';

const ARTICLE = `
<article class="post">
  <h1>Ferry timetable changes for the winter season</h1>
  <p>The harbour authority said on Thursday that the evening ferries will run every forty minutes from November, instead of every half hour, while the morning service stays as it is.</p>
  <p>“Fewer people travel after dark in winter, and the crews need the time for maintenance,” said Rosa Lindqvist, the authority’s operations director.</p>
  <p>According to the authority, the summer timetable returns in April, and tickets bought before the change remain valid on every crossing until the end of the year.</p>
</article>`;

const CSS = `
body { margin: 0; font: 17px/1.6 Georgia, "DejaVu Serif", serif; color: #222; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 20px; }
.widget { margin-bottom: 24px; } .widget-title { font: bold 15px "DejaVu Sans", sans-serif; text-transform: uppercase; }
.list, .slot { min-height: 60px; } .slot { width: 250px; height: 200px; background: #eee; }
footer.site { padding: 16px 20px; background: #222; color: #ddd; }
.card { margin-bottom: 24px; border: 1px solid #ddd; padding: 12px; }
.card-head, .card-header { font-weight: 700; font-family: "DejaVu Sans", sans-serif; }
.box-label { font-size: 22px; }
.skeleton-line { height: 14px; margin: 8px 0; background: linear-gradient(90deg, #eee, #f6f6f6, #eee); border-radius: 4px; }
`;

/** A sidebar widget: a title and a body. */
const widget = (cls, title, body = '', tag = 'h3') => `<section class="widget ${cls}"><${tag} class="widget-title">${title}</${tag}>${body}</section>`;

const PAGES = [
  // ── Filler text ─────────────────────────────────────────────────────────────────────
  {
    name: 'filler-lorem', title: 'A theme’s Lorem ipsum text widget',
    aside: widget('w-lorem', 'About us', '<div class="textwidget"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis, pulvinar dapibus leo.</p></div>')
      + widget('w-links', 'Sections', '<ul><li><a href="#">Harbour</a></li><li><a href="#">Weather</a></li></ul>'),
    expect: { hidden: ['.w-lorem'], visible: ['main p', '.w-links'] },
  },
  {
    name: 'filler-sample', title: 'Sample text in English, German and French', lang: 'en',
    aside: widget('w-en', 'Contact', '<p>Sample text. Click to edit and add your content here.</p>')
      + widget('w-de', 'Über uns', '<p>Ihr Text hier. Hier steht Ihr Text, den Sie bearbeiten können.</p>')
      + widget('w-fr', 'À propos', '<p>Votre texte ici. Ajoutez votre texte pour présenter le site.</p>'),
    expect: { hidden: ['.w-en', '.w-de', '.w-fr'] },
  },
  // ── Widgets that are only a heading ────────────────────────────────────────────────
  {
    name: 'empty-widgets-en', title: 'Empty widgets (English)',
    after: widget('w1', 'You may also like', '<div class="list"></div>', 'h2'),
    aside: widget('w2', 'Related posts', '<ul></ul>') + widget('w3', 'Latest News', '<ul class="list"></ul>') + widget('w4', 'Newsletter', '<div class="list"></div>')
      + widget('w5', 'Popular', '') + widget('w6', 'Trending', '<div></div>') + widget('w7', 'Laest News', '<ul></ul>'),
    expect: { hidden: ['.w1', '.w2', '.w3', '.w4', '.w5', '.w6', '.w7'] },
  },
  {
    name: 'empty-widgets-de', title: 'Leere Widgets (Deutsch)', lang: 'de',
    main: `<article class="post"><h1>Neue Fahrpläne für den Winter</h1><p>Die Hafenbehörde teilte am Donnerstag mit, dass die Abendfähren ab November alle vierzig Minuten fahren.</p><p>„Im Winter fahren abends weniger Menschen“, sagte die Betriebsleiterin Rosa Lindqvist.</p></article>`,
    after: widget('w1', 'Das könnte Sie auch interessieren', '<div class="list"></div>', 'h2'),
    aside: widget('w2', 'Ähnliche Artikel', '<ul></ul>') + widget('w3', 'Neueste Nachrichten', '<ul></ul>') + widget('w4', 'Newsletter', '') + widget('w5', 'Meistgelesen', '<div></div>'),
    expect: { hidden: ['.w1', '.w2', '.w3', '.w4', '.w5'] },
  },
  {
    name: 'empty-widgets-fr', title: 'Widgets vides (français)', lang: 'fr',
    main: `<article class="post"><h1>Nouveaux horaires d’hiver</h1><p>L’autorité portuaire a annoncé jeudi que les ferries du soir passeront toutes les quarante minutes à partir de novembre.</p><p>« Moins de gens voyagent le soir en hiver », a déclaré Rosa Lindqvist, directrice des opérations.</p></article>`,
    after: widget('w1', 'Vous aimerez aussi', '<div class="list"></div>', 'h2'),
    aside: widget('w2', 'Articles similaires', '<ul></ul>') + widget('w3', 'Dernières nouvelles', '<ul></ul>') + widget('w4', 'Lettre d’information', '') + widget('w5', 'Tendances', '<div></div>'),
    expect: { hidden: ['.w1', '.w2', '.w3', '.w4', '.w5'] },
  },
  // ── Counters at zero ───────────────────────────────────────────────────────────────
  {
    name: 'zero-counters', title: 'Counters at zero',
    meta: `<div class="entry-meta"><span class="by">by Ada Sample</span> <span class="c1"><a href="#respond">0 comment</a></span> <span class="c2">0 shares</span> <span class="c3"><a href="#comments">0 Kommentare</a></span> <span class="c4">0 commentaire</span></div>`,
    after: `<section id="comments" class="comments"><h3 class="c5">No comments yet</h3></section>`,
    expect: { hidden: ['.c1', '.c2', '.c3', '.c4', '.c5'], visible: ['main p', '.by'] },
  },
  // ── Empty ad slots and share bars ───────────────────────────────────────────────────
  {
    name: 'empty-slots', title: 'Empty ad slots and share bars',
    aside: `<div class="ad ad-1"><span class="ad-label">Advertisement</span><div class="slot"></div></div>
      <div class="ad ad-2"><span class="ad-label">Anzeige</span><div class="slot"></div></div>
      <div class="ad ad-3"><span class="ad-label">Publicité</span><div class="slot"></div></div>
      <div class="ad ad-full"><span class="ad-label">Advertisement</span><div class="slot"><img alt="An ad" width="250" height="200" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div></div>`,
    after: `<div class="share share-empty"><span>Share this:</span><ul class="share-buttons"></ul></div>
      <div class="share share-full"><span>Share this:</span><a href="#">Facebook</a> <a href="#">Email</a></div>`,
    expect: { hidden: ['.ad-1', '.ad-2', '.ad-3', '.share-empty'], visible: ['main p', '.ad-full', '.share-full'] },
  },
  // ── Traps: what must never be hidden ────────────────────────────────────────────────
  {
    name: 'trap-lorem-history', title: 'An article about the history of Lorem ipsum',
    main: `<article class="post"><h1>Where “Lorem ipsum” comes from</h1>
      <p>“Lorem ipsum dolor sit amet” is the opening of the filler text typesetters have used since the sixteenth century. It is a scrambled passage of Cicero’s De finibus bonorum et malorum, written in 45 BC.</p>
      <p>A Latin scholar traced the words “consectetur” and “adipiscing” back to the original in the 1980s, and the text has been printed, pasted and projected ever since, wherever a design needs words before it has any.</p>
      <p>Here is the standard passage, as printed in specimen books: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p></article>`,
    expect: { hidden: [], visible: ['main p'] },
  },
  {
    name: 'trap-real-comments', title: 'A real comments section',
    after: `<section class="comments"><h3 class="comments-title">3 Comments</h3>
        <ol><li><p>Finally, the evening boats were always half empty.</p></li><li><p>Will the night bus still meet the last ferry?</p></li><li><p>Good news for the crews.</p></li></ol></section>
      <section class="respond"><h3>No comments yet</h3><form><label>Comment <textarea name="comment"></textarea></label><button>Post</button></form></section>`,
    expect: { hidden: [], visible: ['main p', '.comments li', '.respond form'] },
  },
  {
    name: 'trap-related-list', title: 'A real related-articles list',
    after: widget('related', 'Related articles', '<ul><li><a href="#">Ferry fares rise in spring</a></li><li><a href="#">New harbour bridge opens</a></li></ul>', 'h2'),
    aside: widget('popular', 'Popular', '<ol><li><a href="#">Tram timetable</a></li></ol>'),
    expect: { hidden: [], visible: ['main p', '.related li', '.popular li'] },
  },
  {
    name: 'trap-newsletter-form', title: 'A working newsletter form',
    aside: widget('newsletter', 'Newsletter', '<form><label>Email <input type="email" name="email"></label><button>Subscribe</button></form>'),
    expect: { hidden: [], visible: ['main p', '.newsletter form'] },
  },
  {
    name: 'trap-late-content', title: 'A widget whose list loads a second later', fillLater: '.late .list',
    aside: widget('late', 'You may also like', '<ul class="list"></ul>'),
    expect: { hidden: [], visible: ['main p', '.late li'], wait: 2200 },
  },
  {
    name: 'trap-lorem-demo', title: 'A theme demo page whose article is Lorem ipsum',
    main: `<article class="post"><h1>Lorem ipsum dolor sit amet</h1>
      <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</p>
      <p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia.</p></article>`,
    aside: widget('demo-widget', 'About', '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>'),
    expect: { hidden: [], visible: ['main p', '.demo-widget p'] },
  },
  // ── Issue item 9: clutter that slipped through ─────────────────────────────────────
  {
    name: 'styled-title-card', title: 'A Lorem ipsum card whose title is a styled <div>',
    aside: `<div class="card c-lorem"><div class="card-head">About this site</div><div class="textwidget"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus sagittis lacus vel augue.</p></div></div>`
      + widget('w-links', 'Sections', '<ul><li><a href="#">Harbour</a></li><li><a href="#">Weather</a></li></ul>'),
    expect: { hidden: ['.c-lorem'], visible: ['main p', '.w-links'] },
  },
  {
    name: 'styled-title-empty-lists', title: 'Empty lists under titles set apart by style alone',
    aside: `<div class="card c1"><div class="card-header">Recent posts</div><ul></ul></div>
      <div class="box c2"><span class="box-label">Most popular</span><ul class="list"></ul></div>
      <div class="card c3"><div class="card-header">Archives</div><ul><li><a href="#">May 2026</a></li></ul></div>`,
    expect: { hidden: ['.c1', '.c2'], visible: ['main p', '.c3 li'] },
  },
  {
    name: 'partner-labels', title: 'Heading-only “Sponsored content”, “Partner content”, “Anzeige”, “Publicité” widgets',
    aside: widget('p1', 'Sponsored content') + widget('p2', 'Partner content', '<div class="slot"></div>') + widget('p3', 'Anzeige', '<div></div>')
      + widget('p4', 'Publicité') + widget('p5', 'Sponsored content', '<ul><li><a href="#">Travel insurance, explained</a></li></ul>'),
    expect: { hidden: ['.p1', '.p2', '.p3', '.p4'], visible: ['main p', '.p5 li'] },
  },
  {
    name: 'recent-comments-empty', title: 'An empty “Recent comments” widget',
    aside: widget('rc-empty', 'Recent Comments', '<ul class="recentcomments"></ul>', 'h2') + widget('rc-full', 'Neueste Kommentare', '<ul><li><a href="#c1">Anna</a> zu Fähren</li></ul>', 'h2'),
    expect: { hidden: ['.rc-empty'], visible: ['main p', '.rc-full li'] },
  },
  {
    name: 'zero-counters-languages', title: 'Zero-comment counters in German, French, Spanish, Italian and Dutch',
    meta: `<div class="entry-meta"><span class="by">by Ada Sample</span> <span class="z1">Kommentare (0)</span> <span class="z2">Pas de commentaire</span> <span class="z3">No hay comentarios</span> <span class="z4">Commenti (0)</span> <span class="z5">Wees de eerste om te reageren</span></div>`,
    expect: { hidden: ['.z1', '.z2', '.z3', '.z4', '.z5'], visible: ['main p', '.by'] },
  },
  {
    name: 'skeleton-never-filled', title: 'A loading skeleton that never filled',
    aside: `<div class="widget sk-empty"><div class="skeleton-card"><div class="skeleton-line"></div><div class="skeleton-line"></div></div><div class="skeleton-card"><div class="skeleton-line"></div></div></div>`
      + widget('w-links', 'Sections', '<ul><li><a href="#">Harbour</a></li></ul>'),
    expect: { hidden: ['.sk-empty'], visible: ['main p', '.w-links'] },
  },
  {
    name: 'newsletter-without-form', title: 'A newsletter promo whose sign-up form never loaded',
    aside: `<div class="nl-promo"><h3>The morning briefing</h3><p>Sign up for our newsletter and get the day’s top stories in your inbox.</p><div class="form-embed"></div></div>`
      + widget('w-links', 'Sections', '<ul><li><a href="#">Harbour</a></li></ul>'),
    expect: { hidden: ['.nl-promo'], visible: ['main p', '.w-links'] },
  },
  {
    name: 'trap-skeleton-filled-later', title: 'A skeleton whose list arrives a second later', fillLater: '.sk-late .skeleton-card',
    aside: `<div class="widget sk-late"><div class="skeleton-card"><div class="skeleton-line"></div></div></div>` + widget('w-links', 'Sections', '<ul><li><a href="#">Harbour</a></li></ul>'),
    expect: { hidden: [], visible: ['main p', '.sk-late li'], wait: 2200 },
  },
  {
    name: 'trap-newsletter-signup-link', title: 'A newsletter promo with a link to sign up',
    aside: `<div class="nl-link"><h3>The morning briefing</h3><p>Sign up for our newsletter and get the day’s top stories in your inbox.</p><a href="#newsletters">Sign up</a></div>`,
    expect: { hidden: [], visible: ['main p', '.nl-link'] },
  },
  {
    name: 'trap-comment-form-empty', title: 'An empty comments section with a working comment form',
    after: `<section id="comments" class="comments-area comments-empty"><div class="wrap"><div class="comments-header"><div class="count"><h2 class="comments-title">Kommentare (0)</h2></div></div></div><p class="no-comments">Noch keine Kommentare</p>
      <div id="respond" class="comment-respond"><h3>Leave a reply</h3><form class="comment-form"><p><label>Comment <textarea name="comment"></textarea></label></p><p><button>Post comment</button></p></form></div></section>`,
    expect: { hidden: [], visible: ['main p', '.comments-empty h2', '.comments-empty form'] },
  },
];

export { PAGES };

function render(p) {
  const expect = { visible: ['main p'], scroll: false, wait: 800, clicked: '', ...p.expect };
  let main = p.main ?? ARTICLE;
  if (p.meta) main = main.replace('</h1>', `</h1>${p.meta}`);
  return `<!DOCTYPE html>
<html lang="${p.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${p.title} - Sourcelight placeholder fixture</title><style>${CSS}</style></head>
<body${p.fillLater ? ` data-fill-later="${p.fillLater}"` : ''}>
<div class="layout"><main>${main}${p.after ?? ''}</main><aside class="sidebar">${p.aside ?? ''}</aside></div>
<footer class="site">© The Sample Courier</footer>
<script type="application/json" id="expect">${JSON.stringify(expect)}</script>
<script src="fixture.js"></script>
</body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2] ?? 'dist/www/placeholder';
  fs.mkdirSync(out, { recursive: true });
  for (const p of PAGES) fs.writeFileSync(path.join(out, `${p.name}.html`), render(p));
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify({ pages: PAGES.map((p) => p.name), csp: [] }, null, 1));
  console.log(`placeholder fixtures: ${PAGES.length} pages in ${out}`);
}
