//! English reporting verbs: their forms and tiers, the phrasal cues built on them, and the verb
//! classes the rules single out.

use super::super::table::{table, words, Table, Words};
use super::Tier::{self, Evidence, Subject, A, B};

/// A reporting verb: all its inflected forms (base form, the lemma, first) and its tier.
#[derive(Clone, Copy, Debug)]
pub struct Verb {
    /// Space-separated forms: base, third person, past, past participle (if different), gerund.
    pub forms: &'static str,
    pub tier: Tier,
    /// Whether the past participle works in an agentive passive: "was first reported by X".
    pub passive_by: bool,
}

impl Verb {
    /// The lemma: the base form, the first of [`Verb::forms`].
    pub fn lemma(&self) -> &'static str {
        self.forms.split(' ').next().unwrap_or(self.forms)
    }
}

/// A row of [`VERBS`]: `lemma` is written in the table for the reader and checked (at compile
/// time) to be the first of `forms`; the wasm build keeps only `forms`.
const fn v(lemma: &str, forms: &'static str, tier: Tier) -> Verb {
    assert!(starts_with_word(forms, lemma), "a verb's forms start with its lemma");
    Verb { forms, tier, passive_by: false }
}

/// [`v`] for a verb whose past participle works in an agentive passive.
const fn vp(lemma: &str, forms: &'static str, tier: Tier) -> Verb {
    Verb { passive_by: true, ..v(lemma, forms, tier) }
}

/// Whether `forms` starts with the word `lemma`, followed by a space.
const fn starts_with_word(forms: &str, lemma: &str) -> bool {
    let (f, l) = (forms.as_bytes(), lemma.as_bytes());
    if l.is_empty() || f.len() <= l.len() || f[l.len()] != b' ' {
        return false;
    }
    let mut i = 0;
    while i < l.len() {
        if f[i] != l[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// English reporting verbs, sorted by lemma (208 lemmas).
/// From the anchor lexicons' union and PolNeAR's cue counts (see the module doc of [`super`]);
/// tiers from the notes' proposal and PolNeAR's trigger precisions. Our own, from PolNeAR dev's
/// missed cues: the verbs of [`CHARACTERIZING_VERBS`] that no anchor has ("characterize",
/// "deride", "paint", "portray", "rip"), "pound" (see [`ATTACK_VERBS`]) and "document" (of
/// evidence: "the report documents how …"); agentive passives of "echo", "endorse", "mention",
/// "reject" and "tell" ("were echoed by", "has been endorsed by"); tier Subject for "advocate" and
/// "characterize" (PolNeAR dev's missed "advocates for", "characterized" before a long object).
pub const VERBS: &[Verb] = &[
    v("accept", "accept accepts accepted accepting", B),
    v("acclaim", "acclaim acclaims acclaimed acclaiming", B),
    v("accuse", "accuse accuses accused accusing", A),
    vp("acknowledge", "acknowledge acknowledges acknowledged acknowledging", A),
    v("add", "add adds added adding", A),
    v("admit", "admit admits admitted admitting", A),
    v("advise", "advise advises advised advising", B),
    v("advocate", "advocate advocates advocated advocating", Subject),
    v("affirm", "affirm affirms affirmed affirming", A),
    v("agree", "agree agrees agreed agreeing", Subject),
    vp("allege", "allege alleges alleged alleging", A),
    vp("announce", "announce announces announced announcing", A),
    v("answer", "answer answers answered answering", B),
    v("apologize", "apologize apologizes apologized apologizing apologise apologises apologised apologising", A),
    v("applaud", "applaud applauds applauded applauding", B),
    v("argue", "argue argues argued arguing", A),
    v("ask", "ask asks asked asking", Subject),
    v("assert", "assert asserts asserted asserting", A),
    v("assure", "assure assures assured assuring", A),
    v("attack", "attack attacks attacked attacking", B),
    v("attest", "attest attests attested attesting", A),
    v("aver", "aver avers averred averring", A),
    v("avow", "avow avows avowed avowing", A),
    v("believe", "believe believes believed believing", Subject),
    v("bemoan", "bemoan bemoans bemoaned bemoaning", A),
    v("blame", "blame blames blamed blaming", Subject),
    v("blast", "blast blasts blasted blasting", B),
    v("boast", "boast boasts boasted boasting", A),
    v("brag", "brag brags bragged bragging", A),
    v("brand", "brand brands branded branding", B),
    v("brief", "brief briefs briefed briefing", B),
    v("call", "call calls called calling", B),
    v("caution", "caution cautions cautioned cautioning", A),
    v("chant", "chant chants chanted chanting", B),
    v(
        "characterize",
        "characterize characterizes characterized characterizing characterise characterises characterised characterising",
        Subject,
    ),
    v("charge", "charge charges charged charging", B),
    v("chastise", "chastise chastises chastised chastising", Subject),
    v("chide", "chide chides chided chiding", A),
    v("cite", "cite cites cited citing", Subject),
    v("claim", "claim claims claimed claiming", A),
    v("clarify", "clarify clarifies clarified clarifying", A),
    v("comment", "comment comments commented commenting", A),
    v("complain", "complain complains complained complaining", A),
    v("concede", "concede concedes conceded conceding", A),
    v("conclude", "conclude concludes concluded concluding", Evidence),
    v("concur", "concur concurs concurred concurring", B),
    v("condemn", "condemn condemns condemned condemning", Subject),
    v("confess", "confess confesses confessed confessing", A),
    v("confide", "confide confides confided confiding", A),
    vp("confirm", "confirm confirms confirmed confirming", A),
    v("contend", "contend contends contended contending", A),
    v("continue", "continue continues continued continuing", B),
    v("counter", "counter counters countered countering", A),
    v("criticize", "criticize criticizes criticized criticizing criticise criticises criticised criticising", Subject),
    v("cry", "cry cries cried crying", B),
    v("declaim", "declaim declaims declaimed declaiming", A),
    v("declare", "declare declares declared declaring", A),
    v("decry", "decry decries decried decrying", A),
    v("defend", "defend defends defended defending", Subject),
    v("demand", "demand demands demanded demanding", Subject),
    v("demonstrate", "demonstrate demonstrates demonstrated demonstrating", B),
    v("denounce", "denounce denounces denounced denouncing", Subject),
    v("deny", "deny denies denied denying", A),
    v("deplore", "deplore deplores deplored deploring", Subject),
    v("deride", "deride derides derided deriding", B),
    v("describe", "describe describes described describing", Subject),
    v("detail", "detail details detailed detailing", B),
    v("disagree", "disagree disagrees disagreed disagreeing", B),
    v("disclaim", "disclaim disclaims disclaimed disclaiming", A),
    vp("disclose", "disclose discloses disclosed disclosing", A),
    v("discuss", "discuss discusses discussed discussing", Subject),
    v("dismiss", "dismiss dismisses dismissed dismissing", B),
    v("dispute", "dispute disputes disputed disputing", A),
    v("document", "document documents documented documenting", Evidence),
    v("doubt", "doubt doubts doubted doubting", Subject),
    v("dub", "dub dubs dubbed dubbing", B),
    vp("echo", "echo echoes echoed echoing", Subject),
    v("emphasize", "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising", A),
    v("encourage", "encourage encourages encouraged encouraging", Subject),
    vp("endorse", "endorse endorses endorsed endorsing", Subject),
    v("estimate", "estimate estimates estimated estimating", B),
    v("exclaim", "exclaim exclaims exclaimed exclaiming", A),
    v("expect", "expect expects expected expecting", Subject),
    v("explain", "explain explains explained explaining", A),
    v("express", "express expresses expressed expressing", Subject),
    v("fear", "fear fears feared fearing", Subject),
    v("feel", "feel feels felt feeling", B),
    v("find", "find finds found finding", Evidence),
    v("forecast", "forecast forecasts forecasted forecasting", B),
    v("grumble", "grumble grumbles grumbled grumbling", A),
    v("guess", "guess guesses guessed guessing", B),
    v("hail", "hail hails hailed hailing", B),
    v("highlight", "highlight highlights highlighted highlighting", Subject),
    v("hint", "hint hints hinted hinting", B),
    v("hope", "hope hopes hoped hoping", Subject),
    v("illustrate", "illustrate illustrates illustrated illustrating", B),
    v("implore", "implore implores implored imploring", Subject),
    v("imply", "imply implies implied implying", B),
    v("indicate", "indicate indicates indicated indicating", Evidence),
    v("inform", "inform informs informed informing", A),
    v("inquire", "inquire inquires inquired inquiring", B),
    v("insist", "insist insists insisted insisting", A),
    v("instruct", "instruct instructs instructed instructing", B),
    v("intend", "intend intends intended intending", Subject),
    v("interject", "interject interjects interjected interjecting", A),
    v("joke", "joke jokes joked joking", A),
    v("lambast", "lambast lambasts lambasted lambasting", Subject),
    v("lament", "lament laments lamented lamenting", A),
    v("liken", "liken likens likened likening", Subject),
    v("maintain", "maintain maintains maintained maintaining", B),
    vp("mention", "mention mentions mentioned mentioning", A),
    v("mock", "mock mocks mocked mocking", B),
    v("muse", "muse muses mused musing", A),
    v("mutter", "mutter mutters muttered muttering", A),
    v("note", "note notes noted noting", A),
    v("notify", "notify notifies notified notifying", B),
    v("object", "object objects objected objecting", B),
    v("observe", "observe observes observed observing", A),
    v("opine", "opine opines opined opining", A),
    v("oppose", "oppose opposes opposed opposing", Subject),
    v("order", "order orders ordered ordering", B),
    v("paint", "paint paints painted painting", B),
    v("plan", "plan plans planned planning", Subject),
    v("plead", "plead pleads pleaded pled pleading", B),
    v("pledge", "pledge pledges pledged pledging", A),
    v("point", "point points pointed pointing", B),
    v("portray", "portray portrays portrayed portraying", B),
    vp("post", "post posts posted posting", B),
    v("pound", "pound pounds pounded pounding", B),
    v("praise", "praise praises praised praising", Subject),
    v("preach", "preach preaches preached preaching", B),
    v("predict", "predict predicts predicted predicting", A),
    v("proclaim", "proclaim proclaims proclaimed proclaiming", A),
    v("promise", "promise promises promised promising", Subject),
    v("propose", "propose proposes proposed proposing", Subject),
    v("protest", "protest protests protested protesting", B),
    v("publish", "publish publishes published publishing", Evidence),
    v("question", "question questions questioned questioning", B),
    v("quip", "quip quips quipped quipping", A),
    v("reaffirm", "reaffirm reaffirms reaffirmed reaffirming", A),
    v("reason", "reason reasons reasoned reasoning", B),
    v("reassert", "reassert reasserts reasserted reasserting", A),
    v("reassure", "reassure reassures reassured reassuring", A),
    v("rebuke", "rebuke rebukes rebuked rebuking", Subject),
    v("recall", "recall recalls recalled recalling", A),
    v("reckon", "reckon reckons reckoned reckoning", B),
    v("recommend", "recommend recommends recommended recommending", Subject),
    v("reconfirm", "reconfirm reconfirms reconfirmed reconfirming", A),
    v("recount", "recount recounts recounted recounting", A),
    v("reference", "reference references referenced referencing", Subject),
    v("refuse", "refuse refuses refused refusing", Subject),
    v("refute", "refute refutes refuted refuting", A),
    v("reiterate", "reiterate reiterates reiterated reiterating", A),
    vp("reject", "reject rejects rejected rejecting", Subject),
    v("rejoin", "rejoin rejoins rejoined rejoining", B),
    v("remark", "remark remarks remarked remarking", A),
    v("remind", "remind reminds reminded reminding", A),
    v("repeat", "repeat repeats repeated repeating", B),
    v("reply", "reply replies replied replying", A),
    vp("report", "report reports reported reporting", A),
    v("request", "request requests requested requesting", B),
    v("respond", "respond responds responded responding", A),
    v("restate", "restate restates restated restating", A),
    v("retell", "retell retells retold retelling", A),
    v("retort", "retort retorts retorted retorting", A),
    vp("reveal", "reveal reveals revealed revealing", A),
    v("rip", "rip rips ripped ripping", B),
    v("rule", "rule rules ruled ruling", B),
    v("say", "say says said saying", A),
    v("scoff", "scoff scoffs scoffed scoffing", A),
    v("scold", "scold scolds scolded scolding", A),
    v("scream", "scream screams screamed screaming", B),
    v("shout", "shout shouts shouted shouting", B),
    v("show", "show shows showed shown showing", Evidence),
    v("sigh", "sigh sighs sighed sighing", B),
    v("signal", "signal signals signaled signalled signaling signalling", B),
    v("slam", "slam slams slammed slamming", B),
    v("snap", "snap snaps snapped snapping", B),
    v("specify", "specify specifies specified specifying", B),
    v("speculate", "speculate speculates speculated speculating", A),
    v("state", "state states stated stating", A),
    v("stipulate", "stipulate stipulates stipulated stipulating", B),
    v("stress", "stress stresses stressed stressing", A),
    v("suggest", "suggest suggests suggested suggesting", Subject),
    v("summarize", "summarize summarizes summarized summarizing summarise summarises summarised summarising", B),
    v("surmise", "surmise surmises surmised surmising", B),
    v("swear", "swear swears swore sworn swearing", B),
    vp("tell", "tell tells told telling", A),
    v("testify", "testify testifies testified testifying", A),
    v("theorize", "theorize theorizes theorized theorizing theorise theorises theorised theorising", B),
    v("think", "think thinks thought thinking", Subject),
    v("threaten", "threaten threatens threatened threatening", Subject),
    v("tout", "tout touts touted touting", Subject),
    vp("tweet", "tweet tweets tweeted tweeting", A),
    v("underline", "underline underlines underlined underlining", A),
    v("underscore", "underscore underscores underscored underscoring", A),
    v("urge", "urge urges urged urging", Subject),
    v("venture", "venture ventures ventured venturing", B),
    v("vouch", "vouch vouches vouched vouching", B),
    v("vow", "vow vows vowed vowing", A),
    v("want", "want wants wanted wanting", Subject),
    v("warn", "warn warns warned warning", A),
    v("welcome", "welcome welcomes welcomed welcoming", B),
    v("whisper", "whisper whispers whispered whispering", B),
    v("wonder", "wonder wonders wondered wondering", B),
    v("worry", "worry worries worried worrying", Subject),
    vp("write", "write writes wrote written writing", A),
    v("yell", "yell yells yelled yelling", B),
];

/// Verbs that name what their object is ("called him a master", "called it “a true wake-up
/// call”"): a quotation or "a"/"an" a few words after them is their signal.
/// Our own, from PolNeAR's "called" (58.9% inside a gold cue, notes §2).
pub static NAMING_VERBS: Words = words!["brand", "call", "describe", "dub"];

/// Verbs that characterize their object "as" something ("dismissed the plan as a stunt",
/// "derided the deal as toothless", "painted Romney as an out-of-touch rich guy", "portrayed
/// himself as a champion"): "as" a few words after them, before no clause ("as the trial
/// ended"), is their signal. Our own, from PolNeAR dev's missed "dismissed", "painted",
/// "derided", "portrayed", "hailed … as".
pub static CHARACTERIZING_VERBS: Words = words!["characterize", "deride", "dismiss", "hail", "paint", "portray", "rip"];

/// Verbs that attack in words or in deeds ("Trump attacked Machado", "Russia attacked Kyiv"):
/// besides the signals of their tier, what the object was attacked for or as confirms them
/// ("attacked Clinton for her vote", "mocked him for not paying", "blasted the mayor as a
/// “disgrace”"). Our own, from PolNeAR dev's missed "attacked", "blasted", "mocked", "slamming",
/// "pounding … as a “con artist”".
pub static ATTACK_VERBS: Words = words!["attack", "blast", "lambast", "mock", "pound", "slam"];

/// What "question" doubts when it is said, not asked of a suspect: the quality of its object
/// ("questioned the integrity of the voting system", "question the wisdom of", "have questioned
/// Europe's reliance on"). A word of these within [`QUESTIONED_REACH`] words after "question"
/// confirms it. Our own, from PolNeAR dev's missed "questioned" and their near synonyms.
pub static QUESTIONED_QUALITIES: Words = words![
    "ability",
    "accuracy",
    "competence",
    "credibility",
    "fairness",
    "fitness",
    "health",
    "honesty",
    "integrity",
    "intelligence",
    "judgement",
    "judgment",
    "legality",
    "legitimacy",
    "loyalty",
    "motives",
    "necessity",
    "need",
    "patriotism",
    "reliability",
    "reliance",
    "sincerity",
    "validity",
    "wisdom",
];

/// How many words after "question" a word of [`QUESTIONED_QUALITIES`] may come ("questioned the
/// very need for").
pub const QUESTIONED_REACH: usize = 4;

/// Particles and prepositions that, right after a naming verb, make it another verb ("called in
/// to a show", "called off the talks"). Closed class; our own, from fixed false positives.
pub static PARTICLES: Words = words!["away", "back", "down", "in", "into", "off", "out", "over", "to", "up"];

/// Verbs whose object is the addressee, never the source: in "X, told reporters" the words after
/// the verb are not its source (no inverted order). Sorted lemmas. Our own, from the addressee
/// verbs of the lexicon.
pub static ADDRESSEE_VERBS: Words = words![
    "advise", "ask", "assure", "brief", "caution", "inform", "instruct", "notify", "order", "reassure", "remind", "tell", "urge", "warn",
];

/// Reporting verbs that are hardly ever nouns or other verbs, so that their base form is a verb
/// after any subject ("Mr. Grassley and Mr. Leahy say other changes …", "…, they say."). Our own,
/// from PolNeAR dev.
pub static PLAIN_SPEECH_VERBS: Words = words!["argue", "insist", "say", "tell", "warn"];

/// Verbs of judgement whose passive names what the subject was judged for, and so is an
/// attribution without its source ("was accused of fraud", "has been harshly criticized for",
/// "is being criticized as"), with the words that must follow the participle; before "by", the
/// source follows ("was criticized by the union"). Our own, from PolNeAR's passive cues.
pub static JUDGEMENT_PASSIVES: Table<&[&str]> = table![
    ("accuse", &["of"]),
    ("blame", &["for"]),
    ("condemn", &["as", "for"]),
    ("criticize", &["as", "for"]),
    ("denounce", &["as", "for"]),
    ("praise", &["as", "for"]),
];

/// Participles that are adjectives before "to" ("remained opposed to the bill"; "agreed to" is
/// still a verb). Our own, from a Readability page.
pub static ADJECTIVES_BEFORE_TO: Words = words!["opposed"];

/// Verbs heading the "X {be} said to / reported to / believed to" construction (the source is
/// unnamed and the subject is the topic, not the source). Our own, from PolNeAR's sourceless
/// attributions.
pub static RAISING_PASSIVES: Words = words!["alleged", "believed", "expected", "reported", "rumored", "rumoured", "said", "thought"];

/// The infinitives after a raising passive with no "to be" before it ("items thought to be
/// unique", "a man said to have fled"): a reduced relative, whose noun is not the source.
pub static RAISING_COMPLEMENTS: Words = words!["be", "have"];

/// Multi-word cues built on a verb: `{lemma}` is any form of that verb, `{be}` any form of "to
/// be" ("was first to report": the medium that broke a story). A tier-B phrase is a cue only in
/// an "as" clause, with its source right after "as" ("as one resident put it").
/// `{to-verb}` is "to" before an infinitive: "{decline} {to-verb}" is a refusal of any act ("the
/// court declined to step in", PolNeAR dev's missed "declined"; it sorts after, and so is tried
/// after, every "{decline} to …" phrase: "declined to comment" stays one cue), not "declined to
/// 40 percent".
/// Sources: the phrasal cues in Spangher et al.'s lexicon and PolNeAR's cue counts.
pub static PHRASAL: Table<Tier> = table![
    ("{be} first to {report}", A),
    ("{be} first to {reveal}", A),
    ("{be} the first to {report}", A),
    ("{be} the first to {reveal}", A),
    ("{call} for", Subject),
    ("{call} on", Subject),
    ("{chime} in", A),
    ("{decline} comment", A),
    ("{decline} to address", A),
    ("{decline} to answer", A),
    ("{decline} to comment", A),
    ("{decline} to confirm", A),
    ("{decline} to describe", A),
    ("{decline} to detail", A),
    ("{decline} to disclose", A),
    ("{decline} to discuss", A),
    ("{decline} to elaborate", A),
    ("{decline} to explain", A),
    ("{decline} to give", A),
    ("{decline} to identify", A),
    ("{decline} to name", A),
    ("{decline} to provide", A),
    ("{decline} to release", A),
    ("{decline} to respond", A),
    ("{decline} to reveal", A),
    ("{decline} to say", A),
    ("{decline} to share", A),
    ("{decline} to specify", A),
    ("{decline} {to-verb}", Subject),
    ("{go} on to {add}", A),
    ("{go} on to {argue}", A),
    ("{go} on to {describe}", A),
    ("{go} on to {discuss}", A),
    ("{go} on to {explain}", A),
    ("{go} on to {note}", A),
    ("{go} on to {say}", A),
    ("{lash} out", A),
    ("{make} clear", A),
    ("{make} it clear", A),
    ("{point} out", A),
    ("{point} to", Subject),
    ("{put} it", B),
    ("{rail} against", A),
    ("{speak} about", Subject),
    ("{speak} of", Subject),
    ("{speak} out", A),
    ("{talk} about", Subject),
    ("{weigh} in", A),
];

/// Irregular and regular forms of the verbs that only occur inside [`PHRASAL`] cues. Forms as in
/// [`VERBS`].
pub static PHRASAL_VERBS: Table<&str> = table![
    ("chime", "chime chimes chimed chiming"),
    ("decline", "decline declines declined declining"),
    ("go", "go goes went gone going"),
    ("lash", "lash lashes lashed lashing"),
    ("make", "make makes made making"),
    ("put", "put puts put putting"),
    ("rail", "rail rails railed railing"),
    ("speak", "speak speaks spoke spoken speaking"),
    ("talk", "talk talks talked talking"),
    ("weigh", "weigh weighs weighed weighing"),
];

/// Verbs that put out a text of speech ([`super::SPEECH_TEXTS`]), in the past tense (their
/// present is a noun too often: "issues of free speech"): with their object they are a cue, and
/// their subject its source ("The council issued a statement", "They sent a letter to the board",
/// "Trump unleashed a series of tweets"). Not "filed", whose object is a court's ("filed a
/// petition"). Our own, from PolNeAR dev's "issued a statement", "released a letter", "sent a
/// letter", and "offered" from its "offered no proof", "offered some pointed advice".
pub static ISSUING_VERBS: Words = words!["issued", "offered", "released", "sent", "unleashed"];

/// The most words between a verb of [`ISSUING_VERBS`] and its text ("issued a brief written
/// statement", "unleashed a series of tweets").
pub const MAX_ISSUED_WORDS: usize = 4;

/// Verbs of writing down: a participle of one opening a sentence names the medium, not an
/// attribution ("Writing for the Times, X noted …"). Our own, from PolNeAR dev.
pub static WRITING_VERBS: Words = words!["post", "tweet", "write"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_must_start_with_its_lemma() {
        assert!(starts_with_word("say says said saying", "say"));
        assert!(!starts_with_word("says said saying", "say") && !starts_with_word("say", "say") && !starts_with_word("a b", ""));
        assert!(std::panic::catch_unwind(|| v("tell", "say says said saying", B)).is_err());
        assert_eq!(vp("say", "say says said saying", A).lemma(), "say");
    }
}
