//! Consent vocabulary of Central, Eastern and South-Eastern Europe: Bulgarian, Czech, Greek,
//! Croatian, Hungarian, Polish, Romanian, Slovak, Slovenian and Turkish. See [`super::Language`]
//! for what each field holds.
//!
//! Written for Sourcelight (Polish from the CMPs' stock texts, as in `west.rs`), the way notices
//! in each language phrase it, not copied from any. Where the cookie word is also the everyday
//! word for the biscuit (Bulgarian *бисквитки*, Croatian *kolačići*, Hungarian *sütik*, Slovenian
//! *piškotki*), "we use cookies" only counts with a word of the web after it: a recipe also uses
//! biscuits. "This website uses cookies" needs no such word.

use super::Language;
use crate::decide::patterns::list::{list, sorted_list, Source};

pub const LANGUAGES: &[Language] = &[
    Language {
        code: "bg",
        statements: list![
            "използваме бисквитки ~12 сайт*|уебсайт*|изживяване*|реклам*|трафик*|анализ*|съдържание*|услуг*",
            "използваме cookies|cookie",
            "този_уебсайт|този_сайт|нашият_уебсайт|нашият_сайт|сайтът|уебсайтът използва бисквитки|cookies",
            "вашето съгласие",
            "ние и нашите партньори",
        ],
        accept: sorted_list!["приемам", "приемане", "приемане на всички", "приеми", "приеми всички", "разрешаване на всички", "съгласен съм"],
        acknowledge: sorted_list!["добре", "разбрах"],
        reject: sorted_list!["откажи", "отказ", "отказвам", "отхвърли", "отхвърли всички", "отхвърляне"],
        settings: sorted_list!["настройки", "персонализиране", "управление"],
        triggers: sorted_list!["бисквитк", "съгласие"],
        source: Source::new("own wording after Bulgarian CMP defaults (Използваме бисквитки, вашето съгласие, Приемам / Отхвърли)"),
    },
    Language {
        code: "cs",
        statements: list![
            "používáme|využíváme soubory? cookie|cookies",
            "tento_web|tato_stránka|tyto_stránky|náš_web|tyto_webové_stránky|tento_web_site používá|používají|využívá|využívají soubory? cookie|cookies",
            "váš|vašeho|vaším souhlas*",
            "my a naši partneři",
        ],
        accept: sorted_list!["povolit vše", "povolit všechny", "přijmout", "přijmout vše", "přijmout všechny", "souhlasím"],
        acknowledge: sorted_list!["rozumím"],
        reject: sorted_list!["nesouhlasím", "odmítnout", "odmítnout vše", "odmítnout všechny", "pouze nezbytné"],
        settings: sorted_list!["nastavení", "přizpůsobit", "spravovat", "více možností"],
        triggers: sorted_list!["souhlas"],
        source: Source::new("own wording after Czech CMP defaults (Používáme soubory cookie, váš souhlas, Přijmout vše / Odmítnout vše)"),
    },
    Language {
        code: "el",
        statements: list![
            "χρησιμοποιούμε cookies|cookie",
            "αυτός_ο_ιστότοπος|ο_ιστότοπος|η_ιστοσελίδα|αυτή_η_ιστοσελίδα|ο_ιστότοπός_μας χρησιμοποιεί cookies|cookie",
            "τη|την|της συγκατάθεσ* σας|σου",
            "εμείς και οι συνεργάτες μας",
        ],
        accept: sorted_list!["αποδέχομαι", "αποδέχομαι όλα", "αποδοχή", "αποδοχή όλων", "συμφωνώ"],
        acknowledge: sorted_list!["εντάξει", "κατάλαβα"],
        reject: sorted_list!["απορρίπτω", "απόρριψη", "απόρριψη όλων", "διαφωνώ", "μόνο τα απαραίτητα"],
        settings: sorted_list!["διαχείριση", "περισσότερες επιλογές", "προσαρμογή", "ρυθμίσεις"],
        triggers: sorted_list!["συγκατάθεσ"],
        source: Source::new("own wording after Greek CMP defaults (Χρησιμοποιούμε cookies, τη συγκατάθεσή σας, Αποδοχή όλων / Απόρριψη)"),
    },
    Language {
        code: "hr",
        statements: list![
            "koristimo|upotrebljavamo kolačiće ~12 stranic*|web*|iskustv*|oglas*|promet*|analiz*|sadržaj*|uslug*",
            "ova_web_stranica|ova_stranica|ova_mrežna_stranica|naša_web_stranica|web_stranica koristi|upotrebljava kolačiće",
            "vaš|vašu|vaše pristanak|privolu|suglasnost",
            "mi i naši partneri",
            "prihvaćate|prihvaćam upotrebu|korištenje kolačića",
        ],
        accept: sorted_list!["dopusti sve", "prihvati", "prihvati kolačiće", "prihvati sve", "prihvaćam", "slažem se"],
        acknowledge: sorted_list!["razumijem", "u redu"],
        reject: sorted_list!["ne prihvaćam", "odbij", "odbij sve", "odbijam", "samo nužni"],
        settings: sorted_list!["postavke", "postavke kolačića", "prilagodi", "upravljaj", "više opcija"],
        triggers: sorted_list!["kolačić", "pristan", "privol"],
        source: Source::new("own wording after Croatian CMP defaults (Ova web stranica koristi kolačiće, vaša privola, Prihvati sve / Odbij)"),
    },
    Language {
        code: "hu",
        statements: list![
            "sütiket|cookie_kat|cookiekat használunk ~12 weboldal*|honlap*|élmény*|hirdetés*|forgalm*|statisztik*|böngész*|tartalm*",
            "weboldal|weboldalunk|honlap|honlapunk|oldalunk sütiket|cookie_kat|cookiekat használ",
            "hozzájárulását|hozzájárulásodat|hozzájárulásával|hozzájárulásoddal",
            "mi és partnereink",
        ],
        accept: sorted_list!["elfogad", "elfogadom", "elfogadás", "engedélyezés", "mindet elfogadom", "összes elfogadása"],
        acknowledge: sorted_list!["rendben", "értem"],
        reject: sorted_list!["csak a szükségesek", "elutasít", "elutasítom", "elutasítás", "összes elutasítása"],
        settings: sorted_list!["beállítások", "süti beállítások", "testreszabás", "további lehetőségek"],
        triggers: sorted_list!["hozzájárul", "süti"],
        source: Source::new("own wording after Hungarian CMP defaults (Ez a weboldal sütiket használ, hozzájárulását, Elfogadom / Elutasítom)"),
    },
    Language {
        code: "pl",
        statements: list![
            "używamy|wykorzystujemy|ta_strona_używa|ta_strona_wykorzystuje|nasza_strona_używa|nasza_strona_wykorzystuje plików? cookie|cookies",
            "my i nasi partnerzy",
            "twoją|twojej zgod*",
            "pliki|plików cookie",
        ],
        accept: sorted_list!["akceptuj wszystkie", "akceptuję", "przejdź do serwisu", "zaakceptuj", "zaakceptuj wszystkie", "zezwól na wszystkie", "zgadzam się"],
        acknowledge: sorted_list!["rozumiem"],
        reject: sorted_list!["nie zgadzam się", "odrzuć", "odrzuć wszystkie", "tylko niezbędne"],
        settings: sorted_list!["dostosuj", "ustawienia", "ustawienia zaawansowane", "więcej opcji", "zarządzaj"],
        triggers: sorted_list!["ciasteczk", "prywatno", "zgod"],
        source: Source::new("DuckDuckGo autoconsent lib/heuristic-patterns.ts @1eb5122; the stock texts of the CMPs in markers.rs"),
    },
    Language {
        code: "ro",
        statements: list![
            "folosim|utilizăm|utilizam cookie*|module",
            "acest_site|acest_site_web|site_ul_nostru|site_ul|website_ul folose*|utilizeaz* cookie*|module",
            "consimțământul|consimţământul|consimtamantul|acordul dumneavoastră|dumneavoastra|tău|tau",
            "noi și|şi|si partenerii noștri|noştri|nostri",
        ],
        accept: sorted_list!["accept", "accept toate", "accepta", "accepta toate", "acceptă", "acceptă toate", "de acord", "permite toate", "sunt de acord"],
        acknowledge: sorted_list!["am inteles", "am înţeles", "am înțeles"],
        reject: sorted_list!["doar cele necesare", "refuz", "refuză", "refuză toate", "resping", "respinge", "respinge toate"],
        settings: sorted_list!["gestionează", "mai multe opțiuni", "personalizeaza", "personalizează", "preferințe", "setari", "setări"],
        triggers: sorted_list!["consimt", "consimţ", "consimț"],
        source: Source::new("own wording after Romanian CMP defaults (Folosim cookie-uri, consimțământul dumneavoastră, Accept toate / Refuz)"),
    },
    Language {
        code: "sk",
        statements: list![
            "používame súbory? cookie|cookies",
            "táto_webová_stránka|táto_stránka|tento_web|naša_stránka|táto_webstránka|webová_stránka používa|využíva súbory? cookie|cookies",
            "váš|vášho|vaším súhlas*",
            "my a naši partneri",
        ],
        accept: sorted_list!["akceptovať", "akceptovať všetko", "povoliť všetko", "prijať", "prijať všetko", "prijať všetky", "súhlasím"],
        acknowledge: sorted_list!["rozumiem"],
        reject: sorted_list!["iba nevyhnutné", "nesúhlasím", "odmietnuť", "odmietnuť všetko", "odmietnuť všetky"],
        settings: sorted_list!["nastavenia", "prispôsobiť", "spravovať", "viac možností"],
        triggers: sorted_list!["súhlas"],
        source: Source::new("own wording after Slovak CMP defaults (Používame súbory cookie, váš súhlas, Prijať všetko / Odmietnuť)"),
    },
    Language {
        code: "sl",
        statements: list![
            "uporabljamo piškotke ~12 stran*|spletn*|izkušn*|oglas*|promet*|analiz*|brskanj*|vsebin*",
            "ta_spletna_stran|spletna_stran|to_spletno_mesto|naša_spletna_stran|spletno_mesto uporablja piškotke",
            "vaše|vašega|vašim soglasj*",
            "vašo privolitev",
            "mi in naši partnerji",
        ],
        accept: sorted_list!["dovoli vse", "sprejmem", "sprejmi", "sprejmi piškotke", "sprejmi vse", "strinjam se"],
        acknowledge: sorted_list!["razumem", "v redu"],
        reject: sorted_list!["ne strinjam se", "samo nujni", "zavračam", "zavrni", "zavrni vse"],
        settings: sorted_list!["nastavitve", "nastavitve piškotkov", "prilagodi", "upravljaj", "več možnosti"],
        triggers: sorted_list!["piškot", "soglasj"],
        source: Source::new("own wording after Slovenian CMP defaults (Ta spletna stran uporablja piškotke, vaše soglasje, Sprejmi vse / Zavrni)"),
    },
    Language {
        code: "tr",
        statements: list![
            "çerez|çerezler|çerezleri kullanıyoruz|kullanmaktayız|kullanmaktadır|kullanılmaktadır|kullanır|kullanılır",
            "onayınız|onayınızı|rızanız|rızanızı",
            "biz ve iş ortaklarımız",
            "çerezleri|çerezlerin kabul",
        ],
        accept: sorted_list!["hepsini kabul et", "izin ver", "kabul ediyorum", "kabul et", "onayla", "tümünü kabul et"],
        acknowledge: sorted_list!["anladım", "tamam"],
        reject: sorted_list!["hepsini reddet", "kabul etmiyorum", "reddet", "tümünü reddet"],
        settings: sorted_list!["ayarlar", "daha fazla seçenek", "tercihler", "yönet", "çerez ayarları", "özelleştir"],
        triggers: sorted_list!["rızan", "çerez"],
        source: Source::new("own wording after Turkish notices (Bu web sitesi çerezler kullanmaktadır, onayınız, Kabul et / Reddet)"),
    },
];
