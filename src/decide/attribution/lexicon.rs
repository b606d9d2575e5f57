//! English lexicons for attribution: reporting verbs, non-verbal and passive cues, source heads.
//!
//! Everything here is data. The code that uses it is in `cue.rs` and `source.rs`; the tests at
//! the bottom check the tables' invariants (sorted, unique, lowercase), ripgrep-style.
//!
//! Where the words come from (see `../shared/notes/attribution.md` §2):
//! - reporting verbs: the union of the Gender Gap Tracker's `quote_verb_list.txt` (66 lemmas),
//!   textacy's `REPORTING_VERBS` (55), rsyntax's `CORENLP_SAY_VERBS`, CoreNLP's `commonSpeechWords`
//!   and Quootstrap's seeds, plus the news verbs none of them has but PolNeAR's cue counts show
//!   (vow, pledge, reveal, blast, slam, post, …);
//! - anonymous-source heads and document/media sources: Spangher et al.'s checklists
//!   (`source-exploration/scripts/params.py`), trimmed to unambiguous heads;
//! - tiers: the proposal in the notes (tier A fires on its own, tier B needs a quotation, "that" or a
//!   colon next to it), adjusted by the PolNeAR trigger precisions listed there.

/// How much evidence a cue needs before it fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Speech verbs that are attributions whenever they have a subject: "said", "told", "warned".
    A,
    /// Verbs of belief, request or judgement, and verbs that are often something else ("called",
    /// "asked", "found"): they fire only next to a quotation, "that", "whether" or a colon.
    B,
    /// Like B, and also without that signal when the source is a known kind of source (a person,
    /// an organization, a medium, a document, a pronoun): "Clinton cited derogatory comments",
    /// "Palmieri called on Trump to stop", and the verbal acts of judgement that PolNeAR counts as
    /// attributions: "Clinton criticized the Affordable Care Act", "Scott asked the crowd to …".
    Subject,
    /// Like B, and also without that signal when the source is a document or a medium: "a new poll
    /// shows Clinton ahead", "the study found" (but not "police found a gun").
    Evidence,
}

/// Verbs that name what their object is ("called him a master", "called it “a true wake-up
/// call”"): a quotation or "a"/"an" a few words after them is their signal. Sorted.
pub const NAMING_VERBS: &[&str] = &["brand", "call", "describe", "dub", "label"];

/// Particles and prepositions that, right after a naming verb, make it another verb ("called in
/// to a show", "called off the talks"). Sorted.
pub const PARTICLES: &[&str] = &["away", "back", "down", "in", "into", "off", "out", "over", "to", "up"];

/// A reporting verb: its lemma, all its inflected forms (base form first) and its tier.
#[derive(Clone, Copy, Debug)]
pub struct Verb {
    pub lemma: &'static str,
    /// Space-separated forms: base, third person, past, past participle (if different), gerund.
    pub forms: &'static str,
    pub tier: Tier,
    /// Whether the past participle works in an agentive passive: "was first reported by X".
    pub passive_by: bool,
}

const fn v(lemma: &'static str, forms: &'static str, tier: Tier) -> Verb {
    Verb { lemma, forms, tier, passive_by: false }
}

const fn vp(lemma: &'static str, forms: &'static str, tier: Tier) -> Verb {
    Verb { lemma, forms, tier, passive_by: true }
}

use Tier::{Evidence, Subject, A, B};

/// English reporting verbs, sorted by lemma (185 lemmas).
pub const VERBS: &[Verb] = &[
    v("accept", "accept accepts accepted accepting", B),
    v("acclaim", "acclaim acclaims acclaimed acclaiming", B),
    v("accuse", "accuse accuses accused accusing", A),
    vp("acknowledge", "acknowledge acknowledges acknowledged acknowledging", A),
    v("add", "add adds added adding", A),
    v("admit", "admit admits admitted admitting", A),
    v("advise", "advise advises advised advising", B),
    v("advocate", "advocate advocates advocated advocating", B),
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
    v("attest", "attest attests attested attesting", A),
    v("aver", "aver avers averred averring", A),
    v("avow", "avow avows avowed avowing", A),
    v("believe", "believe believes believed believing", B),
    v("bemoan", "bemoan bemoans bemoaned bemoaning", A),
    v("blame", "blame blames blamed blaming", Subject),
    v("blast", "blast blasts blasted blasting", B),
    v("boast", "boast boasts boasted boasting", A),
    v("brag", "brag brags bragged bragging", A),
    v("brief", "brief briefs briefed briefing", B),
    v("call", "call calls called calling", B),
    v("caution", "caution cautions cautioned cautioning", A),
    v("charge", "charge charges charged charging", B),
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
    v("demand", "demand demands demanded demanding", Subject),
    v("demonstrate", "demonstrate demonstrates demonstrated demonstrating", B),
    v("denounce", "denounce denounces denounced denouncing", Subject),
    v("deny", "deny denies denied denying", A),
    v("deplore", "deplore deplores deplored deploring", Subject),
    v("describe", "describe describes described describing", B),
    v("detail", "detail details detailed detailing", B),
    v("disagree", "disagree disagrees disagreed disagreeing", B),
    v("disclaim", "disclaim disclaims disclaimed disclaiming", A),
    vp("disclose", "disclose discloses disclosed disclosing", A),
    v("dismiss", "dismiss dismisses dismissed dismissing", B),
    v("dispute", "dispute disputes disputed disputing", A),
    v("doubt", "doubt doubts doubted doubting", B),
    v("echo", "echo echoes echoed echoing", B),
    v("emphasize", "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising", A),
    v("endorse", "endorse endorses endorsed endorsing", Subject),
    v("estimate", "estimate estimates estimated estimating", B),
    v("exclaim", "exclaim exclaims exclaimed exclaiming", A),
    v("expect", "expect expects expected expecting", B),
    v("explain", "explain explains explained explaining", A),
    v("fear", "fear fears feared fearing", B),
    v("find", "find finds found finding", Evidence),
    v("forecast", "forecast forecasts forecasted forecasting", B),
    v("grumble", "grumble grumbles grumbled grumbling", A),
    v("guess", "guess guesses guessed guessing", B),
    v("hail", "hail hails hailed hailing", B),
    v("highlight", "highlight highlights highlighted highlighting", B),
    v("hint", "hint hints hinted hinting", B),
    v("hope", "hope hopes hoped hoping", B),
    v("illustrate", "illustrate illustrates illustrated illustrating", B),
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
    v("maintain", "maintain maintains maintained maintaining", B),
    v("mention", "mention mentions mentioned mentioning", A),
    v("mock", "mock mocks mocked mocking", B),
    v("muse", "muse muses mused musing", A),
    v("mutter", "mutter mutters muttered muttering", A),
    v("note", "note notes noted noting", A),
    v("notify", "notify notifies notified notifying", B),
    v("object", "object objects objected objecting", B),
    v("observe", "observe observes observed observing", A),
    v("opine", "opine opines opined opining", A),
    v("order", "order orders ordered ordering", B),
    v("plan", "plan plans planned planning", Subject),
    v("plead", "plead pleads pleaded pled pleading", B),
    v("pledge", "pledge pledges pledged pledging", A),
    v("point", "point points pointed pointing", B),
    vp("post", "post posts posted posting", B),
    v("praise", "praise praises praised praising", Subject),
    v("preach", "preach preaches preached preaching", B),
    v("predict", "predict predicts predicted predicting", A),
    v("proclaim", "proclaim proclaims proclaimed proclaiming", A),
    v("promise", "promise promises promised promising", Subject),
    v("propose", "propose proposes proposed proposing", Subject),
    v("protest", "protest protests protested protesting", B),
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
    v("refute", "refute refutes refuted refuting", A),
    v("reiterate", "reiterate reiterates reiterated reiterating", A),
    v("reject", "reject rejects rejected rejecting", B),
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
    v("suggest", "suggest suggests suggested suggesting", Evidence),
    v("summarize", "summarize summarizes summarized summarizing summarise summarises summarised summarising", B),
    v("surmise", "surmise surmises surmised surmising", B),
    v("swear", "swear swears swore sworn swearing", B),
    v("tell", "tell tells told telling", A),
    v("testify", "testify testifies testified testifying", A),
    v("theorize", "theorize theorizes theorized theorizing theorise theorises theorised theorising", B),
    v("think", "think thinks thought thinking", B),
    v("threaten", "threaten threatens threatened threatening", B),
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
    v("worry", "worry worries worried worrying", B),
    vp("write", "write writes wrote written writing", A),
    v("yell", "yell yells yelled yelling", B),
];

/// Verbs whose object is the addressee, never the source: in "X, told reporters" the words after
/// the verb are not its source (no inverted order). Sorted lemmas.
pub const ADDRESSEE_VERBS: &[&str] =
    &["advise", "ask", "assure", "brief", "caution", "inform", "instruct", "notify", "order", "reassure", "remind", "tell", "urge", "warn"];

/// Multi-word cues built on a verb: `{lemma}` is any form of that verb. Sorted.
/// Sources: the phrasal cues in Spangher et al.'s lexicon and PolNeAR's cue counts.
pub const PHRASAL: &[(&str, Tier)] = &[
    ("{call} for", Subject),
    ("{call} on", Subject),
    ("{chime} in", A),
    ("{decline} comment", A),
    ("{decline} to answer", A),
    ("{decline} to comment", A),
    ("{decline} to confirm", A),
    ("{decline} to discuss", A),
    ("{decline} to elaborate", A),
    ("{decline} to say", A),
    ("{decline} to specify", A),
    ("{go} on to {say}", A),
    ("{lash} out", A),
    ("{make} clear", A),
    ("{make} it clear", A),
    ("{point} out", A),
    ("{point} to", B),
    ("{speak} out", A),
    ("{weigh} in", A),
];

/// Irregular and regular forms of the verbs that only occur inside [`PHRASAL`] cues.
pub const PHRASAL_VERBS: &[(&str, &str)] = &[
    ("chime", "chime chimes chimed chiming"),
    ("decline", "decline declines declined declining"),
    ("go", "go goes went gone going"),
    ("lash", "lash lashes lashed lashing"),
    ("make", "make makes made making"),
    ("speak", "speak speaks spoke spoken speaking"),
    ("weigh", "weigh weighs weighed weighing"),
];

/// Cues that are not verbs and whose source follows them: "according to X", "citing X".
/// Sorted. Each entry is lowercase words separated by single spaces.
pub const SOURCE_AFTER: &[&str] =
    &["according to", "as reported by", "as told by", "citing", "in", "in the view of", "in the words of", "per"];

/// Heads of a noun phrase after "in" that make "in" a cue: PolNeAR annotates "In this poll,
/// Trump rose" and "a bump in one of the first post-debate polls" as attributions. Sorted.
pub const IN_SOURCE_HEADS: &[&str] = &["poll", "polling", "polls", "survey", "surveys"];

/// Nouns after a word of [`IN_SOURCE_HEADS`] that make it a modifier ("poll workers", "survey
/// data"), not the head. Sorted.
pub const POLL_MODIFIED: &[&str] = &[
    "area",
    "booth",
    "booths",
    "data",
    "numbers",
    "position",
    "respondents",
    "results",
    "station",
    "stations",
    "taker",
    "takers",
    "tax",
    "workers",
];

/// Words that, right after "according to", mean a plan rather than a source ("according to plan").
pub const ACCORDING_TO_NOT_SOURCE: &[&str] = &["plan", "plans", "protocol", "rules", "schedule", "script", "tradition"];

/// Cues without a source: "it was reported that", "X is said to", "reportedly".
/// Sorted. `{be}` is any form of "to be".
pub const SOURCELESS: &[&str] = &[
    "it {be} alleged that",
    "it {be} announced that",
    "it {be} believed that",
    "it {be} claimed that",
    "it {be} reported that",
    "it {be} said that",
    "reportedly",
];

/// Verbs heading the "X {be} said to / reported to / believed to" construction (the source is
/// unnamed and the subject is the topic, not the source).
pub const RAISING_PASSIVES: &[&str] = &["alleged", "believed", "reported", "rumored", "rumoured", "said", "thought"];

/// Forms of "to be".
pub const BE: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];

/// Auxiliaries, negations and adverbs that join a verb cue when they come right before it
/// ("has said", "would not say", "also said").
pub const CUE_PREFIX: &[&str] = &[
    "also",
    "always",
    "can",
    "could",
    "did",
    "does",
    "do",
    "had",
    "has",
    "have",
    "later",
    "long",
    "may",
    "might",
    "must",
    "never",
    "not",
    "n't",
    "often",
    "previously",
    "repeatedly",
    "shall",
    "should",
    "sometimes",
    "will",
    "would",
];

/// Phrases that join a verb cue when they follow it: where and when it was said ("said in a
/// statement", "told reporters", "said Friday"). PolNeAR's gold cues often include them
/// (`../shared/notes/attribution.md`: "said in a statement" 43, "told reporters" 44). Sorted.
pub const CUE_SUFFIXES: &[&str] = &[
    "at a briefing",
    "at a news conference",
    "at a press conference",
    "at a rally",
    "earlier",
    "in a phone interview",
    "in a post",
    "in a speech",
    "in a statement",
    "in a telephone interview",
    "in a tweet",
    "in an email",
    "in an interview",
    "in his statement",
    "in interviews",
    "last month",
    "last night",
    "last week",
    "last year",
    "on facebook",
    "on twitter",
    "reporters",
    "this week",
    "today",
    "yesterday",
];

/// Set phrases in which a reporting verb is not an attribution. Matched on the words around the
/// cue (lowercase, punctuation as its own word). Source: the false positives listed in the notes
/// (§3 "False positives") and issue 5's list.
pub const NOT_ATTRIBUTION: &[&str] = &[
    "as described",
    "as discussed",
    "as explained",
    "as mentioned",
    "as noted",
    "as shown",
    "easier said than done",
    "goes without saying",
    "having said that",
    "needless to say",
    "so - called",
    "so to speak",
    "suffice it to say",
    "that is to say",
    "that said ,",
    "to say the least",
    "when all is said and done",
    "{add} up",
];

/// Words that end the search for a source: the subject never reaches past them.
pub const CLAUSE_BOUNDARIES: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "how", "if", "since", "than", "that", "though", "unless", "until",
    "what", "when", "whereas", "whether", "which", "while",
];

/// Conjunctions that open a subordinate clause before the main one ("Before city officials had
/// weighed in, Trump said …"): an attribution inside such a clause does not hold the rest of the
/// sentence as its content. Sorted.
pub const SUBORDINATORS: &[&str] =
    &["after", "although", "as", "because", "before", "if", "once", "since", "though", "until", "when", "while"];

/// Words that make a label before a colon a page or section label, not a speaker or a headline's
/// source ("Editor's note:", "UPDATE:", "Photo:", "Related Articles:", "March 3:"). From the
/// labels news pages and their themes print (Readability test pages, the seed page). Sorted.
pub const LABEL_WORDS: &[&str] = &[
    "address",
    "advertisement",
    "analysis",
    "answer",
    "april",
    "august",
    "breaking",
    "by",
    "caption",
    "chapter",
    "clarification",
    "comments",
    "contact",
    "contents",
    "correction",
    "credit",
    "credits",
    "date",
    "december",
    "directions",
    "disclaimer",
    "editor's",
    "editor’s",
    "email",
    "example",
    "exclusive",
    "faq",
    "fax",
    "february",
    "filed",
    "follow",
    "getty",
    "image",
    "images",
    "ingredients",
    "january",
    "july",
    "june",
    "latest",
    "listen",
    "live",
    "location",
    "map",
    "march",
    "may",
    "more",
    "note",
    "november",
    "october",
    "opinion",
    "part",
    "phone",
    "photo",
    "photos",
    "posted",
    "price",
    "published",
    "question",
    "read",
    "related",
    "review",
    "see",
    "september",
    "share",
    "source",
    "sources",
    "sponsored",
    "step",
    "subject",
    "subscribe",
    "summary",
    "tags",
    "tel",
    "time",
    "title",
    "topics",
    "transcript",
    "update",
    "updated",
    "updates",
    "video",
    "videos",
    "warning",
    "watch",
    "website",
];

/// Prepositions before a gerund cue whose source is the sentence's subject ("began by saying",
/// "aside from saying"). Sorted.
pub const GERUND_PREPOSITIONS: &[&str] = &["after", "before", "by", "from", "while", "without"];

/// Reporting verbs that are hardly ever nouns or other verbs, so that their base form is a verb
/// after any subject ("Mr. Grassley and Mr. Leahy say other changes …", "…, they say."). Sorted.
pub const PLAIN_SPEECH_VERBS: &[&str] = &["argue", "insist", "say", "tell", "warn"];

/// Words a verb's subject never is (so a verb after them has no source to the left).
pub const NOT_SUBJECT: &[&str] = &[
    "a", "an", "any", "for", "from", "her", "his", "in", "into", "is", "its", "my", "no", "of", "on", "our", "the", "their", "these",
    "this", "those", "to", "was", "were", "with", "your",
];

/// Adverbials allowed between a source and its verb: "Russia on Monday denied".
pub const DAYS: &[&str] = &["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"];

/// Single words allowed between a source and its verb, besides "-ly" adverbs and [`CUE_PREFIX`].
pub const SUBJECT_VERB_GAP: &[&str] = &[
    "again",
    "already",
    "always",
    "earlier",
    "even",
    "ever",
    "first",
    "further",
    "here",
    "just",
    "long",
    "now",
    "often",
    "once",
    "only",
    "rather",
    "sometimes",
    "still",
    "then",
    "today",
    "tonight",
    "yesterday",
];

/// Words ending in "-ly" that are no adverbs ("attorneys for the family said"). Sorted.
pub const LY_NOT_ADVERBS: &[&str] = &[
    "ally", "anomaly", "assembly", "belly", "bully", "family", "folly", "homily", "jelly", "lily", "monopoly", "rally", "reply", "supply",
    "tally",
];

/// Whether a lowercase word is an "-ly" adverb ("bluntly", "repeatedly").
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && LY_NOT_ADVERBS.binary_search(&w).is_err()
}

/// Personal pronouns that can be a source. First-person ones are dropped (blog voice, "as I said").
pub const PRONOUNS: &[&str] = &["he", "it", "one", "she", "they", "who"];
/// First-person and second-person pronouns: an attribution to them is the writer's own voice.
pub const FIRST_PERSON: &[&str] = &["i", "me", "we", "us", "you"];

/// Heads of anonymous sources ("a U.S. official", "people familiar with the matter").
/// From Spangher et al.'s 177 anonymous-source heads, trimmed. Sorted.
pub const ANONYMOUS_HEADS: &[&str] = &[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "authorities",
    "critics",
    "diplomat",
    "diplomats",
    "economist",
    "economists",
    "executive",
    "executives",
    "expert",
    "experts",
    "insider",
    "insiders",
    "investigator",
    "investigators",
    "lawmaker",
    "lawmakers",
    "observers",
    "official",
    "officials",
    "people",
    "person",
    "prosecutors",
    "researchers",
    "residents",
    "scientists",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffers",
    "supporters",
    "witness",
    "witnesses",
];

/// Phrases that make a source anonymous wherever they appear in it.
pub const ANONYMITY_MARKERS: &[&str] = &[
    "asked not to be identified",
    "condition of anonymity",
    "declined to be named",
    "familiar with",
    "not authorized to",
    "who requested anonymity",
];

/// Heads and names of news media ("the Financial Times", "state broadcaster CCTV"). Sorted.
pub const MEDIA: &[&str] = &[
    "abc",
    "afp",
    "agency",
    "al jazeera",
    "ap",
    "associated press",
    "axios",
    "bbc",
    "bloomberg",
    "broadcaster",
    "broadcasters",
    "cbs",
    "cctv",
    "channel",
    "cnbc",
    "cnn",
    "daily",
    "fox news",
    "guardian",
    "journal",
    "magazine",
    "msnbc",
    "network",
    "newspaper",
    "newspapers",
    "npr",
    "outlet",
    "outlets",
    "politico",
    "post",
    "reuters",
    "station",
    "tabloid",
    "tass",
    "television",
    "times",
    "xinhua",
];

/// Heads of documents as sources ("the report", "court filings"). Sorted.
pub const DOCUMENTS: &[&str] = &[
    "analysis",
    "assessment",
    "audit",
    "average",
    "bill",
    "complaint",
    "data",
    "document",
    "documents",
    "email",
    "emails",
    "evidence",
    "figures",
    "filing",
    "filings",
    "footage",
    "indictment",
    "letter",
    "memo",
    "poll",
    "polls",
    "record",
    "records",
    "report",
    "reports",
    "research",
    "results",
    "ruling",
    "slide",
    "statement",
    "studies",
    "study",
    "survey",
    "surveys",
    "tally",
    "transcript",
    "video",
    "videos",
];

/// Heads and names of organizations, and states acting as sources. Sorted.
pub const ORGANIZATIONS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "association",
    "authority",
    "bank",
    "board",
    "campaign",
    "chamber",
    "china",
    "church",
    "coalition",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "firm",
    "foundation",
    "government",
    "group",
    "house",
    "institute",
    "kremlin",
    "league",
    "military",
    "ministry",
    "nato",
    "office",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "regulator",
    "russia",
    "senate",
    "service",
    "tribunal",
    "ukraine",
    "union",
    "university",
];

/// Words of degree before a participle that make it an adjective ("a more informed decision",
/// "Well written"). Sorted.
pub const DEGREE_WORDS: &[&str] = &["better", "fully", "ill", "least", "less", "more", "most", "so", "too", "very", "well"];

/// Subjects of a base-form verb that are not plurals in -s ("they say", "police say"). Sorted.
pub const PLURAL_WORDS: &[&str] =
    &["children", "data", "i", "media", "men", "people", "police", "public", "staff", "they", "we", "who", "women", "you"];

/// Adjectives that come before a noun, never heading a subject: after one, a present-tense form is
/// a noun ("the administration’s first comments on"). Sorted.
pub const NOUN_PREMODIFIERS: &[&str] = &[
    "additional",
    "earlier",
    "early",
    "final",
    "first",
    "following",
    "further",
    "general",
    "initial",
    "key",
    "last",
    "latest",
    "main",
    "major",
    "new",
    "official",
    "other",
    "own",
    "personal",
    "previous",
    "primary",
    "private",
    "public",
    "recent",
    "second",
    "specific",
    "third",
];

/// Words that may open a sentence; an initialism before them ends the sentence ("in the U.S. The").
pub const SENTENCE_STARTERS: &[&str] = &[
    "a", "an", "but", "he", "her", "his", "i", "in", "it", "its", "mr", "mrs", "ms", "no", "one", "please", "she", "that", "the", "their",
    "there", "these", "they", "this", "we", "what", "when", "yet",
];

/// How an abbreviation behaves before a following word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Always followed by a name: "Mr.", "Dr.", "Gov.".
    Title,
    /// Followed by a number when not sentence-final: "Jan. 5", "No. 10".
    BeforeNumber,
    /// An initialism that can end a sentence: "U.S.", "a.m.".
    Initialism,
}

/// Month names that follow a German ordinal ("am 11. August"), so that its full stop does not end
/// the sentence. Sorted.
pub const MONTHS_AFTER_ORDINAL: &[&str] =
    &["april", "august", "dezember", "februar", "januar", "juli", "juni", "mai", "märz", "november", "oktober", "september"];

/// Abbreviations whose full stop is not a sentence end, without the final dot (English, and the
/// German ones news text uses: "bzw.", "z.B.", "Nr."). Sorted.
pub const ABBREVIATIONS: &[(&str, Abbrev)] = &[
    ("a.m", Abbrev::Initialism),
    ("apr", Abbrev::BeforeNumber),
    ("aug", Abbrev::BeforeNumber),
    ("bzw", Abbrev::Title),
    ("ca", Abbrev::Title),
    ("capt", Abbrev::Title),
    ("col", Abbrev::Title),
    ("corp", Abbrev::Initialism),
    ("d.h", Abbrev::Title),
    ("dec", Abbrev::BeforeNumber),
    ("dr", Abbrev::Title),
    ("e.g", Abbrev::Title),
    ("evtl", Abbrev::Title),
    ("feb", Abbrev::BeforeNumber),
    ("gen", Abbrev::Title),
    ("ggf", Abbrev::Title),
    ("gov", Abbrev::Title),
    ("i.e", Abbrev::Title),
    ("inc", Abbrev::Initialism),
    ("inkl", Abbrev::Title),
    ("jan", Abbrev::BeforeNumber),
    ("jr", Abbrev::Initialism),
    ("jul", Abbrev::BeforeNumber),
    ("jun", Abbrev::BeforeNumber),
    ("lt", Abbrev::Title),
    ("mar", Abbrev::BeforeNumber),
    ("mio", Abbrev::Title),
    ("mr", Abbrev::Title),
    ("mrd", Abbrev::Title),
    ("mrs", Abbrev::Title),
    ("ms", Abbrev::Title),
    ("no", Abbrev::BeforeNumber),
    ("nov", Abbrev::BeforeNumber),
    ("nr", Abbrev::BeforeNumber),
    ("oct", Abbrev::BeforeNumber),
    ("p.m", Abbrev::Initialism),
    ("prof", Abbrev::Title),
    ("rep", Abbrev::Title),
    ("rev", Abbrev::Title),
    ("sen", Abbrev::Title),
    ("sep", Abbrev::BeforeNumber),
    ("sept", Abbrev::BeforeNumber),
    ("sgt", Abbrev::Title),
    ("sr", Abbrev::Initialism),
    ("st", Abbrev::Title),
    ("u.a", Abbrev::Title),
    ("u.k", Abbrev::Initialism),
    ("u.n", Abbrev::Initialism),
    ("u.s", Abbrev::Initialism),
    ("v.a", Abbrev::Title),
    ("vgl", Abbrev::Title),
    ("vs", Abbrev::Title),
    ("z.b", Abbrev::Title),
];

/// Looks up an abbreviation (without its final dot), case-insensitively.
pub fn abbreviation(word: &str) -> Option<Abbrev> {
    let lower = word.to_lowercase();
    ABBREVIATIONS.binary_search_by(|(a, _)| a.cmp(&lower.as_str())).ok().map(|i| ABBREVIATIONS[i].1)
}

/// Whether `word` commonly opens a sentence (case-insensitive).
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_unique(name: &str, items: &[&str]) {
        for w in items.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} must come before {:?} (sorted, no duplicates)", w[1], w[0]);
        }
        for s in items {
            assert_eq!(*s, s.to_lowercase(), "{name}: {s:?} must be lowercase");
            assert_eq!(s.trim(), *s, "{name}: {s:?} has outer spaces");
        }
    }

    #[test]
    fn verb_table_is_sorted_lowercase_and_complete() {
        let lemmas: Vec<&str> = VERBS.iter().map(|v| v.lemma).collect();
        assert_sorted_unique("VERBS", &lemmas);
        for v in VERBS {
            let forms: Vec<&str> = v.forms.split(' ').collect();
            assert_eq!(forms[0], v.lemma, "{}: the base form comes first", v.lemma);
            assert!(forms.len() >= 4, "{}: needs third person, past and gerund", v.lemma);
            assert!(forms.iter().any(|f| f.ends_with("ing")), "{}: no gerund", v.lemma);
        }
        assert!(VERBS.len() + PHRASAL.len() >= 150, "issue 5 asks for at least 150 reporting-verb lemmas");
    }

    #[test]
    fn word_tables_are_sorted_unique_lowercase() {
        assert_sorted_unique("SOURCE_AFTER", SOURCE_AFTER);
        assert_sorted_unique("SOURCELESS", SOURCELESS);
        assert_sorted_unique("NOT_ATTRIBUTION", NOT_ATTRIBUTION);
        assert_sorted_unique("CLAUSE_BOUNDARIES", CLAUSE_BOUNDARIES);
        assert_sorted_unique("IN_SOURCE_HEADS", IN_SOURCE_HEADS);
        assert_sorted_unique("POLL_MODIFIED", POLL_MODIFIED);
        assert_sorted_unique("NOUN_PREMODIFIERS", NOUN_PREMODIFIERS);
        assert_sorted_unique("PLURAL_WORDS", PLURAL_WORDS);
        assert_sorted_unique("DEGREE_WORDS", DEGREE_WORDS);
        assert_sorted_unique("SUBORDINATORS", SUBORDINATORS);
        assert_sorted_unique("LABEL_WORDS", LABEL_WORDS);
        assert_sorted_unique("NAMING_VERBS", NAMING_VERBS);
        assert_sorted_unique("PARTICLES", PARTICLES);
        assert_sorted_unique("GERUND_PREPOSITIONS", GERUND_PREPOSITIONS);
        assert_sorted_unique("PLAIN_SPEECH_VERBS", PLAIN_SPEECH_VERBS);
        assert_sorted_unique("MONTHS_AFTER_ORDINAL", MONTHS_AFTER_ORDINAL);
        assert_sorted_unique("NOT_SUBJECT", NOT_SUBJECT);
        assert_sorted_unique("SUBJECT_VERB_GAP", SUBJECT_VERB_GAP);
        assert_sorted_unique("ANONYMOUS_HEADS", ANONYMOUS_HEADS);
        assert_sorted_unique("ANONYMITY_MARKERS", ANONYMITY_MARKERS);
        assert_sorted_unique("MEDIA", MEDIA);
        assert_sorted_unique("DOCUMENTS", DOCUMENTS);
        assert_sorted_unique("ORGANIZATIONS", ORGANIZATIONS);
        assert_sorted_unique("SENTENCE_STARTERS", SENTENCE_STARTERS);
        assert_sorted_unique("BE", BE);
        assert_sorted_unique("ACCORDING_TO_NOT_SOURCE", ACCORDING_TO_NOT_SOURCE);
        assert_sorted_unique("RAISING_PASSIVES", RAISING_PASSIVES);
        assert_sorted_unique("ADDRESSEE_VERBS", ADDRESSEE_VERBS);
        assert_sorted_unique("LY_NOT_ADVERBS", LY_NOT_ADVERBS);
        assert_sorted_unique("CUE_SUFFIXES", CUE_SUFFIXES);
        let phrasal: Vec<&str> = PHRASAL.iter().map(|p| p.0).collect();
        assert_sorted_unique("PHRASAL", &phrasal);
        let abbrevs: Vec<&str> = ABBREVIATIONS.iter().map(|a| a.0).collect();
        assert_sorted_unique("ABBREVIATIONS", &abbrevs);
    }

    #[test]
    fn every_phrasal_slot_names_a_known_verb() {
        for (phrase, _) in PHRASAL {
            for slot in phrase.split(' ').filter(|w| w.starts_with('{')) {
                let lemma = slot.trim_matches(|c| c == '{' || c == '}');
                let known = VERBS.iter().any(|v| v.lemma == lemma) || PHRASAL_VERBS.iter().any(|p| p.0 == lemma);
                assert!(known, "{phrase}: no forms for {lemma}");
            }
        }
    }
}
