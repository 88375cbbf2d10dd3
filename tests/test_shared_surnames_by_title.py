"""Two people of one surname told apart by the title the article styles one of them with: "Dr Borg" is Dr Clayton Borg
even after "Opposition Leader Adam Borg, no relation," is named, and "Mr Borg" the one never styled "Dr". Sentences
written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

TEXT = ("Minister defends hospital waiting lists\n\n"
        "Health Minister Dr Clayton Borg told Parliament on Monday that waiting lists had fallen by a fifth.\n\n"
        f"{Q}We have more surgeons working today than at any time in the past decade,{E} Dr Borg said.\n\n"
        "Opposition Leader Adam Borg, no relation, said the figures hid the real picture. "
        f"{Q}Patients are waiting longer for their first appointment,{E} he said.\n\n"
        f"Dr Borg rejected the claim. {Q}The Opposition is quoting last year's numbers,{E} he said.\n\n"
        f"{Q}The minister knows the truth,{E} Mr Borg said.\n")


def test_the_title_tells_them_apart(speakers):
    assert speakers(TEXT) == ["Clayton Borg", "Adam Borg", "Clayton Borg", "Adam Borg"]


def test_a_churchman_s_title_tells_him_from_an_archbishop_of_his_surname(speakers):
    text = ("Fr Mark Mizzi succeeds Mgr Alfred Galea, who retires after 22 years as rector.\n\n"
            "Archbishop Emmanuel Galea, who is not related to the outgoing rector, praised the choice.\n\n"
            f"{Q}I have buried half the village and baptised the other half,{E} Mgr Galea said.")
    assert speakers(text) == ["Alfred Galea"]


def test_a_canon_s_title_tells_him_from_another_of_his_surname(speakers):
    text = ("Canon Daniel Mensah led the service, and the shop owner Aaron Mensah, no relation, read the names.\n\n"
            f"{Q}We remember every one of them,{E} Canon Mensah said.")
    assert speakers(text) == ["Daniel Mensah"]


def test_a_rank_abbreviated_before_the_surname_is_the_one_written_with_that_rank(speakers):
    text = ("Pensioner tells court of lost savings\n\n"
            f"Mrs Ruth Dube, 70, told the court she had trusted the builder. {Q}He ate at my table,{E} Mrs Dube said.\n\n"
            "Police spokesperson for Gweru, Inspector Bekithemba Dube, urged residents to check builders' registration. "
            f"{Q}Check first, pay later,{E} Insp Dube said.")
    assert speakers(text) == ["Ruth Dube", "Bekithemba Dube"]


def test_clr_is_a_councillor_s_title(speakers):
    text = ("Council defers water tariff\n\nClr Farai Mutasa moved that the vote be deferred. "
            f"{Q}Residents cannot pay for water they do not get,{E} Clr Mutasa said.")
    assert speakers(text) == ["Farai Mutasa"]
