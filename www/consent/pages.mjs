// The consent-notice fixture pages: our own markup, modelled on each CMP's markers
// (src/decide/consent/markers.rs and ../shared/notes/consent-notices.md §4), never copied from a site.
//
// `node www/consent/pages.mjs <out-dir>` writes one HTML page per entry of PAGES. Each page
// carries what the end-to-end test must see in a `<script type="application/json" id="expect">`:
//
//   hidden      selectors that must be hidden (computed display: none) after Sourcelight ran
//   mostlyHidden  a notice the page re-inserts forever: hidden in at least 95% of samples over a second
//   maxRuns     at most this many engine runs (the content script's count): a page that
//               re-inserts forever gets at most 4 runs a second, not one per frame
//   visible     selectors that must stay visible (default: the article's paragraphs)
//   scroll      the page must scroll afterwards (default true); scrollY: where it must be
//   wait        milliseconds to wait before checking (default 800)
//   clicked     the expected value of <body data-clicked> ("" when nothing may be clicked)
//   frame       the frame page that the fixture loads cross-origin (see frames/)
//   locked      the page must still NOT scroll afterwards (its own lock, no notice to release it)
//   absent      selectors that must match nothing afterwards ('dialog[open]', '#page[inert]')
//   computed    [{sel, prop, value}]: computed style values afterwards ('touch-action: auto')
//
// Locks "in the first HTML" are written into the markup (htmlAttrs, bodyAttrs, wrapAttrs), so
// the baseline (the attributes <body> appeared with) already shows them; locks a script sets
// come from fixture.js.
// Behaviour (locks, late notices, re-insertion, shadow roots, frames) comes from assets/fixture.js,
// driven by data attributes on <body>, so that the same pages also work under a strict CSP.

import fs from 'node:fs';
import path from 'node:path';

const ARTICLE = `
<article class="post">
  <h1>City library reopens its reading room after a year of repairs</h1>
  <p>The central library’s reading room reopened on Monday after twelve months of work on its roof and windows, the city’s culture department said.</p>
  <p>“The room is brighter than it has been for decades,” said Lena Ortiz, the head librarian, as the first readers took their seats by the tall windows.</p>
  <p>According to the department, the repairs cost less than planned because the original oak shelves could be kept and restored in place.</p>
  <p>The library will stay open until nine in the evening on weekdays through the winter, officials said.</p>
</article>`;

const BASE_CSS = `
body { margin: 0; font: 17px/1.6 Georgia, "DejaVu Serif", serif; color: #222; }
header.site { padding: 14px 24px; border-bottom: 3px solid #2a5d84; font: bold 22px "DejaVu Sans", sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 16px 24px 1200px; }
footer.site { padding: 16px 24px; background: #222; color: #ddd; }
footer.site a { color: #ddd; }
.fixed-bottom { position: fixed; left: 0; right: 0; bottom: 0; z-index: 9999; background: #fff; padding: 16px 24px; box-shadow: 0 -2px 10px rgba(0,0,0,.3); font: 15px "DejaVu Sans", sans-serif; }
.fixed-center { position: fixed; left: 50%; top: 50%; transform: translate(-50%, -50%); width: 520px; z-index: 10000; background: #fff; padding: 24px; border-radius: 6px; font: 15px "DejaVu Sans", sans-serif; }
.backdrop { position: fixed; inset: 0; z-index: 9998; background: rgba(0,0,0,.55); }
button { margin: 4px 6px 0 0; padding: 6px 12px; font: inherit; }
`;

import { notice, EN } from './kit.mjs';
import { LANGUAGE_PAGES } from './languages.mjs';
import { LOCK_PAGES, TOP_LAYER_PAGES, FRAMEWORK_PAGES, WALL_PAGES } from './layers.mjs';

// ── One page per CMP in the markers table ───────────────────────────────────────────────
const CMP_PAGES = [
  {
    name: 'cmp-onetrust', title: 'OneTrust',
    html: `<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter backdrop"></div>
      <div id="onetrust-banner-sdk" class="fixed-bottom" role="region" aria-label="Cookie banner">${notice({ text: EN, ids: { accept: 'onetrust-accept-btn-handler', reject: 'onetrust-reject-all-handler', settings: 'onetrust-pc-btn-handler' } })}</div></div>`,
    expect: { hidden: ['#onetrust-consent-sdk'] },
  },
  {
    name: 'cmp-cookiebot', title: 'Cookiebot', lock: 'body-overflow',
    html: `<div id="CybotCookiebotDialogBodyUnderlay" class="backdrop"></div>
      <div id="CybotCookiebotDialog" class="fixed-center" role="dialog" aria-modal="true"><h2>This website uses cookies</h2>${notice({ text: 'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.', accept: 'Allow all', reject: 'Deny', ids: { reject: 'CybotCookiebotDialogBodyButtonDecline', accept: 'CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll' } })}</div>`,
    expect: { hidden: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay'] },
  },
  {
    name: 'cmp-quantcast', title: 'Quantcast Choice', lock: 'class:qc-cmp-ui-showing',
    css: 'body.qc-cmp-ui-showing { overflow: hidden; }',
    html: `<div id="qc-cmp2-container"><div class="qc-cmp2-container backdrop"><div id="qc-cmp2-ui" class="fixed-center" role="dialog"><h2>We value your privacy</h2>
      <div class="qc-cmp2-summary-buttons">${notice({ text: 'We and our partners store and/or access information on a device, such as cookies, and process personal data.', accept: 'AGREE', reject: 'DISAGREE', settings: 'MORE OPTIONS', ids: { reject: 'disagree-btn' } })}</div></div></div></div>`,
    expect: { hidden: ['#qc-cmp2-container'] },
  },
  {
    name: 'cmp-trustarc', title: 'TrustArc',
    html: `<div id="truste-consent-track" class="fixed-bottom"><div id="truste-consent-content">${notice({ text: 'This site uses cookies and related technologies for site operation and analytics.', accept: 'Agree and proceed', reject: 'Required only', settings: 'Cookie preferences', ids: { accept: 'truste-consent-button', reject: 'truste-consent-required' } })}</div></div>`,
    expect: { hidden: ['#truste-consent-track'] },
  },
  {
    name: 'cmp-didomi', title: 'Didomi', lang: 'fr', lock: 'class:didomi-popup-open',
    css: 'body.didomi-popup-open { overflow: hidden !important; }',
    html: `<div id="didomi-host"><div class="didomi-popup-backdrop backdrop"><div class="didomi-popup-container fixed-center"><div id="didomi-popup" role="dialog">${notice({ text: 'Nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les contenus. Votre consentement est libre.', accept: 'Accepter & Fermer', reject: 'Continuer sans accepter', settings: 'Paramétrer', ids: { reject: 'didomi-notice-disagree-button', accept: 'didomi-notice-agree-button' } })}</div></div></div></div>`,
    expect: { hidden: ['#didomi-host'] },
  },
  {
    name: 'cmp-usercentrics', title: 'Usercentrics', lang: 'de', lock: 'class:overflowHidden',
    css: 'body.overflowHidden { overflow: hidden; }',
    shadow: { host: '<div id="usercentrics-root"></div>', html: `<div class="fixed-bottom" data-testid="uc-banner">${notice({ text: 'Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Ihre Einwilligung ist freiwillig.', accept: 'Alle akzeptieren', reject: 'Ablehnen', settings: 'Einstellungen' })}</div>` },
    expect: { hidden: ['#usercentrics-root'] },
  },
  {
    name: 'cmp-sourcepoint', title: 'Sourcepoint', lock: 'class-html:sp-message-open',
    css: 'html.sp-message-open, html.sp-message-open body { overflow: hidden; }',
    html: `<div id="sp_message_container_881234" class="backdrop"><iframe id="sp_message_iframe_881234" class="fixed-center" style="height:320px;border:0" title="SP Consent Message" data-frame="sourcepoint.html"></iframe></div>`,
    expect: { hidden: ['#sp_message_container_881234'], frame: 'sourcepoint.html' },
  },
  {
    name: 'cmp-consentmanager', title: 'consentmanager.net', lang: 'de',
    html: `<div id="cmpbox2" class="backdrop"></div><div id="cmpbox" class="fixed-center">${notice({ text: 'Wir und unsere Partner verwenden Cookies, um Informationen auf einem Gerät speichern und abrufen zu können.', accept: 'Alle akzeptieren', reject: 'Ablehnen', settings: 'Einstellungen', ids: { acceptClass: 'cmpboxbtnyes', rejectClass: 'cmpboxbtnno' } })}</div>`,
    expect: { hidden: ['#cmpbox', '#cmpbox2'] },
  },
  {
    name: 'cmp-fundingchoices', title: 'Google Funding Choices',
    html: `<div class="fc-consent-root"><div class="fc-dialog-overlay backdrop"></div><div class="fc-dialog-container fixed-center">${notice({ text: 'This site asks for consent to use your data. Personalised advertising and content, advertising and content measurement.', accept: 'Consent', reject: 'Do not consent', settings: 'Manage options', ids: { acceptClass: 'fc-cta-consent', rejectClass: 'fc-cta-do-not-consent' } })}</div></div>`,
    expect: { hidden: ['.fc-consent-root'] },
  },
  {
    name: 'cmp-cookieyes', title: 'CookieYes', lang: 'es', lock: 'body-overflow',
    html: `<div class="cky-overlay backdrop"></div><div class="cky-consent-container fixed-bottom">${notice({ text: 'Utilizamos cookies para mejorar su experiencia de navegación y analizar nuestro tráfico.', accept: 'Aceptar todo', reject: 'Rechazar todo', settings: 'Personalizar' })}</div>`,
    expect: { hidden: ['.cky-consent-container', '.cky-overlay'] },
  },
  {
    name: 'cmp-complianz', title: 'Complianz', lang: 'nl',
    html: `<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner fixed-bottom">${notice({ text: 'Wij gebruiken cookies om onze website en onze service te optimaliseren.', accept: 'Accepteren', reject: 'Weigeren', settings: 'Voorkeuren', ids: { rejectClass: 'cmplz-btn cmplz-deny' } })}</div></div>`,
    expect: { hidden: ['#cmplz-cookiebanner-container'] },
  },
  {
    name: 'cmp-borlabs', title: 'Borlabs Cookie', lang: 'de',
    html: `<div id="BorlabsCookieBox"><div class="_brlbs-box-wrap fixed-center">${notice({ text: 'Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website zu verbessern.', accept: 'Alle akzeptieren', reject: 'Nur essenzielle Cookies akzeptieren', settings: 'Individuelle Datenschutzeinstellungen' })}</div></div>`,
    expect: { hidden: ['#BorlabsCookieBox'] },
  },
  {
    name: 'cmp-osano', title: 'Osano',
    html: `<div class="osano-cm-window"><div class="osano-cm-dialog fixed-bottom">${notice({ text: 'This website stores data such as cookies to enable essential site functionality, as well as marketing and analytics.', accept: 'Accept', reject: 'Deny', settings: 'Storage preferences', ids: { rejectClass: 'osano-cm-denyAll' } })}</div></div>`,
    expect: { hidden: ['.osano-cm-window'] },
  },
  {
    name: 'cmp-klaro', title: 'Klaro', lang: 'it',
    html: `<div class="klaro"><div class="cookie-notice fixed-bottom">${notice({ text: 'Ciao! Questo sito utilizza cookie tecnici e, con il tuo consenso, cookie di profilazione.', accept: 'Accetta', reject: 'Rifiuta', settings: 'Impostazioni', ids: { rejectClass: 'cn-decline' } })}</div></div>`,
    expect: { hidden: ['.klaro > .cookie-notice'] },
  },
  {
    name: 'cmp-iubenda', title: 'Iubenda', lang: 'it',
    html: `<div id="iubenda-cs-banner" class="fixed-bottom">${notice({ text: 'Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.', accept: 'Accetta', reject: 'Rifiuta', settings: 'Scopri di più e personalizza', ids: { rejectClass: 'iubenda-cs-reject-btn' } })}</div>`,
    expect: { hidden: ['#iubenda-cs-banner'] },
  },
  {
    name: 'cmp-civic', title: 'Civic Cookie Control',
    html: `<div id="ccc"><div id="ccc-overlay" class="backdrop"></div><div id="ccc-module" class="fixed-center">${notice({ text: 'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use it.', accept: 'Accept recommended settings', reject: 'Reject all', settings: 'Cookie preferences', ids: { rejectClass: 'ccc-reject-button' } })}</div></div>`,
    expect: { hidden: ['#ccc'] },
  },
  {
    name: 'cmp-cookiescript', title: 'Cookie-Script', lang: 'pl',
    html: `<div id="cookiescript_injected" class="fixed-bottom">${notice({ text: 'Ta strona używa plików cookie, aby poprawić komfort korzystania z serwisu.', accept: 'Akceptuję', reject: 'Odrzuć', settings: 'Ustawienia', ids: { reject: 'cookiescript_reject', accept: 'cookiescript_accept' } })}</div>`,
    expect: { hidden: ['#cookiescript_injected'] },
  },
  {
    name: 'cmp-cookielawinfo', title: 'CookieLawInfo', lock: 'class:cli-barmodal-open',
    css: 'body.cli-barmodal-open { overflow: hidden; }',
    html: `<div id="cookie-law-info-bar" class="fixed-bottom" data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role="button" data-cli_action="accept" id="cookie_action_close_header" data-choice="accept">Accept</a> <a role="button" data-cli_action="reject" id="cookie_action_close_header_reject" data-choice="reject">Reject</a></span></div>
      <div class="cli-modal-backdrop cli-popupbar-overlay backdrop"></div>`,
    expect: { hidden: ['#cookie-law-info-bar', '.cli-popupbar-overlay'] },
  },
  {
    name: 'cmp-wpeka', title: 'WPEka GDPR Cookie Consent', lang: 'pt',
    html: `<div id="gdpr-cookie-consent-bar" class="gdpr-banner fixed-bottom">${notice({ text: 'Este site utiliza cookies para melhorar a sua experiência. Pode aceitar ou recusar.', accept: 'Aceitar', reject: 'Rejeitar', settings: 'Definições de cookies', ids: { accept: 'cookie_action_accept', reject: 'cookie_action_reject' } })}</div>`,
    expect: { hidden: ['#gdpr-cookie-consent-bar'] },
  },
  {
    name: 'cmp-cookienotice', title: 'Cookie Notice (dFactory)', bodyClass: 'cookies-not-set',
    html: `<div id="cookie-notice" role="banner" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom fixed-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
      <span id="cn-notice-buttons"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" data-choice="accept" class="cn-set-cookie cn-button">Ok</a> <a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" data-choice="reject" class="cn-set-cookie cn-button">No</a></span></div></div>`,
    expect: { hidden: ['#cookie-notice'] },
  },
  {
    name: 'cmp-moove', title: 'Moove GDPR Cookie Compliance',
    html: `<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden fixed-bottom">${notice({ text: 'This website uses cookies so that we can provide you with the best user experience possible.', accept: 'Accept', reject: 'Reject', settings: 'Settings', ids: { rejectClass: 'moove-gdpr-infobar-reject-btn' } })}</aside>`,
    expect: { hidden: ['#moove_gdpr_cookie_info_bar'] },
  },
];

// ── Timing, shadow roots, frames ────────────────────────────────────────────────────────
const SPECIAL_PAGES = [
  {
    name: 'late-generic', title: 'A notice inserted 1.5 s after load', late: 1500, lock: 'late:body-overflow',
    template: `<div class="late-consent fixed-bottom">${notice({ text: 'We use cookies to improve this site.' })}</div>`,
    expect: { hidden: ['.late-consent'], wait: 2600 },
  },
  {
    name: 'late-known', title: 'A OneTrust notice inserted 1.5 s after load', late: 1500,
    template: `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="fixed-bottom">${notice({ text: EN })}</div></div>`,
    expect: { hidden: ['#onetrust-consent-sdk'], wait: 2600 },
  },
  {
    name: 'reinsert', title: 'A page that re-inserts its notice whenever it is hidden', reinsert: true,
    template: `<div class="again-consent fixed-bottom">${notice({ text: 'We use cookies. We really do.' })}</div>`,
    expect: { hidden: [], mostlyHidden: '.again-consent', wait: 3000, maxRuns: 40 },
  },
  {
    name: 'shadow-generic', title: 'An unknown notice in an open shadow root', lock: 'body-overflow',
    shadow: { host: '<privacy-prompt></privacy-prompt>', html: `<div class="fixed-bottom">${notice({ text: 'We use cookies to understand how you use this site.' })}</div>` },
    expect: { hidden: ['privacy-prompt'] },
  },
  {
    name: 'shadow-closed', title: 'A CMP that mounts its notice in a closed shadow root', lock: 'body-overflow',
    shadow: { host: '<cookie-shield></cookie-shield>', mode: 'closed', html: `<div class="fixed-bottom">${notice({ text: 'We use cookies to measure our audience and to remember your choices.' })}</div>` },
    expect: { hidden: ['cookie-shield'] },
  },
  {
    name: 'shadow-late-known', title: 'Usercentrics: its root attached at once, its notice rendered into it 1.5 s later', lang: 'de', lock: 'late:class:overflowHidden',
    css: 'body.overflowHidden { overflow: hidden; }',
    shadow: { host: '<div id="usercentrics-root"></div>', late: 1500, html: `<div class="fixed-bottom" data-testid="uc-banner">${notice({ text: 'Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Ihre Einwilligung ist freiwillig.', accept: 'Alle akzeptieren', reject: 'Ablehnen', settings: 'Einstellungen' })}</div>` },
    expect: { hidden: ['#usercentrics-root'], wait: 2600 },
  },
  {
    name: 'shadow-late-generic', title: 'An unknown notice rendered 1.5 s after load into a closed shadow root attached at once', lock: 'late:body-overflow',
    shadow: { host: '<consent-banner></consent-banner>', mode: 'closed', late: 1500, html: `<div class="fixed-bottom">${notice({ text: 'We use cookies to understand how you use this site.' })}</div>` },
    expect: { hidden: ['consent-banner'], wait: 2600 },
  },
  {
    name: 'iframe-generic', title: 'An unknown CMP in a cross-origin frame', lock: 'html-overflow',
    html: `<div class="frame-wrap backdrop"><iframe class="fixed-center" style="height:300px;border:0" title="Privacy" data-frame="generic.html"></iframe></div>`,
    expect: { hidden: ['.frame-wrap'], frame: 'generic.html', wait: 2000 },
  },
  {
    name: 'iframe-trustarc', title: 'TrustArc\'s same-origin frame', same: true,
    html: `<div class="truste_box_overlay backdrop"><iframe class="truste_popframe fixed-center" style="height:300px;border:0" title="TrustArc" data-frame="generic.html" data-same-origin></iframe></div>`,
    expect: { hidden: ['.truste_box_overlay'] },
  },
  {
    // Its frame starts hidden (frame.js then waits for it to be shown, without reading it).
    name: 'iframe-shown-later', title: 'A same-origin notice frame that its page shows later',
    html: `<div class="frame-wrap"><iframe class="fixed-center" style="display:none;height:300px;border:0" title="Privacy" data-frame="generic.html" data-same-origin data-show-after="700"></iframe></div>`,
    expect: { hidden: ['.frame-wrap'], wait: 2500 },
  },
];

// ── One trap page per complaint kind (notes §3) ─────────────────────────────────────────
const TRAP_PAGES = [
  {
    name: 'trap-01-scroll-position', title: 'Lock by body position: fixed with the reader’s place in top', lock: 'body-fixed:600',
    html: `<div class="t1-consent fixed-bottom">${notice({ text: 'We use cookies to keep you signed in and to measure traffic.' })}</div>`,
    expect: { hidden: ['.t1-consent'], scrollY: 600 },
  },
  {
    name: 'trap-02-backdrop', title: 'A separate backdrop left behind', lock: 'body-overflow',
    html: `<div class="t2-shade" style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:9990"></div>
      <div class="t2-consent fixed-center">${notice({ text: 'This website uses cookies. Please choose.' })}</div>`,
    expect: { hidden: ['.t2-consent', '.t2-shade'], clickable: 'main p' },
  },
  {
    name: 'trap-03-blank-page', title: '“cookie” classes on html, body and a wrapper', htmlClass: 'cookie cookies', bodyClass: 'cookie-bar-visible cookie-consent', wrap: 'cookies cookie-wrapper',
    html: `<div class="cookie-bar fixed-bottom">${notice({ text: 'We use cookies to give you the best experience.' })}</div>`,
    expect: { hidden: ['.cookie-bar'], visible: ['html', 'body', '.cookies', 'main p'] },
  },
  {
    name: 'trap-04-false-positives', title: 'Cookie words in real content', mainHtml: `
      <article class="recipe"><h1>Brown butter cookies</h1>
        <p>These cookies use browned butter and a pinch of sea salt. We use cookies of every kind in this kitchen, and accept all cookies as gifts.</p>
        <p>Bake the cookies for twelve minutes, until the edges are golden. Let the cookies cool on the tray before you accept a second one.</p>
        <form><label>Cookie name <input name="cookie" value="Brown butter"></label> <button type="button">Accept</button></form>
      </article>
      <div class="cmp-container"><h2>Compare plans</h2><table><tr><td>Basic</td><td>Cookie-free</td></tr></table></div>`,
    headerHtml: `<header class="site" style="position:sticky;top:0;background:#fff">Kitchen Notes <a href="#">Privacy</a> <a href="#">Cookie settings</a> <button>Accept</button></header>`,
    footerHtml: `<footer class="site"><a href="#">Privacy policy</a> · <a href="#">Cookie settings</a> · We use cookies responsibly.</footer>`,
    expect: { hidden: [], visible: ['.recipe p', 'form', '.cmp-container', 'header.site', 'footer.site'] },
  },
  {
    name: 'trap-05-login', title: 'A sign-in dialog that mentions privacy',
    html: `<div class="t5-login fixed-center" role="dialog" aria-modal="true"><h2>Sign in</h2>
      <label>Email <input type="email" name="email"></label> <label>Password <input type="password" name="password"></label>
      <p>By continuing you agree to our Terms of Use and acknowledge our Privacy Policy and cookie use.</p><button>Continue</button></div>`,
    expect: { hidden: [], visible: ['.t5-login'] },
  },
  {
    name: 'trap-06-embed', title: 'Embed placeholders that explain missing media', mainHtml: `
      <article><h1>Highlights of the match</h1><p>The second half turned the game around, with two goals in ten minutes from the home side.</p>
        <div class="embed-placeholder"><p>Accept cookies to watch this video on YouTube.</p><button>Accept</button></div>
        <p>The coach praised the defence after the final whistle, and the fans stayed to sing long after the game.</p></article>`,
    asideHtml: `<aside><div class="insta-placeholder"><p>To view this Instagram content, accept cookies.</p><button>Accept</button></div></aside>`,
    expect: { hidden: [], visible: ['.embed-placeholder', '.insta-placeholder'] },
  },
  {
    name: 'trap-07-reload', title: 'A page that reloads when its notice is removed', reloadTrap: true,
    html: `<div id="t7-consent" class="fixed-bottom">${notice({ text: 'We use cookies to run this site.' })}</div>`,
    expect: { hidden: ['#t7-consent'], wait: 1500, loads: 1 },
  },
  {
    name: 'trap-08-accept', title: 'Never click accept (Cookiebot)',
    html: `<div id="CybotCookiebotDialog" class="fixed-center">${notice({ text: 'This website uses cookies to personalise content.', accept: 'Allow all', reject: 'Deny', ids: { accept: 'CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll', reject: 'CybotCookiebotDialogBodyButtonDecline' } })}</div>`,
    expect: { hidden: ['#CybotCookiebotDialog'], clicked: '' },
  },
  {
    name: 'trap-09-shown-later', title: 'Didomi: rendered hidden, shown and locked 1.5 s later', showLater: 1500,
    css: 'body.didomi-popup-open { overflow: hidden !important; } #didomi-host.hidden-at-first { display: none; }',
    html: `<div id="didomi-host" class="hidden-at-first" aria-hidden="true"><div class="didomi-popup-container fixed-center"><div id="didomi-popup">${notice({ text: 'We and our partners use cookies to measure audience and personalise content.' })}</div></div></div>`,
    expect: { hidden: ['#didomi-host'], wait: 2600 },
  },
  {
    name: 'trap-10-flash', title: 'No flash of a known notice', measureOpacity: '#cookiescript_injected',
    html: `<div id="cookiescript_injected" class="fixed-bottom">${notice({ text: 'This website uses cookies to improve user experience.' })}</div>`,
    expect: { hidden: ['#cookiescript_injected'], earlyOpacity: '0' },
  },
  {
    name: 'trap-11-cpu', title: 'A notice re-inserted forever, with a busy page', reinsert: true, busy: true,
    template: `<div class="cpu-consent fixed-bottom">${notice({ text: 'We use cookies on this site.' })}</div>`,
    expect: { hidden: [], mostlyHidden: '.cpu-consent', wait: 3000, maxRuns: 40 },
  },
  {
    name: 'trap-12-coverage', title: 'An unknown CMP that never says “cookie”', lock: 'body-overflow',
    html: `<div class="t12-tcf fixed-center" role="dialog"><h2>We value your privacy</h2>${notice({ text: 'We and our partners store and/or access information on a device, such as unique IDs, and process personal data.', accept: 'I accept', reject: 'I do not accept', settings: 'More options' })}</div>`,
    expect: { hidden: ['.t12-tcf'] },
  },
  {
    name: 'trap-13-age-gate', title: 'An age gate that mentions cookies',
    html: `<div class="t13-age fixed-center" role="dialog"><h2>Welcome</h2><p>Please confirm that you are 18 years or older to enter this site. By entering you accept the use of cookies.</p><button>I agree</button> <button>Leave</button></div>`,
    expect: { hidden: [], visible: ['.t13-age'] },
  },
  {
    name: 'trap-14-paywall', title: 'A paywall that mentions cookies',
    html: `<div class="t14-meter fixed-bottom"><p>You have read 3 of 3 free articles this month. Subscribe for full access from €1 a week. We use cookies to count the articles you read.</p><a href="#subscribe">Subscribe</a> <button>Continue with a free account</button></div>`,
    expect: { hidden: [], visible: ['.t14-meter'] },
  },
  {
    name: 'trap-15-comment-bar', title: 'A fixed “sign in to comment” bar that mentions privacy',
    html: `<div class="t15-comments fixed-bottom"><p>Sign in to comment. By continuing, you agree to our Terms of Use and Privacy Policy, including our use of cookies.</p><button>Sign in</button> <button>Continue</button></div>`,
    expect: { hidden: [], visible: ['.t15-comments'] },
  },
  {
    name: 'trap-16-own-dialog', title: 'The site’s own modal dialog (breaking-news alerts)', showModal: '#t16-alerts',
    html: `<dialog id="t16-alerts" class="t16-alerts"><h2>Breaking news alerts</h2><p>Get an alert when a big story breaks. We send no more than three a day, and no cookies are set for them.</p><button>Allow</button> <button>Not now</button></dialog>`,
    expect: { hidden: [], visible: ['#t16-alerts'] },
  },

];

export const PAGES = [
  ...CMP_PAGES, ...LANGUAGE_PAGES, ...SPECIAL_PAGES, ...TRAP_PAGES, ...LOCK_PAGES, ...TOP_LAYER_PAGES, ...FRAMEWORK_PAGES, ...WALL_PAGES,
];

/** Pages that are also served under a strict CSP by the test server (see tests/e2e/lib/server.mjs). */
export const CSP_PAGES = ['cmp-onetrust', 'generic-en', 'late-generic'];

function render(p) {
  const attrs = Object.entries({
    lock: p.lock, late: p.late, reinsert: p.reinsert, 'reload-trap': p.reloadTrap, 'show-later': p.showLater,
    'measure-opacity': p.measureOpacity, busy: p.busy, relock: p.relock, 'show-modal': p.showModal, 'show-popover': p.showPopover,
    shutter: p.shutter,
  }).filter(([, v]) => v !== undefined && v !== false).map(([k, v]) => ` data-${k}="${v === true ? '' : v}"`).join('');
  const expect = { visible: ['main p'], scroll: true, wait: 800, clicked: '', ...p.expect };
  const main = p.mainHtml ?? ARTICLE;
  const header = p.headerHtml ?? `<header class="site">The Sample Courier</header>`;
  const footer = p.footerHtml ?? `<footer class="site">© The Sample Courier</footer>`;
  let page = `${header}\n<main>${main}</main>\n${p.asideHtml ?? ''}\n${footer}`;
  if (p.wrap) page = `<div class="${p.wrap}"${p.wrapAttrs ? ` ${p.wrapAttrs}` : ''}>${page}</div>`;
  if (p.before) page = `${p.before}\n${page}`;
  const shadow = p.shadow ? `${p.shadow.host}\n<template id="shadow-content" data-mode="${p.shadow.mode ?? 'open'}"${p.shadow.late ? ` data-late="${p.shadow.late}"` : ''}>${p.shadow.html}</template>` : '';
  const template = p.template ? `<template id="late-content">${p.template}</template>` : '';
  return `<!DOCTYPE html>
<html lang="${p.lang ?? 'en'}"${p.htmlClass ? ` class="${p.htmlClass}"` : ''}${p.htmlAttrs ? ` ${p.htmlAttrs}` : ''}>
<head>
<meta charset="utf-8">
<title>${p.title} - Sourcelight consent fixture</title>
<link rel="stylesheet" href="assets/fixture.css">
<style>${p.css ?? ''}</style>
</head>
<body${p.bodyClass ? ` class="${p.bodyClass}"` : ''}${p.bodyAttrs ? ` ${p.bodyAttrs}` : ''}${attrs}>
${page}
${p.html ?? ''}
${shadow}
${template}
<script type="application/json" id="expect">${JSON.stringify(expect)}</script>
<script src="assets/fixture.js" nonce="sourcelight"></script>
</body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2] ?? 'dist/www/consent';
  fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(out, 'assets/fixture.css'), BASE_CSS);
  for (const p of PAGES) fs.writeFileSync(path.join(out, `${p.name}.html`), render(p));
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify({ pages: PAGES.map((p) => p.name), csp: CSP_PAGES }, null, 1));
  console.log(`consent fixtures: ${PAGES.length} pages in ${out}`);
}
