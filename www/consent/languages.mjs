// The generic detector's fixture pages, one per language it covers (issue item 7): a notice in
// each language, written the way notices in that language put it, in markup no CMP uses.

import { notice } from './kit.mjs';

// ── The generic detector, one page per language it covers: the 24 official languages of the EU,
// Norwegian, Icelandic and Turkish (markup no CMP uses) ────────────────────────────────────────
export const LANGUAGE_PAGES = [
  ['bg', 'Този уебсайт използва бисквитки, за да подобри вашето изживяване. С вашето съгласие ги използваме и за анализ на трафика.', 'Приеми всички', 'Отхвърли', 'Настройки'],
  ['cs', 'Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti. S vaším souhlasem je použijeme i pro reklamu.', 'Přijmout vše', 'Odmítnout vše', 'Nastavení'],
  ['da', 'Vi bruger cookies til at få hjemmesiden til at fungere og til statistik. Du kan til enhver tid trække dit samtykke tilbage.', 'Tillad alle', 'Afvis alle', 'Indstillinger'],
  ['de', 'Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten.', 'Alle akzeptieren', 'Ablehnen', 'Einstellungen'],
  ['el', 'Χρησιμοποιούμε cookies για να λειτουργεί σωστά ο ιστότοπος και για στατιστικά. Με τη συγκατάθεσή σας τα χρησιμοποιούμε και για διαφημίσεις.', 'Αποδοχή όλων', 'Απόρριψη', 'Ρυθμίσεις'],
  ['en', 'This site uses cookies to measure its audience and show you relevant content.', 'Accept', 'Reject', 'Cookie settings'],
  ['es', 'Este sitio web utiliza cookies propias y de terceros para analizar la navegación.', 'Aceptar', 'Rechazar', 'Configurar'],
  ['et', 'Kasutame küpsiseid, et veebileht toimiks ja et analüüsida külastusi. Teie nõusolekul kasutame neid ka reklaamiks.', 'Nõustun', 'Keeldu', 'Seaded'],
  ['fi', 'Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijätilastointiin. Voit perua suostumuksesi milloin tahansa.', 'Hyväksy kaikki', 'Hylkää kaikki', 'Asetukset'],
  ['fr', 'Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus adaptés.', 'Tout accepter', 'Tout refuser', 'Personnaliser'],
  ['ga', 'Úsáidimid fianáin chun an suíomh a fheabhsú agus chun staitisticí a bhailiú. Is féidir leat do thoiliú a athrú am ar bith.', 'Glac le gach rud', 'Diúltaigh', 'Socruithe'],
  ['hr', 'Ova web stranica koristi kolačiće kako bi poboljšala vaše iskustvo. Uz vašu privolu koristimo ih i za analitiku.', 'Prihvati sve', 'Odbij sve', 'Postavke'],
  ['hu', 'Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Hozzájárulását bármikor visszavonhatja.', 'Összes elfogadása', 'Elutasítom', 'Beállítások'],
  ['is', 'Við notum vafrakökur til að bæta upplifun þína á vefnum og til að greina umferð. Þú getur dregið samþykki þitt til baka hvenær sem er.', 'Samþykkja allt', 'Hafna', 'Stillingar'],
  ['it', 'Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.', 'Accetta tutti', 'Rifiuta', 'Personalizza'],
  ['lt', 'Naudojame slapukus, kad svetainė veiktų ir galėtume analizuoti lankomumą. Jūsų sutikimą galite bet kada atšaukti.', 'Priimti visus', 'Atmesti', 'Nustatymai'],
  ['lv', 'Mēs izmantojam sīkdatnes, lai nodrošinātu vietnes darbību un analizētu apmeklējumu. Jūsu piekrišanu varat atsaukt jebkurā laikā.', 'Pieņemt visas', 'Noraidīt', 'Iestatījumi'],
  ['mt', 'Dan is-sit juża l-cookies biex jaħdem sew u biex inkejlu l-udjenza. Tista\' tirtira l-kunsens tiegħek meta trid.', 'Aċċetta kollox', 'Irrifjuta', 'Preferenzi'],
  ['nl', 'Deze website gebruikt cookies om de site goed te laten werken.', 'Accepteren', 'Weigeren', 'Instellingen'],
  ['no', 'Vi bruker informasjonskapsler for at nettstedet skal fungere og for å måle trafikken. Du kan når som helst trekke tilbake ditt samtykke.', 'Godta alle', 'Avvis alle', 'Innstillinger'],
  ['pl', 'Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej strony.', 'Akceptuję', 'Odrzuć', 'Ustawienia'],
  ['pt', 'Utilizamos cookies para melhorar a sua experiência no nosso site.', 'Aceitar', 'Rejeitar', 'Definições'],
  ['ro', 'Acest site folosește cookie-uri pentru a funcționa corect și pentru statistici. Vă puteți retrage consimțământul oricând.', 'Accept toate', 'Refuz', 'Setări'],
  ['sk', 'Táto webová stránka používa súbory cookie na zabezpečenie funkčnosti a analýzu návštevnosti. Váš súhlas môžete kedykoľvek odvolať.', 'Prijať všetko', 'Odmietnuť', 'Nastavenia'],
  ['sl', 'Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo in analizo obiska. Vaše soglasje lahko kadar koli prekličete.', 'Sprejmi vse', 'Zavrni vse', 'Nastavitve'],
  ['sv', 'Vi använder cookies för att webbplatsen ska fungera och för att mäta trafiken. Du kan när som helst återkalla ditt samtycke.', 'Godkänn alla', 'Neka alla', 'Inställningar'],
  ['tr', 'Bu web sitesi, deneyiminizi iyileştirmek ve trafiği analiz etmek için çerezler kullanmaktadır. Onayınızı istediğiniz zaman geri alabilirsiniz.', 'Tümünü kabul et', 'Reddet', 'Ayarlar'],
].map(([lang, text, accept, reject, settings]) => ({
  name: `generic-${lang}`, title: `Unknown notice (${lang})`, lang, lock: 'body-overflow',
  html: `<div class="x9-privacy-bar fixed-bottom">${notice({ text, accept, reject, settings })}</div>`,
  expect: { hidden: ['.x9-privacy-bar'] },
}));
