//! Consent vocabulary of Northern Europe: Danish, Estonian, Finnish, Icelandic, Latvian,
//! Lithuanian, Norwegian and Swedish. See [`super::Language`] for what each field holds.
//!
//! Written for Sourcelight, the way notices in each language phrase it: the CMPs' default texts
//! in that language (Cookiebot, OneTrust, Didomi and the IAB TCF purpose names say "we use
//! cookies", "your consent", "we and our partners", "this website uses cookies"), not copied from
//! any of them. Where the cookie word is also the everyday word for the biscuit (Estonian
//! *küpsis*, Swedish *kakor*), "we use cookies" only counts with a word of the web after it
//! ("… to improve the website", "… for statistics"): a recipe also uses biscuits.

use super::Language;
use crate::decide::patterns::list::{list, sorted_list, Source};

pub const LANGUAGES: &[Language] = &[
    Language {
        code: "da",
        statements: list![
            "vi bruger|anvender cookies",
            "denne_hjemmeside|denne_side|dette_websted|vores_hjemmeside|hjemmesiden|websitet bruger|anvender cookies",
            "dit samtykke",
            "vi og vores partnere",
        ],
        accept: sorted_list!["accepter", "accepter alle", "jeg accepterer", "tillad", "tillad alle"],
        acknowledge: sorted_list!["forstået"],
        reject: sorted_list!["afvis", "afvis alle", "kun nødvendige", "nej tak"],
        settings: sorted_list!["administrer", "cookieindstillinger", "indstillinger", "tilpas", "vis detaljer"],
        triggers: sorted_list!["samtykk"],
        source: Source::new("own wording after Danish CMP defaults (Vi bruger cookies, dit samtykke, Tillad alle / Afvis alle)"),
    },
    Language {
        code: "et",
        statements: list![
            "kasutame küpsiseid ~12 veeb*|kasutajakogemus*|reklaam*|analüüs*|statistik*|külastaja*|teenus*|sisu*",
            "see_veebileht|see_veebisait|meie_veebileht|veebileht|veebisait kasutab küpsiseid",
            "teie|sinu nõusolek*",
            "meie ja meie partnerid",
        ],
        accept: sorted_list!["aktsepteeri", "aktsepteeri kõik", "luba kõik", "nõustu", "nõustun", "nõustun kõigiga"],
        acknowledge: sorted_list!["sain aru"],
        reject: sorted_list!["ainult vajalikud", "keeldu", "keeldu kõigist", "lükka tagasi"],
        settings: sorted_list!["halda", "kohanda", "küpsiste seaded", "rohkem valikuid", "seaded"],
        triggers: sorted_list!["küpsis", "nõusolek"],
        source: Source::new("own wording after Estonian CMP defaults (Kasutame küpsiseid, teie nõusolek, Nõustun / Keeldu)"),
    },
    Language {
        code: "fi",
        statements: list![
            "käytämme evästeitä",
            "tämä_sivusto|tämä_verkkosivusto|sivustomme|verkkosivustomme|sivusto käyttää evästeitä",
            "suostumuksesi|suostumustasi|suostumuksellasi",
            "me ja kumppanimme",
            "hyväksyt|hyväksyn|hyväksy evästeiden käytön",
        ],
        accept: sorted_list!["hyväksy", "hyväksy evästeet", "hyväksy kaikki", "hyväksyn", "salli kaikki", "sallin"],
        acknowledge: sorted_list!["selvä", "ymmärrän"],
        reject: sorted_list!["en hyväksy", "hylkää", "hylkää kaikki", "kieltäydy", "vain välttämättömät"],
        settings: sorted_list!["asetukset", "evästeasetukset", "hallinnoi", "mukauta"],
        triggers: sorted_list!["eväste", "suostum"],
        source: Source::new("own wording after Finnish CMP defaults (Käytämme evästeitä, suostumuksesi, Hyväksy kaikki / Hylkää)"),
    },
    Language {
        code: "is",
        statements: list![
            "við notum vafrakökur",
            "þessi_vefur|þessi_vefsíða|vefurinn|vefsíðan notar vafrakökur",
            "samþykki þitt",
            "við og samstarfsaðilar okkar",
            "samþykkir|samþykkja notkun vafrakaka",
        ],
        accept: sorted_list!["leyfa allt", "samþykki", "samþykkja", "samþykkja allar", "samþykkja allt", "ég samþykki"],
        acknowledge: sorted_list!["ég skil", "í lagi"],
        reject: sorted_list!["aðeins nauðsynlegar", "hafna", "hafna öllu", "hafna öllum"],
        settings: sorted_list!["stillingar", "stjórna", "sérsníða", "vafrakökustillingar"],
        triggers: sorted_list!["samþykk", "vafrak"],
        source: Source::new("own wording after Icelandic notices (Við notum vafrakökur, samþykki þitt, Samþykkja / Hafna)"),
    },
    Language {
        code: "lt",
        statements: list![
            "naudojame slapukus",
            "ši_svetainė|mūsų_svetainė|svetainė naudoja slapukus",
            "jūsų sutikim*",
            "mes ir mūsų partneriai",
            "sutinkate|sutinku su slapukų",
        ],
        accept: sorted_list!["leisti visus", "priimti", "priimti visus", "priimu", "sutikti", "sutinku"],
        acknowledge: sorted_list!["gerai", "supratau"],
        reject: sorted_list!["atmesti", "atmesti visus", "nesutinku", "tik būtini"],
        settings: sorted_list!["nustatymai", "pritaikyti", "slapukų nustatymai", "tvarkyti"],
        triggers: sorted_list!["slapuk", "sutikim"],
        source: Source::new("own wording after Lithuanian CMP defaults (Naudojame slapukus, jūsų sutikimas, Sutinku / Atmesti)"),
    },
    Language {
        code: "lv",
        statements: list![
            "izmantojam|lietojam sīkdatnes",
            "šī_vietne|mūsu_vietne|vietne|šī_tīmekļa_vietne izmanto|lieto sīkdatnes",
            "jūsu piekrišan*",
            "mēs un mūsu partneri",
        ],
        accept: sorted_list!["apstiprināt", "atļaut visas", "piekrītu", "pieņemt", "pieņemt visas", "pieņemu"],
        acknowledge: sorted_list!["labi", "sapratu"],
        reject: sorted_list!["noraidu", "noraidīt", "noraidīt visas", "tikai nepieciešamās"],
        settings: sorted_list!["iestatījumi", "pielāgot", "pārvaldīt", "sīkdatņu iestatījumi"],
        triggers: sorted_list!["piekrišan", "sīkdat"],
        source: Source::new("own wording after Latvian CMP defaults (Mēs izmantojam sīkdatnes, jūsu piekrišana, Piekrītu / Noraidīt)"),
    },
    Language {
        code: "no",
        statements: list![
            "vi bruker|benytter informasjonskapsler|cookies",
            "dette_nettstedet|nettstedet|denne_nettsiden|nettsiden|vårt_nettsted|denne_siden|nettstaden bruker|benytter informasjonskapsler|cookies",
            "ditt samtykke",
            "vi og våre partnere",
            "godtar|godta bruk_av? informasjonskapsler",
        ],
        accept: sorted_list!["aksepter", "aksepter alle", "godkjenn", "godta", "godta alle", "jeg aksepterer", "jeg godtar", "tillat alle"],
        acknowledge: sorted_list!["jeg forstår", "skjønner"],
        reject: sorted_list!["avslå", "avslå alle", "avvis", "avvis alle", "bare nødvendige", "kun nødvendige", "nei takk"],
        settings: sorted_list!["administrer", "flere valg", "innstillinger", "tilpass"],
        triggers: sorted_list!["informasjonskaps", "samtykk"],
        source: Source::new("own wording after Norwegian (Bokmål, Nynorsk) CMP defaults (Vi bruker informasjonskapsler, ditt samtykke, Godta alle / Avvis)"),
    },
    Language {
        code: "sv",
        statements: list![
            "vi använder cookies",
            "vi använder kakor ~12 webbplats*|upplevelse*|annons*|trafik*|statistik*|innehåll*|funktion*",
            "den_här_webbplatsen|denna_webbplats|webbplatsen|vår_webbplats|sajten|den_här_sajten använder cookies|kakor",
            "ditt samtycke",
            "vi och våra partner|partners",
            "godkänner|accepterar användningen_av? cookies|kakor",
        ],
        accept: sorted_list!["acceptera", "acceptera alla", "godkänn", "godkänn alla", "jag accepterar", "jag godkänner", "tillåt alla"],
        acknowledge: sorted_list!["jag förstår", "okej"],
        reject: sorted_list!["avböj", "avvisa", "avvisa alla", "bara nödvändiga", "endast nödvändiga", "neka", "neka alla"],
        settings: sorted_list!["anpassa", "cookieinställningar", "fler alternativ", "hantera", "inställningar", "visa detaljer"],
        triggers: sorted_list!["kakor", "samtyck"],
        source: Source::new("own wording after Swedish CMP defaults (Vi använder cookies, ditt samtycke, Godkänn alla / Neka)"),
    },
];
