"""A delayed lede's subject is the person the next paragraph names: one who told something "…, the court has heard",
a former holder of a capitalised office ("A former Assistant Commissioner of Customs"), and a name beside the noun that
opens the next paragraph ("The accused, K.P. Nimal Jayasena (47),"); on articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_lede_subject_the_court_has_heard_tell(speakers):
    text = (f"{Q}I just lost it{E}: Orange man jailed over pub assault\n\nAn Orange man who knocked a stranger out "
            f"outside a Summer Street hotel told police he had {Q}just lost it{E}, Orange Local Court has heard.\n\n"
            "Jayden Paul Merritt, 26, of Glenroi, was sentenced on Monday to 12 months\u2019 jail.\n")
    assert speakers(text) == ["Jayden Paul Merritt", "Jayden Paul Merritt"]


def test_a_former_office_holder_named_beside_the_accused(speakers):
    text = ("Bribe was a gift, accused says\n\nBy a Staff Correspondent\n\nA former Assistant Commissioner of Customs "
            "charged with soliciting a bribe from a tea exporter yesterday told the Kandy High Court that the money was "
            f"{Q}only a loan from a friend{E}.\n\nThe accused, K.P. Nimal Jayasena (47) of Peradeniya, is being tried "
            "under the Bribery Act.\n")
    assert speakers(text) == ["K.P. Nimal Jayasena"]


def test_the_accused_is_the_name_set_beside_the_word(speakers):
    text = ("Bribery trial\n\nThe accused, K.P. Nimal Jayasena (47) of Peradeniya, is being tried under the Bribery Act.\n\n"
            f"{Q}Why did you tell this court he came to your house?{E} the State Counsel asked.\n\n"
            f"{Q}I made a mistake,{E} the accused replied.\n")
    assert speakers(text, saying="mistake") == ["K.P. Nimal Jayasena"]


def test_each_item_of_a_court_round_up_has_its_own_delayed_lede(speakers):
    text = ("Court round-up\n\nThese cases were heard at Riverside Magistrates\u2019 Court this week.\n\n"
            "NO LICENCE, NO INSURANCE\n\nMorwenna Hicks, 52, of Trelawney Road, admitted driving without insurance.\n\n"
            f"SPEEDING ON SCHOOL ROAD\n\nA man caught doing 62mph in a 30 zone told officers he was {Q}late for a "
            f"funeral{E}.\n\nGavin Rudd, 41, of Elm Grove, Hatfield, admitted speeding on November 2.\n")
    assert speakers(text) == ["Gavin Rudd"]


def test_a_question_paragraph_is_no_heading_over_a_lede(speakers):
    text = ("Town split on bypass\n\nThe council votes on the Hollins Lane bypass next week.\n\n"
            "So will the bypass save the high street?\n\n"
            f"A man walking his dog on the green told us it was {Q}a waste of good money{E}.\n\n"
            "Dennis Ormerod, the council\u2019s leader, backs the scheme.\n")
    assert speakers(text) == ["man"]


def test_a_lede_office_is_not_a_deputy_of_that_office_named_later(speakers):
    text = ("Union warns of \u2018lost generation\u2019 of farmers\n\nThe president of the Upland Farmers Union has warned "
            f"of a {Q}lost generation{E} of young farmers.\n\nHuw Elias Pugh told the union\u2019s conference in Bala that "
            "a third of its members were over 65.\n\n"
            f"Deputy president Siwan Rees said the figures were worse in the south. {Q}Our stalls are empty,{E} she said.\n")
    assert speakers(text) == ["Huw Elias Pugh", "Huw Elias Pugh", "Siwan Rees"]


def test_an_assistant_coroner_is_the_coroner_a_lede_speaks_of(speakers):
    text = (f"Crossing death: lights {Q}should have been mended{E}, says coroner\n\nA coroner has said broken warning "
            f"lights at a farm crossing near Liskeard {Q}should have been mended{E} weeks before a farmer died there.\n\n"
            "Colin Penrose, 58, was killed when a train struck his pick-up in March.\n\n"
            f"Assistant coroner Miriam Hale said Network Rail had known of the fault for a month. {Q}It was not fixed,{E} "
            "she said.\n")
    assert speakers(text) == ["Miriam Hale"] * 3


def test_the_only_one_of_an_age_is_who_he_is_after_others_spoke(speakers):
    text = ("Truro man jailed for burglaries\n\nA Truro man who burgled five homes in a fortnight has been jailed.\n\n"
            "Kyle Brennan, 29, admitted five counts of burglary at Truro Crown Court in March.\n\n"
            f"Prosecutor Martin Vosper said Brennan had boasted to a friend of {Q}an easy week{E}.\n\n"
            f"{Q}He showed no remorse at the time,{E} Mr Vosper said.\n\n"
            f"Defending, Claire Hosking said her client had been {Q}clean for four months{E}.\n\n"
            "The 29-year-old, in a grey tracksuit, stood to address the court.\n\n"
            f"{Q}I am sorry to every family,{E} he said.\n")
    assert speakers(text, saying="every family") == ["Kyle Brennan"]


def test_his_solicitor_in_a_lede_is_the_one_defending_later(speakers):
    text = ("Redruth man fined for abusing nurses\n\nA REDRUTH man who swore at nurses in a hospital waiting room is "
            f"{Q}truly sorry{E} for what he did, his solicitor told magistrates.\n\n"
            "Dean Trewin, 37, of Fore Street, admitted a public order offence at Bodmin Magistrates\u2019 Court.\n\n"
            f"Prosecuting, Alison Kemp said staff had been {Q}frightened and upset{E}.\n\n"
            f"Defending, Marcus Penhale said his client had been drinking. {Q}He is truly sorry,{E} Mr Penhale said.\n")
    assert speakers(text) == ["Marcus Penhale", "Alison Kemp", "Marcus Penhale"]


def test_a_round_up_items_lede_gives_a_role_too(speakers):
    text = ("Court round-up\n\nThese cases were heard at Bodmin Magistrates\u2019 Court this week.\n\n"
            "NO INSURANCE\n\nMorwenna Hicks, 52, of Trelawney Road, admitted driving without insurance.\n\n"
            f"ABUSE AT HOSPITAL\n\nA Bodmin man who swore at nurses is {Q}truly sorry{E}, his solicitor told the court.\n\n"
            "Dean Trewin, 37, of Fore Street, admitted a public order offence.\n\n"
            f"Prosecuting, Alison Kemp said staff had been left {Q}frightened and upset{E}.\n\n"
            "Defending, Marcus Penhale said his client had been drinking.\n")
    assert speakers(text) == ["Marcus Penhale", "Alison Kemp"]


def test_a_crosshead_in_small_letters_opens_no_round_up_item(speakers):
    text = ("Hospital parking charges rise\n\nCharges at Treliske will double next month.\n\nWhat patients say\n\n"
            f"A woman waiting for a bus outside the main entrance said the charges were {Q}a tax on the sick{E}.\n\n"
            "Mark Lane, the trust\u2019s chief executive, said the money would pay for more spaces.\n")
    assert speakers(text) == ["woman"]


def test_an_unnamed_one_of_the_same_age_keeps_the_age_from_the_named(speakers):
    text = ("Chef attacked outside pub\n\nKyle Brennan, 29, admitted grievous bodily harm at Truro Crown Court.\n\n"
            "Prosecutor Martin Vosper said the victim, a 29-year-old chef, had been waiting for a taxi.\n\n"
            f"{Q}He was punched once and fell backwards onto the kerb,{E} Mr Vosper said.\n\n"
            "CCTV footage of the attack was shown to the jury on Tuesday.\n\n"
            "The 29-year-old, who was left with a fractured skull, read a statement to the court.\n\n"
            f"{Q}I no longer go out at night,{E} he said.\n")
    assert speakers(text, saying="at night") != ["Kyle Brennan"]
