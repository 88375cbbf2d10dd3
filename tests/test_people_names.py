"""People named as the article names them: descriptions before the name, ages, titles that tell who
"she" is, surname-first names, interview transcripts. Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a full name below a headline that gave the surname alone is the name",
     "Rugby league: Te Whata the hero as Wolves snatch grand final at the death\n\nBy Hemi Rowe\n\n"
     "Tama Te Whata kicked a field goal with 30 seconds left as the Wolves beat the Sharks 13-12 on Saturday.\n\n"
     "\u201cI just told myself to hit it,\u201d Te Whata said.",
     "I just told", "Tama Te Whata"),
    ("a name with the letters after it that the tagger took for a body is a person's: the member for the seat",
     "Opening the debate, the shadow skills minister, Helena Farrow MP, who represents Hexford East, said starts "
     "were down.\n\nThe member for Hexford East accused the Government of \u201cmarking its own homework\u201d on "
     "apprenticeships.",
     "marking its own", "Helena Farrow"),
    ("an office alone in the lede is the person the next paragraph names",
     "The Chief Minister has promised to reopen the hospital wing, saying patients \u201ccannot wait another "
     "winter\u201d for beds.\n\nRavi Menon said on Monday that the work would start next month.",
     "cannot wait", "Ravi Menon"),
    ("counsel is the one whose name has a senior counsel's letters after it",
     "Under cross-examination by Brendan Tully SC, defending, the garda agreed the accused had been cooperative.\n\n"
     "\u201cMy client regrets every second of that night,\u201d counsel said.",
     "My client", "Brendan Tully"),
    ("a given name and surname the tagger took for a place are a person's, whose surname speaks",
     "The prime minister was on the defensive as she faced Magnus Kernick at a noisy session.\n"
     "\u201cWaiting lists have gone up in every region,\u201d Kernick told the Commons.",
     "Waiting lists", "Magnus Kernick"),
    ("a description in the lede is the person named next",
     "A 61-year-old fisherman who lost his boat in the storm has called the insurance rules \u201ca scandal\u201d.\n"
     "Padraig Costello, from Dingle, said he had paid his premium for thirty years.",
     "a scandal", "Padraig Costello"),
    ("an age the parser hangs on the verb",
     "Thabo Nkosi signed a new deal with Durban Harbour on Friday.\n"
     "\u201cThis club is my home and I never wanted to go anywhere else,\u201d the 26-year-old said.",
     "This club", "Thabo Nkosi"),
    ("an age given in the same sentence is the person last named there",
     "Coach Lena Fischer praised midfielder Tom Ahern after the 19-year-old scored his first goal.\n"
     "\u201cI had waited two years for that,\u201d the 19-year-old said.",
     "I had waited", "Tom Ahern"),
    ("an honorific with the first word of a surname-first name",
     "Mr Goh Keng Swee and Madam Goh Ai Ling have run the stall since 1980.\n"
     "\u201cThe rent has doubled, but we will stay,\u201d Mr Goh said.",
     "The rent", "Goh Keng Swee"),
    ("the pronoun goes to the main clause's subject, not to the one in the clause it reports",
     "His lawyer, Samuel Reid, asked for leniency, saying Mr Okoro had repaid most of the money. "
     "\u201cMy client is deeply ashamed,\u201d he said.",
     "My client", "Samuel Reid"),
    ("a team after \u201cthe\u201d is no \u201cshe\u201d",
     "The Marlins confirmed the deal on Friday.\nBoyd's manager, Kate Lyons, said the Marlins had matched offers "
     "from elsewhere. \u201cHe took less money to stay,\u201d she told the Coastal Times.",
     "He took", "Kate Lyons"),
    ("a place phrase before the speaker is no speaker",
     "The inquiry sat for a third day.\nOutside Dublin Castle, Eamon Keane, chairman of the Riverside Residents\u2019 "
     "Association, said the evidence had been \u201chard to listen to\u201d.",
     "hard", "Eamon Keane"),
    ("a role written before the name, split off it by the parser",
     "The film won the main prize on Saturday.\nJury chair Margot Delacroix described it as "
     "\"fierce, funny and unsentimental\".",
     "fierce", "Margot Delacroix"),
    ("a headline's \u201cboss\u201d is the manager the story names",
     "United boss praises \u2018fearless\u2019 keeper\nTarnside United manager Gareth Lowry praised his keeper.",
     "fearless", "Gareth Lowry"),
    ("what she does, written capitalised before her name, is no part of it",
     "Farmer Gwen Pryce said the water reached the house in an hour. \u201cWe lost everything,\u201d she said.",
     "We lost", "Gwen Pryce"),
    ("a sport written capitalised before her name is no part of it, and the noun later is her",
     "Rider Kalani Brooks won the road race a year after breaking her wrist. \u201cI kept counting the strokes,\u201d "
     "the rider said.",
     "I kept", "Kalani Brooks"),
    ("where someone was when the news found them, written capitalised before the name, is no part of it",
     "Hundreds watched from the sand. \u201cIt came right up to the rocks,\u201d Beachgoer Lisa Tuck told the Gazette.",
     "It came", "Lisa Tuck"),
    ("a magistrate's title with the surname later is the magistrate named in full",
     "Magistrate Fatmata Kamara adjourned the case. \u201cThe accused will stay in custody,\u201d Magistrate Kamara said.",
     "The accused", "Fatmata Kamara"),
    ("wealth written capitalised before a name is no part of it",
     "Billionaire Rafe Lindqvist said the deal was done. \u201cWe signed it this morning,\u201d he said.",
     "We signed", "Rafe Lindqvist"),
    ("a title-case headline's verb and its object are no part of the name before them",
     "Ruth Okonjo Blasts Harbour Board: \u2018They Left Us Waiting\u2019\n\nThe fisheries campaigner complained on "
     "Sunday that the board had ignored three letters.",
     "They Left", "Ruth Okonjo"),
    ("a surname typed with a doubled letter written once is the person named in full before",
     "Two shop owners, Marisa Pettigrew and Owen Lusk, spoke at the meeting.\n\nPetigrew said parking had halved "
     "her trade. \u201cWe lose the lunchtime trade first,\u201d she said.",
     "We lose", "Marisa Pettigrew"),
    ("'he' after a man's sentence is his, not an earlier speaker's of no known gender",
     "Treasurer Mark Ellery delivered his third budget on Tuesday. Opposition Leader Dana Kruger called it a con job. "
     "Mr Ellery hit back. \u201cShe has not read it,\u201d he told 2GB.",
     "She has not", "Mark Ellery"),
    ("a college year ('the freshman') is the player the paragraph is about, her position no part of her name",
     "\u201cWe were robbed,\u201d said Hartley coach Bo Whitaker after the 24-21 loss.\n\nKicker Ana Ruiz, who scored "
     "twice, agreed. \u201cThe refs decided it,\u201d the freshman said.",
     "The refs", "Ana Ruiz"),
    ("an occupation that is the surname stays in the name",
     "\u201cThe sirens never sounded,\u201d said Councillor Paul Farmer.",
     "The sirens", "Paul Farmer"),
    ("a name in apposition through a noun",
     "The bus left without them.\n\u201cWe were told nothing,\u201d said Mr Ryan's sister, nurse Aisling Ryan.",
     "We were told", "Aisling Ryan"),
    ("a past verb of saying opening the line before the name is no part of it",
     "The harbour master, Dana Okafor, spoke to the inquiry on Tuesday.\n\nStated Okafor:\n\n"
     "\u201cThe warning lights had been out for a week before the collision.\u201d\n\n"
     "Added Okafor: \u201cNobody on the quay was told.\u201d",
     "The warning lights", "Dana Okafor"),
]


@pytest.mark.parametrize("text,said,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_person_the_article_means(speakers, text, said, name):
    assert speakers(text, saying=said, kinds=True)[:1] == [(name, "person")]


def test_a_quoted_transcript_with_q_and_a_labels(nlp):
    from quotes.extract import extract_quotes

    text = ("A former hospital manager has told the inquiry he raised the alarm in 2018.\n"
            "Brendan Walsh was questioned by counsel for the inquiry, Orla Kenny SC. The exchange ran:\n"
            "\u201cQ: Who did you tell?\n"
            "\u201cA: The chief executive, in writing.\n"
            "\u201cQ: Did she reply?\n"
            "\u201cA: Not once.\u201d\n")
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.text for q in quotes] == ["Who did you tell?", "The chief executive, in writing.", "Did she reply?", "Not once."]
    assert [q.speaker_name for q in quotes] == ["Orla Kenny", "Brendan Walsh", "Orla Kenny", "Brendan Walsh"]


def test_speaker_labels_before_the_opening_marks(nlp):
    from quotes.extract import extract_quotes

    text = ("Presenter Anna Kerr spoke to union leader Tevita Taufa on Tuesday.\n\n"
            "KERR: \u201cHow long will the strike last?\u201d\n\n"
            "TAUFA: \u201cAs long as it takes. We asked for safe staffing three years ago.\u201d\n\n"
            "WATCH: \u201cThe strike explained in two minutes by our health desk\u201d\n")
    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.speaker_name, q.method) for q in quotes[:2]] == [("Anna Kerr", "transcript label")] + \
        [("Tevita Taufa", "transcript label")]
    assert all(q.speaker_name != "Watch" for q in quotes)


def test_q_and_a_labels_before_the_marks_and_an_asker_who_asked_him(speakers):
    text = ("Bhaskar Deka has built boats in Majuli for forty years. Our correspondent Ritu Saikia asked him about the floods.\n\n"
            "Q: \u201cHow have the floods changed your work?\u201d\n\n"
            "A: \u201cEvery year the water comes earlier, and people order boats in February.\u201d\n")
    assert speakers(text) == ["Ritu Saikia", "Bhaskar Deka"]


@pytest.mark.parametrize("lead_in, asker, answerer", [
    ("Councillor Ruth Obi spoke to the Ledger about the bin strike.", "Ledger reporter", "Ruth Obi"),
    ("The Ledger's Simon Achterberg put questions to Councillor Ruth Obi.", "Simon Achterberg", "Ruth Obi"),
    ("Presenter Lea Morandi spoke to the councillor, Ruth Obi, on Sunday.", "Lea Morandi", "Ruth Obi"),
    ("Councillor Ruth Obi spoke to presenter Lea Morandi on Sunday.", "Lea Morandi", "Ruth Obi"),
])
def test_who_asks_in_an_interview_is_the_journalist_or_the_paper(speakers, lead_in, asker, answerer):
    text = (f"{lead_in}\n\nQ: \u201cWhen will the bins be collected?\u201d\n\n"
            "A: \u201cFrom Monday, street by street.\u201d\n")
    assert speakers(text) == [asker, answerer]


def test_counsel_with_letters_after_the_name_asks_as_herself_not_as_a_papers_reporter(speakers):
    text = ("Declan Horan was giving evidence for a second day. Under questioning from counsel for the inquiry, "
            "Aoife Brennan SC, he said he had passed on the results.\n\n"
            "Q: \u201cDid you tell the minister?\u201d\n\nA: \u201cI told his adviser.\u201d\n")
    assert speakers(text) == ["Aoife Brennan", "Declan Horan"]


def test_a_club_that_hosts_a_match_puts_no_questions(speakers):
    text = ("Harbury manager Neil Ostrowski has called the schedule madness. Harbury host Kelton on Saturday.\n\n"
            "Ostrowski was asked whether Kelton were the best side in the league.\n\n"
            "Q: \u201cAre they the best you will face?\u201d\n\nA: \u201cThey are up there.\u201d\n")
    assert speakers(text) == ["reporter", "Neil Ostrowski"]


def test_a_label_that_is_only_a_role_is_the_one_the_article_names_in_it(speakers):
    text = ("The assembly sat late under Speaker Hon. Ruth Chimwaza. The exchange is from the official record.\n\n"
            "CHIMWAZA: \u201cThe member will withdraw that remark.\u201d\n\n"
            "SPEAKER: \u201cOrder! I will not ask again.\u201d\n")
    assert speakers(text) == ["Ruth Chimwaza", "Ruth Chimwaza"]


def test_q_turns_with_no_asker_named_are_a_reporters(speakers):
    text = ("Police Commissioner Nomvula Dlamini took questions after the briefing.\n\n"
            "Q: \u201cWill there be arrests this week?\u201d\n\nA: \u201cWe expect arrests, yes.\u201d\n\n"
            "Q: \u201cHow many officers are on the case?\u201d\n\nA: \u201cAbout forty.\u201d\n")
    assert speakers(text) == ["reporter", "Nomvula Dlamini", "reporter", "Nomvula Dlamini"]


def test_a_headline_quotes_no_place_named_after_its_colon(nlp):
    from quotes.extract import extract_quotes

    text = ("\u2018The river is our road\u2019: a boatbuilder on the Brahmaputra\n"
            "Bhaskar Deka has built wooden boats in Majuli for forty years.\n"
            "\u201cThe river is our road, and the road moves every monsoon,\u201d he said.\n")
    names = {q.text: q.speaker_name for q in extract_quotes(text, nlp=nlp)}
    assert names.get("The river is our road") in (None, "Bhaskar Deka")
    assert "Brahmaputra" not in names.values()


def test_a_role_asked_a_question_is_the_one_who_then_replies(speakers):
    text = ("Students protest at Wexbridge\n\n"
            "Vice-chancellor Helen Aspinall announced the closure of three departments on Monday.\n\n"
            "Ellie Brandon, a first-year student from Swindon, said she was not convinced. "
            "\u201cThey said that at other places too,\u201d the 19-year-old said.\n\n"
            "In an interview with the Tribune, the vice-chancellor was asked whether she would take a pay cut. "
            "\u201cI have already declined this year\u2019s increase,\u201d she replied.\n")
    assert speakers(text) == ["Ellie Brandon", "Helen Aspinall"]


def test_the_one_who_asks_is_not_the_one_who_replies(speakers):
    text = ("Council leader Moira Quinn faced questions on the budget on Monday.\n\n"
            "A reporter asked Ms Quinn whether council tax would rise. "
            "\u201cWe have not decided yet,\u201d she replied.\n")
    assert speakers(text) == ["Moira Quinn"]


def test_a_surname_opening_a_sentence_is_the_person_even_when_tagged_a_noun(speakers):
    # the tagger reads "Chikowore" opening "Chikowore laughs at …" as a common noun
    text = ("Sorghum growers find a market\n\n"
            "Chipo Chikowore, 61, has grown sorghum in Gutu for twenty years.\n\n"
            "Her neighbour, Rudo Mhlanga, says it was Chikowore who taught her to save seed. "
            "\u201cShe tells you your mistakes to your face,\u201d she says.\n\n"
            "Chikowore laughs at the description. \u201cIf I spare you, the birds will not spare you,\u201d she says.\n")
    assert speakers(text) == ["Rudo Mhlanga", "Chipo Chikowore"]


def test_the_one_who_shrugs_when_asked_is_the_one_who_answers(speakers):
    text = ("Eastfield edge Carver Tech in overtime\n\n"
            "Carver Tech coach Ron Delgado said his side had stopped playing to win in the fourth quarter.\n\n"
            "Eastfield quarterback Dale Whitmore said he had told Delgado at midfield that Carver Tech were the best "
            "team they had played. Delgado shook his head when asked about that. \u201cHe\u2019s being kind,\u201d he "
            "said.\n")
    assert speakers(text) == ["Ron Delgado"]


def test_a_seat_is_never_the_member_who_sits_for_it(speakers):
    text = ("Housing bill passes second reading\n\n"
            "Dr Neville Brissett, who sits for St Catherine West, said families in his constituency had waited years.\n\n"
            "\u201cI have people living eight to a room,\u201d the member for St Catherine West said.\n")
    assert speakers(text) == ["Neville Brissett"]


def test_a_seat_in_brackets_after_a_senator_is_no_one_she_can_mean(speakers):
    text = ("Senate passes grazing bill\n\n"
            "Senator Amina Garba-Lawal (Kebbi North) backed the bill. \u201cThis is a bill for peace,\u201d she said.\n\n"
            "But Senator Ifeoma Chukwu (Enugu East) said her people would not accept it. "
            "\u201cI have the floor, and I will finish,\u201d she said.\n")
    assert speakers(text) == ["Amina Garba-Lawal", "Ifeoma Chukwu"]


def test_a_plural_noun_opening_its_sentence_is_named_in_small_letters(speakers):
    text = ("Sewage leak angers Millbrook\n\n"
            "A burst main has sent sewage into the Millbrook stream for a week.\n\n"
            "Residents said the smell was \u201cunbearable\u201d and that children had been sick.\n")
    assert speakers(text) == ["residents"]


@pytest.mark.parametrize("lead, later, name", [
    ("Officer-in-Charge (OC) of Savar Police Station Md Rafiqul Islam said nine workers had been taken to hospital.",
     "\u201cWe are still searching the third floor,\u201d the OC said.", "Md Rafiqul Islam"),
    ("MMC for finance Cllr Thandiwe Mahlangu said the municipality had paid every supplier.",
     "\u201cOur door is open,\u201d the MMC said.", "Thandiwe Mahlangu"),
])
def test_an_offices_initials_after_the_are_the_one_named_holding_it(speakers, lead, later, name):
    assert speakers(f"Strike enters second week\n\n{lead}\n\n{later}\n") == [name]


def test_a_bodys_initials_spelled_out_in_brackets_are_no_person(speakers):
    text = ("Broadcaster cuts jobs\n\n"
            "The Kenya Broadcasting Corporation (KBC) presenter Jane Wambui said staff were told on Friday.\n\n"
            "\u201cWe will restructure the newsroom,\u201d the KBC said.\n")
    assert speakers(text) != ["Jane Wambui"]
