//! The generic detector in every language it covers (issue item 7): the 24 official languages
//! of the EU, Norwegian, Icelandic and Turkish. One notice per language, written the way notices
//! in that language put it, in markup no CMP uses: each is hidden, and nothing else.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::consent::{decide, page};

/// `(language, the notice's text, accept, reject)`.
const NOTICES: &[(&str, &str, &str, &str)] = &[
    ("bg", "Този уебсайт използва бисквитки, за да подобри вашето изживяване. С вашето съгласие ги използваме и за анализ на трафика.", "Приеми всички", "Отхвърли"),
    ("cs", "Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti. S vaším souhlasem je použijeme i pro reklamu.", "Přijmout vše", "Odmítnout vše"),
    ("da", "Vi bruger cookies til at få hjemmesiden til at fungere og til statistik. Du kan til enhver tid trække dit samtykke tilbage.", "Tillad alle", "Afvis alle"),
    ("de", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Einwilligung können Sie jederzeit widerrufen.", "Alle akzeptieren", "Ablehnen"),
    ("el", "Χρησιμοποιούμε cookies για να λειτουργεί σωστά ο ιστότοπος και για στατιστικά. Με τη συγκατάθεσή σας τα χρησιμοποιούμε και για διαφημίσεις.", "Αποδοχή όλων", "Απόρριψη"),
    ("en", "This site uses cookies to measure its audience and show you relevant content. You can change your choice at any time.", "Accept all", "Reject all"),
    ("es", "Este sitio web utiliza cookies propias y de terceros para analizar la navegación y mostrarte publicidad. Puedes cambiar tu elección cuando quieras.", "Aceptar todo", "Rechazar todo"),
    ("et", "Kasutame küpsiseid, et veebileht toimiks ja et analüüsida külastusi. Teie nõusolekul kasutame neid ka reklaamiks.", "Nõustun", "Keeldu"),
    ("fi", "Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijätilastointiin. Voit perua suostumuksesi milloin tahansa.", "Hyväksy kaikki", "Hylkää kaikki"),
    ("fr", "Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus adaptés. Vous pouvez modifier votre choix à tout moment.", "Tout accepter", "Tout refuser"),
    ("ga", "Úsáidimid fianáin chun an suíomh a fheabhsú agus chun staitisticí a bhailiú. Is féidir leat do thoiliú a athrú am ar bith.", "Glac le gach rud", "Diúltaigh"),
    ("hr", "Ova web stranica koristi kolačiće kako bi poboljšala vaše iskustvo. Uz vašu privolu koristimo ih i za analitiku.", "Prihvati sve", "Odbij sve"),
    ("hu", "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Hozzájárulását bármikor visszavonhatja.", "Összes elfogadása", "Elutasítom"),
    ("is", "Við notum vafrakökur til að bæta upplifun þína á vefnum og til að greina umferð. Þú getur dregið samþykki þitt til baka hvenær sem er.", "Samþykkja allt", "Hafna"),
    ("it", "Questo sito utilizza cookie tecnici e, con il tuo consenso, cookie di profilazione per mostrarti pubblicità in linea con le tue preferenze.", "Accetta tutti", "Rifiuta"),
    ("lt", "Naudojame slapukus, kad svetainė veiktų ir galėtume analizuoti lankomumą. Jūsų sutikimą galite bet kada atšaukti.", "Priimti visus", "Atmesti"),
    ("lv", "Mēs izmantojam sīkdatnes, lai nodrošinātu vietnes darbību un analizētu apmeklējumu. Jūsu piekrišanu varat atsaukt jebkurā laikā.", "Pieņemt visas", "Noraidīt"),
    ("mt", "Dan is-sit juża l-cookies biex jaħdem sew u biex inkejlu l-udjenza. Tista' tirtira l-kunsens tiegħek meta trid.", "Aċċetta kollox", "Irrifjuta"),
    ("nl", "Deze website gebruikt cookies om de site goed te laten werken en om het gebruik te meten. U kunt uw toestemming altijd intrekken.", "Alles accepteren", "Weigeren"),
    ("no", "Vi bruker informasjonskapsler for at nettstedet skal fungere og for å måle trafikken. Du kan når som helst trekke tilbake ditt samtykke.", "Godta alle", "Avvis alle"),
    ("pl", "Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z naszej strony. Możesz w każdej chwili wycofać swoją zgodę.", "Akceptuję", "Odrzuć"),
    ("pt", "Utilizamos cookies para melhorar a sua experiência no nosso site e para medir o tráfego. Pode retirar o seu consentimento a qualquer momento.", "Aceitar todos", "Rejeitar"),
    ("ro", "Acest site folosește cookie-uri pentru a funcționa corect și pentru statistici. Vă puteți retrage consimțământul oricând.", "Accept toate", "Refuz"),
    ("sk", "Táto webová stránka používa súbory cookie na zabezpečenie funkčnosti a analýzu návštevnosti. Váš súhlas môžete kedykoľvek odvolať.", "Prijať všetko", "Odmietnuť"),
    ("sl", "Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo in analizo obiska. Vaše soglasje lahko kadar koli prekličete.", "Sprejmi vse", "Zavrni vse"),
    ("sv", "Vi använder cookies för att webbplatsen ska fungera och för att mäta trafiken. Du kan när som helst återkalla ditt samtycke.", "Godkänn alla", "Neka alla"),
    ("tr", "Bu web sitesi, deneyiminizi iyileştirmek ve trafiği analiz etmek için çerezler kullanmaktadır. Onayınızı istediğiniz zaman geri alabilirsiniz.", "Tümünü kabul et", "Reddet"),
];

#[test]
fn one_notice_per_language_is_hidden() {
    assert_eq!(NOTICES.len(), 27);
    for (lang, text, accept, reject) in NOTICES {
        let notice = format!(
            r#"<div class="x9-privacy-bar" style="position:fixed;bottom:0;left:0;right:0"><p>{text}</p><button>{accept}</button><button>{reject}</button></div>"#
        );
        let d = decide(&page("", "", &notice).replace("lang=en", &format!("lang={lang}")));
        assert_eq!(d.hidden, ["consent-notice consent:generic div.x9-privacy-bar"], "{lang}");
    }
}

#[test]
fn each_notice_reads_in_its_own_language() {
    use sourcelight::decide::consent::vocabulary::{control, statement_languages, Control};
    for (lang, text, accept, reject) in NOTICES {
        assert!(statement_languages(text).contains(lang), "{lang}: {:?}", statement_languages(text));
        assert_eq!((control(accept), control(reject)), (Some(Control::Accept), Some(Control::Reject)), "{lang}");
    }
}
