//! Unit cases with exact expected spans, one per pattern of issue 5 and per seed sentence.

use super::*;

/// Runs `find` on English text and renders each attribution as "source | cue | kind".
fn render(text: &str) -> Vec<String> {
    render_in("en", text)
}

/// Like [`render`], in language `lang` ("" detects it).
fn render_in(lang: &str, text: &str) -> Vec<String> {
    find(text, Some(lang))
        .into_iter()
        .map(|a| {
            let src = a.source.map_or(String::from("-"), |s| text[s.start..s.end].to_string());
            format!("{src} | {} | {:?}", &text[a.cue.start..a.cue.end], a.kind)
        })
        .collect()
}

/// Asserts each case's rendering in language `lang`.
fn check(lang: &str, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(render_in(lang, text), *want, "in: {text}");
    }
}

#[test]
fn seed_page_attributions() {
    let cases = [
        ("A U.S. official said Russia asked China for military equipment to use in its invasion of Ukraine, a request that heightens tensions about the war.", vec!["A U.S. official | said | Anonymous"]),
        ("In advance of the talks, White House national security adviser Jake Sullivan bluntly warned China to avoid helping Russia evade punishment.", vec!["White House national security adviser Jake Sullivan | warned | Named"]),
        ("“We will not allow that to go forward,” he said.", vec!["he | said | Pronoun"]),
        ("Russia on Monday denied it needed China’s help.", vec!["Russia | denied | Organization"]),
        ("“No, Russia has its own potential to continue the operation, which, as we have said, is unfolding in accordance with the plan and will be completed on time and in full,” said Dmitry Peskov, President Vladimir Putin’s spokesman.", vec!["Dmitry Peskov, President Vladimir Putin’s spokesman | said | Named"]),
        ("Chinese state broadcaster CCTV said the talks with the U.S. were underway around 11:50 a.m. Rome time (1050 GMT), but gave no details.", vec!["Chinese state broadcaster CCTV | said | Media"]),
        ("The request was first reported by the Financial Times and The Washington Post.", vec!["the Financial Times and The Washington Post | was first reported by | Media"]),
        ("Russia seeking military aid from China says US official", vec!["US official | says | Anonymous"]),
    ];
    for (text, want) in cases {
        assert_eq!(render(text), want, "in: {text}");
    }
}

#[test]
fn non_verbal_cues_take_the_source_after_them() {
    assert_eq!(render("The economy grew, according to the central bank."), ["the central bank | according to | Organization"]);
    assert_eq!(render("In the words of Mayor Jane Doe, the city is safe."), ["Mayor Jane Doe | In the words of | Named"]);
    assert_eq!(render("Prices rose 3 per cent, per Reuters."), ["Reuters | per | Media"]);
    assert_eq!(
        render("The army withdrew, citing officials familiar with the matter."),
        ["officials familiar with the matter | citing | Anonymous"]
    );
}

#[test]
fn passive_and_sourceless_cues() {
    assert_eq!(render("It was reported that the talks failed."), ["- | It was reported that | Unknown"]);
    assert_eq!(render("The minister is said to be furious."), ["- | is said to | Unknown"]);
    assert_eq!(render("The plan was announced by the ministry on Friday."), ["the ministry | was announced by | Organization"]);
}

#[test]
fn source_after_the_cue_in_inverted_order() {
    assert_eq!(
        render("“We are ready,” said Jane Doe, a spokeswoman for the agency."),
        ["Jane Doe, a spokeswoman for the agency | said | Named"]
    );
    assert_eq!(render("“We are ready,” Jane Doe said."), ["Jane Doe | said | Named"]);
}

#[test]
fn appositions_before_the_cue_belong_to_the_source() {
    assert_eq!(
        render("Dmitry Peskov, President Vladimir Putin’s spokesman, said the talks were useful."),
        ["Dmitry Peskov, President Vladimir Putin’s spokesman | said | Named"]
    );
}

#[test]
fn anonymous_sources_are_recognised() {
    assert_eq!(
        render("Officials who spoke on condition of anonymity said the deal was close."),
        ["Officials who spoke on condition of anonymity | said | Anonymous"]
    );
    assert_eq!(render("People familiar with the matter said the deal was close."), ["People familiar with the matter | said | Anonymous"]);
}

#[test]
fn documents_and_phrasal_cues() {
    assert_eq!(render("The report found that emissions rose."), ["The report | found | Document"]);
    assert_eq!(render("She pointed out that nobody came."), ["She | pointed out | Pronoun"]);
    assert_eq!(render("He went on to say that it was over."), ["He | went on to say | Pronoun"]);
    assert_eq!(render("The senator has also said the bill is dead."), ["The senator | has also said | Anonymous"]);
}

#[test]
fn false_positives_are_kept_out() {
    for text in [
        "That said, the plan has merit.",
        "The aforesaid agreement was signed.",
        "The so-called experts disagreed with each other on everything.",
        "Prices rose 3 per cent this year.",
        "Everything went according to plan.",
        "I said to myself that it would be fine.",
        "We said goodbye and left.",
        "The United States and its allies met.",
        "His claims were never checked.",
        "The report was long.",
    ] {
        assert_eq!(render(text), Vec::<String>::new(), "in: {text}");
    }
}

#[test]
fn cues_inside_quotations_are_not_attributions_of_their_own() {
    assert_eq!(render("“As we have said, it is over,” said Jane Doe."), ["Jane Doe | said | Named"]);
}

#[test]
fn nested_attributions_in_the_content_are_dropped() {
    assert_eq!(render("A U.S. official said Russia claimed it was winning."), ["A U.S. official | said | Anonymous"]);
    assert_eq!(
        render("Jane Doe said the tax would rise, but John Roe said it would fall."),
        ["Jane Doe | said | Named", "John Roe | said | Named"]
    );
}

#[test]
fn tier_b_verbs_need_a_quotation_or_that() {
    assert_eq!(render("The governor believed in calm."), Vec::<String>::new());
    assert_eq!(render("She called in to a town hall."), Vec::<String>::new());
    assert_eq!(render("Cruz called Trump a “pathological liar.”"), ["Cruz | called | Named"]);
    assert_eq!(render("The governor suggested that calm was needed."), ["The governor | suggested | Anonymous"]);
    assert_eq!(render("“Stay calm,” the governor urged."), ["the governor | urged | Anonymous"]);
}

#[test]
fn inserted_phrases_and_coordination() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Kall -- co-editor of a book about debates -- said the candidate tended to make announcements.",
            &["Kall -- co-editor of a book about debates | said | Named"],
        ),
        (
            "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
            &["Senate Majority Leader Mitch McConnell, R-Ky. | said Tuesday | Named"],
        ),
        (
            "“They would get a deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.",
            &["Rep. Jim Jordan (R-Ohio), an oversight panel member | said in a phone interview | Named"],
        ),
        ("He claimed vast wealth and said it ensured he was not beholden to anyone.", &["He | claimed | Pronoun", "He | said | Pronoun"]),
        ("The program has grown well beyond its original intent, they say.", &["they | say | Pronoun"]),
        ("Dean appeared on MSNBC and began by saying he would never diagnose anyone.", &["Dean | saying | Named"]),
        (
            "Bamberg said the videos do not show his hands, which he said were at his side.",
            &["Bamberg | said | Named", "he | said | Pronoun"],
        ),
        (
            "Before city officials had weighed in, Republican nominee Donald Trump said a bomb had gone off.",
            &["city officials | had weighed in | Anonymous", "Republican nominee Donald Trump | said | Named"],
        ),
    ];
    check("en", cases);
}

#[test]
fn sources_with_descriptions_initials_and_authors() {
    let cases: &[(&str, &[&str])] = &[
        (
            "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.",
            &["Rep. G.K. Butterfield (D-N.C.), head of the caucus | said | Named"],
        ),
        (
            "“Wall Street is cynical,” said Tim Hess, a real estate developer in Virginia, who introduced him to bankers.",
            &["Tim Hess, a real estate developer in Virginia, who introduced him to bankers | said | Named"],
        ),
        (
            "According to a civil complaint filed by the Securities and Exchange Commission, they raised money.",
            &["a civil complaint filed by the Securities and Exchange Commission | According to | Document"],
        ),
        ("The meeting deteriorated from there, said one GOP source in the room.", &["one GOP source in the room | said | Anonymous"]),
        ("“I am not in the habit,” Cruz said in July.", &["Cruz | said | Named"]),
        ("Cruz has long said that he qualifies.", &["Cruz | has long said | Named"]),
        ("Peacekeepers have sometimes been accused of hurting civilians.", &[]),
        ("Donald Trump has called for the complete repeal of Obamacare.", &["Donald Trump | has called for | Named"]),
    ];
    check("en", cases);
}

#[test]
fn subject_and_evidence_tiers_depend_on_the_source() {
    assert_eq!(render("The governor called for calm."), ["The governor | called for | Anonymous"]);
    assert_eq!(render("The calls for calm grew."), Vec::<String>::new());
    assert_eq!(render("A new poll shows Clinton ahead."), ["A new poll | shows | Document"]);
    assert_eq!(render("Police found a gun in the car."), Vec::<String>::new());
    assert_eq!(render("The governor showed his badge."), Vec::<String>::new());
    assert_eq!(render("Clinton criticized the Affordable Care Act."), ["Clinton | criticized | Named"]);
    assert_eq!(render("The criticized plan failed."), Vec::<String>::new());
    assert_eq!(
        render("A USA TODAY analysis of campaign-finance reports shows that donations surged."),
        ["A USA TODAY analysis of campaign-finance reports | shows | Document"]
    );
}

#[test]
fn judgement_verbs_need_speech_not_action() {
    assert_eq!(render("The White House condemned the attack."), ["The White House | condemned | Organization"]);
    assert_eq!(render("The company declined to comment."), ["The company | declined to comment | Organization"]);
    assert_eq!(render("Clinton questioned why he sent the tweets."), ["Clinton | questioned | Named"]);
    for action in
        ["Prices declined sharply.", "Militants attacked a checkpoint.", "Smith blasted a home run.", "Police questioned the suspect."]
    {
        assert_eq!(render(action), Vec::<String>::new(), "{action}");
    }
}

#[test]
fn verb_forms_of_every_spelling() {
    use super::words::COMPILED;
    let form = |w: &str| COMPILED.forms.get(w).map(|f| (f.base, f.past, f.participle, f.gerund));
    // (base, past, participle only, gerund)
    assert_eq!(form("criticises"), Some((false, false, false, false)));
    assert_eq!(form("criticise"), Some((true, false, false, false)));
    assert_eq!(form("spoke"), Some((false, true, false, false)));
    assert_eq!(form("written"), Some((false, true, true, false)));
    assert_eq!(form("signalled"), Some((false, true, false, false)));
    assert_eq!(render("It supports web pages written in HTML."), Vec::<String>::new());
    assert_eq!(render("She has written that the plan failed."), ["She | has written | Pronoun"]);
}

#[test]
fn polls_after_in() {
    assert_eq!(render("In this poll, Trump rose 1 point."), ["this poll | In | Document"]);
    assert_eq!(render("Poll workers in the polling stations waited."), Vec::<String>::new());
    assert_eq!(render("In the poll booth, she waited."), Vec::<String>::new());
    assert_eq!(render("In a poll-tested speech, he spoke of jobs."), Vec::<String>::new());
    assert_eq!(render("In Survey Monkey's app, users can create forms."), Vec::<String>::new());
    assert_eq!(render("She lives in the town, which ran a poll."), Vec::<String>::new());
}

#[test]
fn present_tense_after_long_noun_phrases() {
    assert_eq!(
        render("The Democratic presidential nominee says they share a belief."),
        ["The Democratic presidential nominee | says | Anonymous"]
    );
    assert_eq!(render("Jobs depend on exports to Mexico, the slide says."), ["the slide | says | Document"]);
    assert_eq!(render("The new regional sales figures disappointed."), Vec::<String>::new());
    assert_eq!(render("Clinton’s team says she’ll continue."), ["Clinton’s team | says | Named"]);
    assert_eq!(render("Tim Cook, the chief executive, says the plan works."), ["Tim Cook, the chief executive | says | Named"]);
    assert_eq!(render("Police reports say the driver was drunk."), ["Police reports | say | Document"]);
    assert_eq!(render("One study says the drug works."), ["One study | says | Document"]);
    assert_eq!(render("A noted economist said the recession was over."), ["A noted economist | said | Anonymous"]);
    assert_eq!(render("The doctors' union says the strike will go on."), ["The doctors' union | says | Organization"]);
    assert_eq!(render("Emails obtained by The Times show the mayor knew."), ["Emails obtained by The Times | show | Document"]);
    assert_eq!(render("Please note that this is the first half."), Vec::<String>::new());
    for noun in [
        "The administration’s first comments on the election came late.",
        "Their ICC plans are on hold.",
        "The bloodshed raised fears that tourism would suffer.",
        "He signed the executive order on Friday.",
        "There is no Palestinian state yet.",
        "United States to Lift Sudan Sanctions",
        "A gunman opened fire at a cinema in the US state of Louisiana.",
        "It helps you make a more informed decision.",
        "Well written, and no questions asked.",
        "I've never agreed with that.",
        "Both use two standard APIs as mentioned earlier.",
        "You can now share my primary comments on the draft.",
        "Religion percentages may not add up to 100.",
    ] {
        assert_eq!(render(noun), Vec::<String>::new(), "{noun}");
    }
    assert_eq!(render("Trump and Clinton say the debate is rigged."), ["Trump and Clinton | say | Named"]);
    assert_eq!(render("The administration is also accusing China of lying."), ["The administration | is also accusing | Organization"]);
    assert_eq!(render("All Might had replied that he would come."), ["All Might | had replied | Named"]);
    assert_eq!(render("The Government has effectively admitted as much."), ["The Government | has effectively admitted | Organization"]);
    assert_eq!(render("“No,” said Dmitry Peskov. Talks continue."), ["Dmitry Peskov | said | Named"]);
    assert_eq!(render("I rather concluded that he was mad."), Vec::<String>::new());
    assert_eq!(render("He’d wondered whether it was safe."), ["He’d | wondered | Pronoun"]);
    assert_eq!(
        render("The gap between what Trump says his plan would do and how experts say it would work grew."),
        ["Trump | says | Named", "experts | say | Anonymous"]
    );
}

#[test]
fn punctuation_cues_name_a_speaker() {
    assert_eq!(render("“We will win.” ― Jane Doe"), ["Jane Doe | ― | Named"]);
    assert_eq!(render("Pence: Flowers Won’t Be at Debate"), ["Pence | : | Named"]);
    assert_eq!(render("Editor’s Note: This story was updated."), Vec::<String>::new());
    assert_eq!(render("The plan has three parts: tax, trade and jobs."), Vec::<String>::new());
}

#[test]
fn other_languages_get_nothing() {
    assert!(find("El ministro dijo que el plan es bueno para todos los ciudadanos.", None).is_empty());
    assert!(find("A U.S. official said so.", Some("es")).is_empty());
}

#[test]
fn german_patterns() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Ein Sprecher der thailändischen Armee sagte, die Angreifer hätten geschossen.",
            &["Ein Sprecher der thailändischen Armee | sagte | Anonymous"],
        ),
        (
            "„Wir kommen wieder“, sagte Max Lawson, ein Sprecher der Hilfsorganisation.",
            &["Max Lawson, ein Sprecher der Hilfsorganisation | sagte | Named"],
        ),
        (
            "Zur Urteilsbegründung erklärte die Vorsitzende Richterin Bärbel Stock, dass nichts feststehe.",
            &["die Vorsitzende Richterin Bärbel Stock | erklärte | Named"],
        ),
        ("Die Post teilte am Wochenende mit, dass jeder Haushalt ein Paket bekommt.", &["Die Post | teilte | Organization"]),
        ("Die Post teilte die Pakete aus.", &[]),
        ("Der Minister hat am Montag erklärt, er trete zurück.", &["Der Minister | erklärt | Anonymous"]),
        ("Wie die Polizei mitteilte, wurde niemand verletzt.", &["die Polizei | mitteilte | Organization"]),
        (
            "Weitere 30 Menschen wurden nach Angaben des ägyptischen Innenministeriums verletzt.",
            &["Angaben des ägyptischen Innenministeriums | nach | Organization"],
        ),
        ("Der Zug fuhr nach Berlin.", &[]),
        ("23 Polizisten wurden laut ägyptischem Innenministerium verletzt.", &["ägyptischem Innenministerium | laut | Organization"]),
        ("Einer neuen Studie zufolge sinkt das Risiko.", &["Einer neuen Studie | zufolge | Document"]),
        ("Die Lage sei ernst, so Rodrigo Rato, Generaldirektor des IWF.", &["Rodrigo Rato, Generaldirektor des IWF | so | Named"]),
        ("In einer Pressemitteilung heißt es, die Lage sei ernst.", &["einer Pressemitteilung | heißt es | Document"]),
        ("„Das ist nicht akzeptabel“, sagte er am 11. August.", &["er | sagte | Pronoun"]),
        (
            "„Das geht nicht“, heißt es in einer Pressemitteilung des Ministeriums.",
            &["einer Pressemitteilung des Ministeriums | heißt es | Organization"],
        ),
        ("In Berlin heißt es, die Lage sei ernst.", &["- | heißt es | Unknown"]),
        ("Wie Bertram Hilgen (SPD) heute sagte, wird der Künstler geehrt.", &["Bertram Hilgen (SPD) | sagte | Named"]),
    ];
    check("de", cases);
}

#[test]
fn french_patterns() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Le ministre de l'Intérieur a déclaré mardi que la situation était sous contrôle.",
            &["Le ministre de l'Intérieur | a déclaré | Anonymous"],
        ),
        (
            "« Nous ne céderons pas », a déclaré le porte-parole du gouvernement, Gabriel Attal.",
            &["le porte-parole du gouvernement, Gabriel Attal | a déclaré | Named"],
        ),
        ("« C'est une victoire », dit-elle.", &["elle | dit | Pronoun"]),
        ("« La réforme est nécessaire », a-t-il affirmé devant les députés.", &["il | affirmé | Pronoun"]),
        ("Selon l'AFP, le bilan s'élève à douze morts.", &["l'AFP | Selon | Media"]),
        ("D'après le quotidien Le Monde, l'accord serait signé lundi.", &["le quotidien Le Monde | D'après | Media"]),
        ("« Il faut agir vite », lance le maire de Paris.", &["le maire de Paris | lance | Anonymous"]),
        ("Il lance un nouveau projet.", &[]),
        ("Elle a indiqué que l'enquête se poursuivait.", &["Elle | a indiqué | Pronoun"]),
    ];
    check("fr", cases);
}

#[test]
fn language_is_detected_from_the_text() {
    assert_eq!(
        render_in("", "Ein Sprecher der Regierung sagte, die Lage sei ernst und es gebe keine Gefahr für die Bürger."),
        ["Ein Sprecher der Regierung | sagte | Anonymous"]
    );
}

#[test]
fn emoji_and_combining_marks_do_not_break_sources() {
    assert_eq!(
        render("The mayor of Zürich, Corinne Mäder 👩🏽‍🚀, said the café would reopen."),
        ["The mayor of Zürich, Corinne Mäder | said | Named"]
    );
    assert_eq!(
        render("“Ça ira,” said Jean-Luc Pérez, the city’s 🧑‍💼 spokesman, who added that it was fine."),
        ["Jean-Luc Pérez, the city’s 🧑‍💼 spokesman | said | Named", "who | added | Pronoun"]
    );
}
