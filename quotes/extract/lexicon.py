"""Word lists the attribution rules rely on: reporting verbs, titles, pronouns."""
from __future__ import annotations

import re

from .. import data

# Verbs that report speech or writing.  Inflected forms are generated below, so
# the extractor does not need spaCy's lemmatizer.
_REPORTING = """
say tell add state write note claim argue insist explain continue ask reply respond warn pledge
call describe declare announce report tweet post joke quip admit acknowledge concede recall
predict promise vow urge suggest complain charge contend assert testify estimate conclude
observe remark mention stress emphasize emphasise maintain deny confirm affirm reaffirm
reiterate repeat recount counter retort shout yell scream whisper murmur mutter cry exclaim
boast brag lament lie blog text email message comment opine proclaim pronounce caution advise
threaten demand plead beg pray wonder question quote cite list sum summarize summarise dub
label brand deride decry criticize criticise praise hail blast slam attack accuse mock ridicule
chide scold rebuke lambast lambaste tout celebrate welcome applaud thank apologize apologise
point put echo agree disagree hint signal indicate reveal disclose divulge allege speculate
guess reckon believe think feel hope fear worry expect forecast recommend propose concur
surmise theorize theorise lecture preach instruct order command direct rule find read highlight
underline underscore recognise recognize characterize characterise portray frame interject
interrupt rail rant chant bark dismiss denounce blame condemn term assure reassure confess laud rubbish muse sigh
fume seethe gush rave enthuse marvel reflect reminisce clarify elaborate posit trumpet crow gloat commend extol
confide inquire enquire scoff sneer taunt grumble gripe bemoan bristle lash chuckle laugh remind accept
""".split()

_IRREGULAR = {
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "write": ["writes", "wrote", "written", "writing"],
    "lie": ["lies", "lied", "lying"],
    "think": ["thinks", "thought", "thinking"],
    "feel": ["feels", "felt", "feeling"],
    "find": ["finds", "found", "finding"],
    "read": ["reads", "read", "reading"],
    "put": ["puts", "put", "putting"],
    "rebuke": ["rebukes", "rebuked", "rebuking"],
    "quip": ["quips", "quipped", "quipping"],
    "plead": ["pleads", "pleaded", "pled", "pleading"],
    "rule": ["rules", "ruled", "ruling"],
    "text": ["texts", "texted", "texting"],
    "email": ["emails", "emailed", "emailing"],
    "blog": ["blogs", "blogged", "blogging"],
    "cry": ["cries", "cried", "crying"],
    "reply": ["replies", "replied", "replying"],
    "deny": ["denies", "denied", "denying"],
    "testify": ["testifies", "testified", "testifying"],
    "decry": ["decries", "decried", "decrying"],
    "worry": ["worries", "worried", "worrying"],
    "signal": ["signals", "signaled", "signalled", "signaling", "signalling"],
    "label": ["labels", "labeled", "labelled", "labeling", "labelling"],
    "counter": ["counters", "countered", "countering"],
    "order": ["orders", "ordered", "ordering"],
    "wonder": ["wonders", "wondered", "wondering"],
    "question": ["questions", "questioned", "questioning"],
    "murmur": ["murmurs", "murmured", "murmuring"],
    "mutter": ["mutters", "muttered", "muttering"],
    "answer": ["answers", "answered", "answering"],
    "lecture": ["lectures", "lectured", "lecturing"],
    "interject": ["interjects", "interjected", "interjecting"],
    "concur": ["concurs", "concurred", "concurring"],
    "rail": ["rails", "railed", "railing"],
    "slam": ["slams", "slammed", "slamming"],
    "brag": ["brags", "bragged", "bragging"],
    "chide": ["chides", "chided", "chiding"],
    "admit": ["admits", "admitted", "admitting"],
    "beg": ["begs", "begged", "begging"],
    "sum": ["sums", "summed", "summing"],
    "dub": ["dubs", "dubbed", "dubbing"],
}


def _inflect(verb: str) -> list[str]:
    """Regular English inflections of a verb (good enough for this list)."""
    if verb in _IRREGULAR:
        return [verb, *_IRREGULAR[verb]]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


#: inflected form -> base verb
REPORTING_FORMS: dict[str, str] = {}
for _verb in _REPORTING + ["answer"]:
    for _form in _inflect(_verb):
        REPORTING_FORMS.setdefault(_form, _verb)
del REPORTING_FORMS["blame"]  # "is partly to blame", "shares blame": an idiom or a noun; "blamed", "blames" report

#: Reporting verbs in -s as a title-case headline writes them after its speaker ("Says", "Blasts", "Warns"), but for
#: those more often words of names and bodies ("United States", "Small Claims Tribunal", "Spectrum Brands").
HEADLINE_VERBS = frozenset(f.capitalize() for f in REPORTING_FORMS if f.endswith("s") and not f.endswith("ss")) - set("""
States Rules Reports Notes Posts Reads Lists Quotes Claims Brands Orders Answers Pledges Charges Points Labels
Messages Questions Comments Remarks Texts Frames Thanks Lectures Cites
""".split())

#: Verbs that report speech strongly enough to attribute a bare quotation.
STRONG = set("""
say tell add state write note claim argue insist explain continue ask reply respond warn
pledge declare announce report tweet post joke quip admit acknowledge concede recall
predict promise vow urge suggest complain charge contend assert testify conclude observe
remark mention stress emphasize emphasise maintain deny confirm affirm reaffirm reiterate
repeat recount counter retort shout yell scream whisper exclaim boast lament proclaim
caution advise threaten demand plead quote answer opine comment write text email blog
""".split())

#: Verbs by which someone puts out a document that then speaks for them ("issued a statement saying").
ISSUING_VERBS = frozenset(f"{stem}{end}" for stem in ("issue", "release", "circulate", "distribute")
                          for end in ("", "s", "d")) | frozenset("""
issuing releasing circulating distributing publish publishes published publishing send sends sent sending
post posts posted posting file files filed filing put puts putting""".split())

#: Nouns that head a reporting phrase: "in a statement", "his remarks".
DOCUMENT_NOUNS = set("""
statement statements release communique communiqué report reports letter letters memo finding findings
piece headline headlines bylaws footage spot
declaration announcement filing complaint lawsuit ruling judgment judgement opinion order decision readout
transcript post tweet tweets email emails message messages editorial column op-ed essay
book article interview speech remarks address testimony document documents notice
circular guidance proposal plan platform manifesto resolution bill law agreement treaty
survey poll study paper analysis review website blog podcast video ad advertisement submission submissions note
memoir memoirs autobiography diary diaries warning warnings alert advisory bulletin affidavit affidavits
""".split())

#: Nouns for a body that its name need not hold -> words of the names they may stand for ("the bench" for a court;
#: data/body_nominals.tsv).
_BODY_NOMINAL_ROWS = data.rows("body_nominals.tsv")
BODY_NOMINALS = {row[0]: frozenset(row[1].split()) for row in _BODY_NOMINAL_ROWS}

#: Nouns for bodies that speak: "the ministry said"; with those of BODY_NOMINALS that speak alone ("the bench said").
BODY_NOUNS = set("""
ministry department office government administration cabinet committee council
commission court bureau service authority authorities police army navy military
forces campaign company firm association organization organisation
foundation institute center centre board embassy consulate parliament congress senate
house white kremlin pentagon secretariat coalition alliance league federation network
newspaper paper station channel magazine outlet team staff spokesman spokeswoman
spokesperson coastguard tribunal inquiry hospital university school trust brigade ngo municipality
""".split()) | {row[0] for row in _BODY_NOMINAL_ROWS if row[2:] == ["alone"]}

#: Words that are titles or roles, never part of a person's name.
TITLES = set("""
mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady sen sen. senator
sens rep rep. reps representative gov gov. governor president vice prime first minister secretary
gen. general lt lt. lieutenant col col. colonel capt capt. captain sgt sgt. sergeant adm adm.
admiral cmdr commander maj maj. major judge justice rev rev. reverend pastor father king queen skipper whip
prince princess chairman chairwoman chair ceo former deputy chief assistant spokesman
spokeswoman spokesperson mayor attorney ambassador envoy premier chancellor treasurer speaker leader
candidate nominee senator-elect president-elect commissioner director minister-counselor recorder sheriff undersheriff coroner
magistrate marshal omanhene deemster jurat connétable connetable pro tempore tem
counsel officer sheriff detective agent trooper coach host anchor correspondent reporter editor
councillor councilor councilwoman councilman councilmember assemblymember cllr clr alderman garda constable pc inspector
superintendent kagawad emeritus convener convenor conseiller conseillère
columnist author analyst adviser advisor advocate pope bishop cardinal archbishop rabbi imam sheikh shaikh emir sultan
talatala the a an
his her their its our new top senior acting interim then incumbent late defense defence foreign
finance interior trade economy home health state us u.s. u.s uk un eu republican democratic
democrat gop independent libertarian house senate white
""".split())

#: What people do, written before a name ("Farmer Gwen Pryce"): never part of the name (data/occupations.tsv).
OCCUPATIONS = frozenset(row[0] for row in data.rows("occupations.tsv"))
#: Nouns for what a person is only where they are or for the moment ("motorist", "passenger", "commuter"): a trade
#: in apposition says more ("One motorist, a banker,"; data/passing_roles.tsv).
PASSING_ROLES = frozenset(row[0] for row in data.rows("passing_roles.tsv"))
#: US states by the abbreviation a party tag after a name writes ("R-Neb." -> "Nebraska"; data/us_states.tsv).
US_STATES = {row[0]: row[1] for row in data.rows("us_states.tsv")}
#: Share indices' names without their numbers ("FTSE", "Hang Seng"): no business "it" can mean.
SHARE_INDICES = frozenset(row[0] for row in data.rows("share_indices.tsv"))


def share_index(name: str) -> bool:
    """Whether a body's name is a share index's ("FTSE 250", "Hang Seng", "the Nikkei 225")."""
    words = name.split()
    return any(" ".join(words[:n]) in SHARE_INDICES for n in (1, 2))
#: People who speak for themselves, not for the body "at", "of" or "from" which they are ("Nurses at X said").
OWN_VOICE_GROUPS = frozenset(row[0] for row in data.rows("own_voice_groups.tsv"))

#: Verbs in -ing that open a participle clause before the subject ("Sentencing Reid, the sheriff said"): never a
#: word of a name (data/clause_participles.tsv).
CLAUSE_PARTICIPLES = frozenset(row[0] for row in data.rows("clause_participles.tsv"))

#: Bodies known by one word that the tagger may miss ("Ofwat"; data/one_word_bodies.tsv).
ONE_WORD_BODIES = frozenset(row[0] for row in data.rows("one_word_bodies.tsv"))
#: Words ending a broadcaster's name -> the nouns that may mean it ("Thistle TV": "the station", never "the club";
#: data/broadcaster_words.tsv).
BROADCASTER_WORDS = {row[0]: frozenset(row[1].split()) for row in data.rows("broadcaster_words.tsv")}

#: Words that end a street's name and never a person's ("Aberteifi Road"; data/street_words.tsv).
STREET_WORDS = frozenset(row[0] for row in data.rows("street_words.tsv"))
#: Parties' initials written in brackets with a legislator's seat ("(BN-Tanjung Sepat)"; data/seat_parties.tsv).
SEAT_PARTIES = frozenset(row[0] for row in data.rows("seat_parties.tsv"))
#: Fields that name a national body before a place ("Athletics Kenya"; data/field_words.tsv).
FIELD_WORDS = frozenset(row[0] for row in data.rows("field_words.tsv"))
#: People of a newsroom, named by their outlet when unnamed ("a reporter from the Examiner").
NEWSROOM_NOUNS = frozenset("reporter correspondent journalist producer presenter".split())
#: Roles held for a constituency, written "the member for X", "the TD for X".
CONSTITUENCY_ROLES = frozenset("member mp td msp mla ms mpp mep senator representative councillor councilor".split())
#: Given names that nearly always name a man or a woman (data/given_names.tsv): name -> "m" / "f"; and
#: those of them that are common family names too, which tell nothing standing alone ("Thomas said").
GIVEN_NAME_GENDER = {row[0]: row[1] for row in data.rows("given_names.tsv")}
FAMILY_NAMES_TOO = frozenset(row[0] for row in data.rows("given_names.tsv") if row[2:] == ["surname"])
#: Family names that open a name written family name first ("Khoo" of "Khoo Teng Hock"; data/family_first_names.tsv).
FAMILY_FIRST_NAMES = frozenset(row[0] for row in data.rows("family_first_names.tsv"))
#: Lower-case words inside a family name ("de" of "Jeroen de Vries"; data/name_particles.tsv).
NAME_PARTICLES = frozenset(row[0] for row in data.rows("name_particles.tsv"))
#: Second parts of South Asian given names ("Devi" of "Padma Devi Bhattarai"; data/second_given_names.tsv).
SECOND_GIVEN_NAMES = frozenset(row[0] for row in data.rows("second_given_names.tsv"))
#: The gender a second given name tells of a name of three words or more ("Bhagwati Kumari Chaudhary": "f").
SECOND_GIVEN_GENDER = {row[0]: row[1] for row in data.rows("second_given_names.tsv") if row[1:2] in (["m"], ["f"])}
#: Honorifics of several countries written before a name (data/honorifics.tsv), longest first: honorific ->
#: the gender it tells ("m", "f" or "").
HONORIFICS = dict(sorted(((row[0].lower(), row[1].strip("-")) for row in data.rows("honorifics.tsv")
                          if row[2:] != ["after"]), key=lambda h: -len(h[0])))
#: Honorifics written after a given name ("Şükrü Bey", "Ayten Hanım"): no word of the name -> the gender they tell.
AFTER_HONORIFICS = {row[0].lower(): row[1].strip("-") for row in data.rows("honorifics.tsv") if row[2:] == ["after"]}
#: Honorifics that are also given names ("Nana"): dropped only before two words of name.
NAME_HONORIFICS = frozenset(row[0] for row in data.rows("honorifics.tsv") if row[2:] == ["name"])
#: Abbreviated ranks ("SP", "PMaj"): lower case -> the only way they are written; no title word elsewhere.
RANKS = {row[0].lower(): row[0] for row in data.rows("honorifics.tsv") if row[2:] == ["rank"]}
#: Chiefly titles held for a place, written with the place after them ("Tui Falealupo"): the title is both words.
SEAT_HONORIFICS = frozenset(row[0] for row in data.rows("honorifics.tsv") if row[2:] == ["seat"])
#: One-word honorifics that begin no longer one ("Alhaji", not "Datuk" of "Datuk Seri"): never a word of a name.
_LONE_HONORIFICS = {h for h in HONORIFICS if " " not in h and not any(o.startswith(h + " ") for o in HONORIFICS)
                    and h not in NAME_HONORIFICS and h not in RANKS and h not in SEAT_HONORIFICS}
#: Abbreviations written in or before a name (data/title_abbreviations.tsv): abbreviation -> "title"
#: (no part of the name: "Coun."), "name" (an abbreviated given name: "Ma.") or "filial" ("s/o", "son of").
ABBREVIATIONS = {row[0]: row[1] for row in data.rows("title_abbreviations.tsv")}
_TITLE_ABBREVIATIONS = {a.lower() for a, kind in ABBREVIATIONS.items() if kind == "title"}
#: Abbreviated given names, a word of the name ("Ma." of "Ma. Lourdes Reyes").
NAME_ABBREVIATIONS = frozenset(a for a, kind in ABBREVIATIONS.items() if kind == "name")
#: "Son of", "daughter of" abbreviated between a given name and the father's ("Suresh s/o Govindasamy").
FILIAL_ABBREVIATIONS = frozenset(a for a, kind in ABBREVIATIONS.items() if kind == "filial")
TITLES |= _LONE_HONORIFICS | _TITLE_ABBREVIATIONS | set(AFTER_HONORIFICS)

#: Honorifics that tell a person's gender.
MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "father"} \
    | {h for h, g in (HONORIFICS | AFTER_HONORIFICS).items() if g == "m" and " " not in h}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "madam"} \
    | {h for h, g in (HONORIFICS | AFTER_HONORIFICS).items() if g == "f" and " " not in h}

#: Titles that only people carry.
PERSON_TITLES = {"dr", "dr.", "prof", "prof.", "professor", "judge", "justice", "rev", "rev.", "sen", "sen.",
                 "senator", "rep", "rep.", "gov", "gov.", "gen.", "general", "president", "minister",
                 "secretary", "mayor", "governor", "spokesman", "spokeswoman", "spokesperson", "ambassador",
                 "chairman", "chairwoman", "councillor", "councilor", "councilwoman", "councilman", "cllr", "clr",
                 "alderman", "garda", "constable", "inspector", "superintendent", "recorder", "sheriff", "undersheriff",
                 "coroner", "magistrate"} | _LONE_HONORIFICS | _TITLE_ABBREVIATIONS

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
HE_SHE = MALE_PRONOUNS | FEMALE_PRONOUNS
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "we", "me", "us"}
#: First-person objects of telling: the one who reports the telling ("“…,” he told me, X said").
FIRST_PERSON_OBJECTS = frozenset(("me", "us"))
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON | {"you", "who"}


def pronoun_gender(low: str) -> str | None:
    """The gender or number a pronoun asks of whom it stands for: "m", "f", "plural" (they: people or a body)."""
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else "plural" if low in PLURAL_PRONOUNS \
        else None


#: Reporting verbs whose passive subject is whom the words are about or addressed to, never their
#: speaker ("The minister was accused of ‘walking away’", "Residents were told: ‘…’").
TARGET_VERBS = set("""
tell inform ask urge warn advise accuse criticize criticise praise hail blast slam attack mock ridicule chide
scold rebuke lambast lambaste thank call describe label brand dub deride portray characterize characterise
order instruct command direct question lecture beg implore remind
""".split())

#: Words before a quotation that make it a name, label or scare quote.
SCARE_CUES = {"so-called", "dubbed", "nicknamed", "named", "titled", "entitled",
              "term", "word", "phrase", "slogan", "motto", "hashtag", "label", "banner", "title", "headline"}

#: Transcript labels for someone whose part the transcript names by it alone ("OPERATOR:", "MODERATOR:").
UNNAMED_LABELS = frozenset(("operator", "moderator", "announcer", "narrator", "interviewer", "presenter", "host",
                            "reporter", "correspondent", "anchor", "caller"))

#: Common nouns that name people who can be quoted ("officials said", "the senator told").
PERSON_NOUNS = set("""
official officials aide aides source sources spokesman spokeswoman spokesperson spokesmen people person man
woman men women critic critics supporter supporters analyst analysts expert experts voter voters lawmaker
lawmakers legislator legislators resident residents protester protesters protestors leader leaders editor
editors author authors reporter reporters candidate candidates nominee senator senators congressman
congresswoman representative governor mayor president minister secretary chairman chairwoman director
executive executives adviser advisers advisor advisors strategist strategists consultant consultants
pollster pollsters economist economists scholar scholars professor professors researcher researchers
officer officers agent agents attorney attorneys lawyer lawyers judge judges prosecutor prosecutors
witness witnesses victim victims member members delegate delegates activist activists organizer organizers
advocate advocates opponent opponents ally allies friend friends doctor doctors nurse nurses teacher
teachers student students worker workers employee employees owner owners founder founders father mother
son daughter wife husband brother sister parent parents family families campaign host anchor moderator
correspondent columnist commentator historian observer observers insider insiders diplomat diplomats
ambassador envoy general commander soldier soldiers veteran veterans chief chiefs head manager managers
operative operatives donor donors fan fans backer backers partner partners colleague colleagues
neighbor neighbors neighbour neighbours aide official's user users writer writers one another
accused defendant claimant plaintiff appellant complainant
others some many most several few both all everyone someone somebody nobody
""".split())

#: Words that label a live blog's post, a page's media item or a headline's section ("Video: ‘…’", "Readers' pictures:
#: ‘…’", "TRANSCRIPT: …", "Letters: …"): what is shown, never who speaks.
MEDIA_LABELS = set("""
video videos watch listen audio photo photos picture pictures gallery live latest update updates analysis
explainer timeline recap breaking summary transcript letters opinion editorial exclusive factbox podcast caption
correction clarification
""".split())
#: Words naming the section a headline stands in, before its colon ("OBITUARY: Carmel Power, 91, ‘…’"): no speaker.
SECTION_LABELS = frozenset("obituary obituaries tribute tributes feature profile interview review comment".split())

#: Nouns naming works whose titles stand in quotation marks ("the book “…”").
WORK_NOUNS = set("""
book books show shows program programme film movie documentary series song album novel memoir play
column op-ed editorial article headline podcast magazine newspaper episode segment report essay poem
speech bill act initiative plan campaign slogan motto hashtag anthem hymn musical opera broadcast
forum conference summit tour
""".split())

# Lists the store uses to match speakers across articles.

#: Titles dropped from the front of a personal name when names are matched: "General Nakatani" -> "Nakatani".
NAME_TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt col colonel maj major capt captain "
    "adm admiral sgt cmdr commander president vice prime minister secretary senator sen rep representative "
    "gov governor mayor judge justice chancellor treasurer premier king queen prince princess pope rev father sister "
    "ambassador chairman chairwoman chief deputy councillor councilor councilwoman councilman cllr clr alderman "
    "garda constable inspector superintendent recorder sheriff coroner magistrate".split()) \
    | {h.rstrip(".") for h in _LONE_HONORIFICS | _TITLE_ABBREVIATIONS}

#: Heads of a government office named by its topic either way round ("the defence ministry", "Ministry of
#: Defense"; "the Justice Department", "Department of Justice"): the only names put in a canonical order.
OFFICE_HEADS = frozenset(("ministry", "department"))
#: A topic is one or two words ("Justice", "Homeland Security"), and never a local service: "the Pine Ridge
#: Volunteer Fire Department" and "the Boston Police Department" keep their order.
OFFICE_TOPIC_WORDS = 2
LOCAL_SERVICES = frozenset("police fire rescue ambulance sheriff sheriff's volunteer".split())
#: Nouns by which a story refers back to the organisation it is about ("the company said").
GENERIC_BODY_NOUNS = frozenset("""company firm airline carrier operator retailer supermarket chain bank insurer lender
manufacturer carmaker developer builder club charity provider utility maker producer supplier processor wholesaler
distributor exporter importer""".split())
#: Those of them that name a business, never a person: "operator Ridings Travel" is a business's name, and "the
#: airline said" of no airline named is a body (not "developer", "producer" or "builder", which people are too:
#: "Florida developer Mel Sembler").
BUSINESS_NOUNS = frozenset("""company firm airline carrier operator retailer supermarket chain bank insurer lender
manufacturer carmaker maker utility charity broker brokerage""".split())
#: Initials written before a body's name that only say its kind ("environmental NGO Green Islands"): no word of it.
KIND_INITIALS = frozenset(("NGO", "INGO", "CSO"))
#: Lower-case nouns after a body's own name that only say its kind ("the GMB union"; data/body_kind_nouns.tsv).
BODY_KIND_NOUNS = frozenset(row[0] for row in data.rows("body_kind_nouns.tsv"))
#: Nouns for words someone said, whose owner said a quotation hanging from them ("his call for “…”"; data/speech_nouns.tsv).
SPEECH_NOUNS = frozenset(row[0] for row in data.rows("speech_nouns.tsv"))
#: Nouns for those who run a body, after its noun and "'s" ("the food pantry's board"; data/governing_nouns.tsv).
GOVERNING_NOUNS = frozenset(row[0] for row in data.rows("governing_nouns.tsv"))
#: Words that make a body's name (before any "of" or "for") no business's: "the company" never means them.
NON_BUSINESS_HEADS = frozenset("""administration agency army assembly association authority board bureau cabinet campaign
caucus cathedral chapel church club coalition college commission committee congress constabulary council court
department diocese directorate embassy exchange mosque parish synagogue temple
federation foundation government guild hospital house institute kremlin league legislature ministry navy office
parliament party pentagon police school senate service society tribunal union university
""".split())
#: Words that end a registered company's name ("Vardhan Wires Ltd"; data/company_suffixes.tsv).
COMPANY_SUFFIXES = frozenset(row[0] for row in data.rows("company_suffixes.tsv"))
#: Verbs whose "to" names the one spoken to, not a place gone to ("speaking to the Echo").
SPEAKING_TO = frozenset("""speak speaks spoke speaking spoken talk talks talked talking say says said saying tell tells
    told telling write writes wrote writing written reply replies replied replying respond responds responded
    responding explain explains explained explaining chat chats chatted chatting listen listens listened listening
    complain complains complained complaining admit admits admitted admitting""".split())
#: Words whose "to" names someone given or paid something, not a place gone to ("Tributes have been paid to Gareth
#: Pryce", "a letter to Ms Ansah").
GIVING_TO = frozenset("""tribute tributes pay pays paid paying give gives gave given giving award awards awarded
    dedicate dedicates dedicated letter letters message messages married engaged born""".split())
#: Words before the name of the one who asks the questions of an interview ("She spoke to the Sentinel's
#: Owen Petrie", "Under questioning from counsel, Fionnuala Breen SC,").
INTERVIEW_CUES = frozenset("""spoke speaks speaking talked talks talking questioning questioned interviewed interviewing
cross-examination cross-examined asked""".split())
#: Words of a monk's title written after the name, and part of it ("Nayaka Thera"; data/monastic_titles.tsv).
MONASTIC_TITLES = frozenset(row[0] for row in data.rows("monastic_titles.tsv"))
#: Letters written after a name that are no part of it (senior counsel, members, honours; data/postnominals.tsv).
POSTNOMINALS = frozenset(row[0] for row in data.rows("postnominals.tsv"))
#: Nouns a story may call someone by instead of their role or title ("the legislator" for an MP, "the
#: general" for "Gen. X"): noun -> the roles and titles it stands for (data/role_synonyms.tsv).
ROLE_SYNONYMS = {row[0]: tuple(row[1].split()) for row in data.rows("role_synonyms.tsv")}
#: Every word of those roles: written before a name ("Independent TD Mattie Furlong"), it describes the person.
ROLE_WORDS = frozenset(word for noun, roles in ROLE_SYNONYMS.items() for word in (noun, *roles))
#: Nouns for a relative -> the gender they tell, "m", "f" or None ("His wife, June,", "his wife, Patricia
#: Hughes"; data/kinship.tsv).
KINSHIP = {row[0]: row[1] if row[1] in ("m", "f") else None for row in data.rows("kinship.tsv")}
#: What a story calls the one a court tries ("Tara Quilty, 31, pleaded guilty …": "the defendant", "the accused").
DEFENDANT_NOUNS = ("defendant", "accused")


def relatives_word(low: str) -> bool:
    """Whether a word in lower case is a noun for one relative or several ("son", "brothers")."""
    return low in KINSHIP or low[-1:] == "s" and low[:-1] in KINSHIP

#: Words that describe someone without naming them ("retired", "former"; data/describing_words.tsv): no part
#: of an unnamed person's noun ("a retired quarry foreman" is a "quarry foreman").
DESCRIBING_WORDS = frozenset(row[0] for row in data.rows("describing_words.tsv"))
#: Nouns for a business's premises: a name after "in" or "at" one is a place ("the branch in Ashwell";
#: data/premises_nouns.tsv).
PREMISES_NOUNS = frozenset(row[0] for row in data.rows("premises_nouns.tsv"))
#: Words before a name that make it a place's or building's ("Mount", "St", "Lough"; data/place_words.tsv).
PLACE_WORDS = frozenset(row[0] for row in data.rows("place_words.tsv"))
#: Other nouns for a person -> the gender they tell ("woman", "landlady"; data/gendered_nouns.tsv).
NOUN_GENDERS = {row[0]: row[1] for row in data.rows("gendered_nouns.tsv")}
#: Nouns for a relative -> what the relative is to the possessor: partner, parent, child, sibling, grandparent
#: or grandchild ("her husband" is her partner; data/kinship.tsv).
KIN_RELATIONS = {row[0]: row[2] for row in data.rows("kinship.tsv") if row[2] != "-"}
#: Nouns for a person by a trait, not a role ("the left-hander", "the youngster"; data/trait_nominals.tsv).
TRAIT_NOMINALS = frozenset(row[0] for row in data.rows("trait_nominals.tsv"))
#: Ranks that lead a team or people beside the holder's own calling ("captain", "chief"; data/rank_roles.tsv).
RANK_ROLES = frozenset(row[0] for row in data.rows("rank_roles.tsv"))
#: Standings in a race or a cause beside the holder's own calling ("candidate", "donor"; data/standing_roles.tsv).
STANDING_ROLES = frozenset(row[0] for row in data.rows("standing_roles.tsv"))
#: Adjectives that are part of an unnamed person's role ("chief executive", "federal official"; data/role_adjectives.tsv).
ROLE_ADJECTIVES = frozenset(row[0] for row in data.rows("role_adjectives.tsv"))
#: Those of them that make a grade below the office after them ("deputy", "vice", "assistant").
UNDER_GRADES = frozenset(row[0] for row in data.rows("role_adjectives.tsv") if row[1:2] == ["under"])
#: Words that end a portfolio's topic ("Foreign Affairs", "Trade and Industry"; data/office_topics.tsv).
OFFICE_TOPICS = frozenset(row[0] for row in data.rows("office_topics.tsv"))
#: Roles that head a body ("the DOH chief" for "Health Secretary X"; data/head_roles.tsv).
HEAD_ROLES = frozenset(row[0] for row in data.rows("head_roles.tsv"))
#: Nouns for an unnamed informant that a story uses for one another ("a source …", "the insider"; data/informant_nouns.tsv).
INFORMANT_NOUNS = frozenset(row[0] for row in data.rows("informant_nouns.tsv"))
#: Nouns for a person of a nation that are not its adjective -> the nationality ("Spaniard" -> "Spanish";
#: data/demonyms.tsv).
DEMONYMS = {row[0]: row[1] for row in data.rows("demonyms.tsv")}
#: Nouns for places, sides, media and things that a story has "say" something, which are no one described ("the
#: district said", "the sign read"; data/speaking_things.tsv).
SPEAKING_THINGS = frozenset(row[0] for row in data.rows("speaking_things.tsv"))
#: Words of questions put to someone, by kind (data/question_words.tsv): verbs of asking ("asked her"), of putting
#: a question "to" someone, of replying ("she replied"), and words opening a reported question ("asked … whether").
_QUESTION_WORDS = data.rows("question_words.tsv")
ASKING_VERBS = frozenset(word for word, kind in _QUESTION_WORDS if kind == "asking")
PUTTING_VERBS = frozenset(word for word, kind in _QUESTION_WORDS if kind == "putting")
REPLYING_VERBS = frozenset(word for word, kind in _QUESTION_WORDS if kind == "replying")
QUESTION_OPENERS = frozenset(word for word, kind in _QUESTION_WORDS if kind == "opening")
#: Words for a party or its members before a member's name -> the other words its members are called by ("tory" ->
#: {"conservative"}; data/party_words.tsv): no word of the name.
PARTY_WORDS = {row[0]: frozenset(row[1:]) for row in data.rows("party_words.tsv")}
#: National bodies' short forms their papers write without spelling out, and the full names ("Garda"; data/body_short_forms.tsv).
BODY_SHORT_FORMS = {row[0]: row[1] for row in data.rows("body_short_forms.tsv")}
#: Words written before a birth name ("née Voss", "Mrs Carmody, born Voss,"; data/birth_words.tsv).
BIRTH_WORDS = frozenset(row[0] for row in data.rows("birth_words.tsv"))
#: Words before a body's kind that make it a lesser body of that kind ("Inverbrae Community Council"): a story's
#: "the council" or "a council spokeswoman" means another council, unless it says the word.
SUB_BODY_KINDS = frozenset(("community", "parish", "student", "students", "youth"))
#: Nouns by which a story calls a team it names ("the team said in a statement": the Omaha Stormriders).
TEAM_NOUNS = frozenset(("team", "franchise"))
#: Nouns for a campaigning group, written before its name ("the group Tide Rising", "campaign group Clean Air Now").
GROUP_NOUNS = frozenset(("group", "campaign", "movement", "collective", "coalition"))
#: Nouns for the people running a protest or an event: "Organisers said …" speaks for the group just named.
ORGANISER_NOUNS = frozenset(("organisers", "organizers"))
#: Endings of nouns for someone who does something ("radioman", "front-runner", "investor", "debutant").
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "eer", "ee")
#: The nouns of an unnamed spokesperson ("a spokesperson for the hospital").
SPOKESPERSON_NOUNS = frozenset(("spokesperson", "spokesman", "spokeswoman", "spokespeople"))
#: Offices a headline writes by their initials, lower case -> the office's words ("pm" -> "prime minister").
OFFICE_INITIALS = {row[0]: row[1] for row in data.rows("office_initials.tsv")}
#: Nouns of one who speaks for a person ("A representative for the singer").
REPRESENTATIVE_NOUNS = frozenset(("representative", "rep", "publicist"))
#: Head nouns of organisation names that may be written in lower case ("the Clinton campaign").
BODY_HEADS = frozenset("administration agency army assembly board bureau cabinet campaign commission committee "
                       "company council court department embassy foundation government group ministry navy office "
                       "parliament party police secretariat senate service team union".split())
#: Words that start a count of people, not a name ("two officials").
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands".split())
#: The articles, dropped from the front of a name or role ("the Halden Group", "a spokesperson").
ARTICLES = frozenset(("the", "a", "an"))

_IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child",
                      "spokespeople": "spokesperson", "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}


#: Nouns ending in "men" that are no plural of a "-man".
_SINGULAR_IN_MEN = frozenset(("abdomen", "acumen", "albumen", "bitumen", "cyclamen", "dolmen", "foramen", "hymen", "lumen",
                              "omen", "regimen", "rumen", "semen", "specimen", "stamen"))


def singular(noun: str) -> str:
    """The singular of a plural English noun phrase's last word ("sources" -> "source", "police officers" ->
    "police officer", "people" -> "person"); a word that is no plural stays as it is."""
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low in _IRREGULAR_PLURALS:
        last = _IRREGULAR_PLURALS[low]
    elif low.endswith("men") and low not in _SINGULAR_IN_MEN:
        last = last[:-3] + "man"  # "fishermen", "businesswomen"
    elif low.endswith("ies") and len(low) > 4:
        last = last[:-3] + "y"
    elif low.endswith(("sses", "ches", "shes", "xes")):
        last = last[:-2]
    elif low.endswith("s") and not low.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last


#: Nouns for a body or post named after its one owner ("campaign", "office"; data/owned_nouns.tsv).
OWNED_NOUNS = frozenset(w for (w, *_) in data.rows("owned_nouns.tsv"))


_OWNED = re.compile(r"^(?P<owner>[A-Z][^'’]*?)['’]s? (?P<thing>[a-z][a-z ]*)$")


def owner_unpossessed(name: str) -> str:
    """A body or post named after its owner in one form whichever way it is written: "Clinton's
    campaign", "Mrs. Clinton's campaign" -> "Clinton campaign", "Sanders' campaign manager" ->
    "Sanders campaign manager" (the nouns of data/owned_nouns.tsv; the owner without the titles, "the" and
    lower-case words before it, the particles of its name kept: "Mayor Bill de Blasio's office" -> "Bill de
    Blasio office")."""
    found = _OWNED.match(name)
    if not found or found["thing"].split()[-1] not in OWNED_NOUNS:
        return name
    owner = found["owner"].split()
    if owner[-1].lower().rstrip(".") in NAME_TITLES:  # a post, no person: "Prime Minister's office"
        return " ".join(owner + [found["thing"]])
    before = [i + 1 for i, w in enumerate(owner[:-1]) if w.lower().rstrip(".") in NAME_TITLES or w.lower() == "the"
              or w[:1].islower() and w not in NAME_PARTICLES]
    return " ".join(owner[max(before, default=0):] + [found["thing"]])


def unpossessed_campaign(name: str) -> str:
    """A campaign named after its candidate as US copy writes it, without the possessive ("Halvorsen's campaign" ->
    "Halvorsen campaign"); any other owner's body or office stays as written ("Premier's office")."""
    found = _OWNED.match(name)
    return owner_unpossessed(name) if found and found["thing"] == "campaign" else name
