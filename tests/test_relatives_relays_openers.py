"""A relative's family name, the living one of a shared surname, opening participles, relayed words, bodies called
by their kind, a spokesperson after a body's name, given names the tagger took for a people's, a body's officer, a
person who gives a name, a body's worker as a pronoun's antecedent, a verb joined to a reported one, and a one-word
headline quotation: each on sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("a relative takes the surname of the person whose relative he is, not a school's last word",
     "Joan Pettifer, who taught in Kelvedon for four decades, has died aged 88. She moved to the town in 1961 and "
     "became head of Marsh Lane Infants in 1975.\n"
     f"Her son, Martin, said his mother had been {L}the kindest and most stubborn woman I ever met{R}.\n",
     ["Martin Pettifer"]),
    ("'Mr X' of a widow's late husband and her son is the son",
     "Dorothy Fairbairn turned 100 on Sunday. Her husband, George Fairbairn, a mill owner, died in 2004.\n"
     "She lives with her son, Peter Fairbairn, in the house she was born in.\n"
     f"Her son agreed that the party had been too much. {L}She would have hated all this fuss,{R} Mr Fairbairn said.\n",
     ["Peter Fairbairn"]),
    ("a participle opening the sentence is no word of the name after it",
     "Sheriff Robert Kane said the teenager had been led astray.\n"
     f"Addressing Reid, the sheriff said: {L}This is your last chance.{R}\n",
     ["Robert Kane"]),
    ("words a fiscal relays belong to the one who said them",
     "Procurator fiscal depute Alison Baird said police stopped Callum Reid on the A9. She told the court that Reid, "
     f"when stopped, had said to police: {L}I had two pints. That is all.{R}\n",
     ["Callum Reid"]),
    ("'the group' is the Friends body just named",
     "Mill campaigners to honour founder\n\n"
     f"The Friends of Kelso Mill said it would name its reading room after its founder. {L}She gave this building a "
     f"new life,{R} the group said in a statement.\n",
     ["Friends of Kelso Mill"]),
    ("'the regulator' is the British regulator just named",
     f"Ofgem said it had opened an investigation into Northway Energy. {L}We will not hesitate to act,{R} the regulator said.\n",
     ["Ofgem"]),
    ("'the regulator' is the one-word regulator the tagger left untagged",
     "Water boss apologises to MPs\n\nThe chief executive of Severn Vale Water has apologised to MPs.\n"
     "In written evidence to the committee, Ofwat said it had opened an investigation into the company's billing. "
     f"{L}We will not hesitate to take enforcement action where it is needed,{R} the regulator said.\n",
     ["Ofwat"]),
    ("a spokesperson named after a body's name and acronym speaks, not the body",
     "But Peoples Progressive Alliance (PPA) spokesperson Mercy Tembo said in a statement yesterday that the "
     f"distribution figures were {L}exaggerated{R}.\n",
     ["Mercy Tembo"]),
    ("a given name the tagger took for a people's still begins the full name",
     "Hawks guard back\n\nJunior guard Terese Hollings, who missed the last three games with a sprained left ankle, "
     f"practiced in full on Tuesday.\n{L}I feel great, honestly,{R} Hollings said.\n",
     ["Terese Hollings"]),
    ("an officer of a body written with its acronym is named by the body",
     "The Zambia Wildlife Protection Agency (ZWPA) has sent a team to the area.\n"
     "A ZWPA officer, who asked not to be named, confirmed the raids but said the agency was "
     f"{L}stretched thin{R}.\n",
     ["Zambia Wildlife Protection Agency officer"]),
    ("a person described who identified herself by name is that name",
     "A villager, who only identified herself as Mrs Banda, said the water came at night. "
     f"{L}We woke up and there was nothing. Where do we go now?{R} she asked.\n",
     ["Banda"]),
    ("an unnamed worker of a body is the antecedent of the pronoun after",
     f"Mayor Graham Pike said the collapse had left towns stranded. {L}It was chaos,{R} Cr Pike said.\n"
     "The committee also heard from Linda Marsh, a travel agent. Ms Marsh said she had rebooked 300 passengers.\n"
     "A Skylink pilot, who gave evidence on the condition his name not be published, told the committee that "
     "crews were never warned.\n"
     f"{L}We found out we had lost our jobs from the radio,{R} he said.\n",
     ["Graham Pike", "Skylink pilot"]),
    ("a quotation in a verb joined to a reported verb is the reporting speaker's",
     "Opposition transport spokesman Karl Vella said the ministry had promised drivers a new road plan in 2023 and had "
     f"so far delivered {L}nothing but drawings{R}.\n",
     ["Karl Vella"]),
    ("a one-word headline quotation is the speaker of the one story quotation holding it",
     "Ferry boss questioned as Holyrood inquiry hears of \u2018bedlam\u2019 at island ports\n\n"
     "The chief executive of Western Isles Ferries faced questions from MSPs on Tuesday.\n"
     f"Councillor Morag Lamont told the committee the cancellations had caused misery. {L}It was bedlam. We had "
     f"patients missing hospital appointments,{R} Cllr Lamont said.\n",
     ["Morag Lamont", "Morag Lamont"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names


def test_relayed_words_name_who_relays_them(nlp):
    from quotes.extract import extract_quotes

    text = ("Fiscal depute Karen Milne said the car was found on its side. She told the court that Forbes, when "
            f"questioned, had said to police: {L}I only had two drams.{R}\n")
    (quote,) = extract_quotes(text, nlp=nlp)
    assert quote.speaker.text == "Forbes" and quote.reported_by == "Karen Milne"


def test_an_obituarys_subject_quoted_from_earlier_days_is_still_herself(speakers):
    """Only one who died before the story is passed over for a shared surname: not the obituary's own subject."""
    text = ("Former Mayor Rosalind Hartley dies aged 90\n\n"
            "Rosalind Hartley, who was mayor of Thornbury three times, has died aged 90. Her husband, Frank, died in 1999.\n"
            f"In a 2010 interview, Mrs Hartley said: {L}Thornbury gave me everything.{R}\n"
            f"Her daughter, Claire Hartley, said the family was proud of her. {L}Mum never stopped working for this "
            f"town,{R} Ms Hartley said.\n")
    assert speakers(text) == ["Rosalind Hartley", "Claire Hartley"]
