"""Names the tagger cuts or mistypes, made whole on sentences written for the test: a surname the tagged given names
hang on, left untagged or typed a place ("Dr Jumanne Selemani" + "Kibwana"), and a given name it left out after "Dr";
a surname typed a product after a given name it left out ("Sibongile" + "Khumalo-Shezi"); "Kumari" inside a Nepali name, no honorific there; "Rre", Botswana's "Mr";
and the office's initials after a title ("Health Cabinet Secretary Dr X" is "the CS"); a hyphenated given name's first part
the tagger read as a preposition or a place ("Per-Gunnar", "Jukka-Pekka")."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("an untagged surname that the tagged given names hang on",
     "Water minister opens plant\n\nMinister for Water Dr Jumanne Selemani Kibwana, who opened the treatment plant in "
     f"Morogoro on Friday, said supply would double. {Q}Every household in the town will have water by June,{E} "
     "Dr Kibwana said.\n",
     ["Jumanne Selemani Kibwana"]),
    ("an untagged given name right after 'Dr', before the office's words are taken for a seat",
     "Water minister opens plant\n\nMinister for Water Dr Salum Omari Kigoda, who opened the treatment plant in "
     f"Morogoro on Friday, said supply would double. {Q}Every household in the town will have water by June,{E} "
     "Dr Kigoda said.\n",
     ["Salum Omari Kigoda"]),
    ("a surname the tagger typed a place, taken up by 'she'",
     "Cholera cases fall\n\nHealth and Child Care Minister Dr Tariro Nyasha Mlambo, who toured the treatment centre "
     f"in Mbare on Tuesday, said cases had halved. {Q}We have written to every council about the sewers,{E} she said.\n",
     ["Tariro Nyasha Mlambo"]),
    ("a given name the tagger left out before a hyphenated surname it typed a product",
     "Floods: death toll rises\n\nCooperative Governance and Traditional Affairs MEC Sibongile Khumalo-Shezi confirmed "
     f"the deaths at a briefing in Pietermaritzburg. {Q}Sadly, we can confirm that nine people have died,{E} she said.\n",
     ["Sibongile Khumalo-Shezi"]),
    ("'Kumari' inside a Nepali name is a word of it",
     "Committee summons officials\n\n"
     f"{Q}Six months ago this committee directed the ministry to act. Who is responsible?{E} asked committee chair "
     "Bimala Kumari Shrestha, opening the meeting.\n",
     ["Bimala Kumari Shrestha"]),
    ("'Rre' is an honorific",
     "Mine workers fear cuts\n\nUnion secretary Rre Kgomotso Tshiamo Pilane said workers were worried. "
     f"{Q}We hear you, but we are not satisfied,{E} Pilane said.\n",
     ["Kgomotso Tshiamo Pilane"]),
    ("'the CS' is the Cabinet Secretary named with 'Dr' between the office and the name",
     "Nurses end strike\n\nEducation Cabinet Secretary Dr Wanjiku Achieng Otieno said on Monday that 900 teachers "
     f"would be hired. {Q}That was the biggest grievance, and it has been addressed,{E} the CS said.\n",
     ["Wanjiku Achieng Otieno"]),
    ("a hyphenated given name whose first part the tagger reads as the preposition \"per\"",
     "Wind farm row\n\nSocial Democrat Per-Gunnar Lindqvist said the plan was \u201ca gift to the south\u201d.\n\n"
     f"{Q}The government talks about the north, but it never listens,{E} Lindqvist said.\n",
     ["Per-Gunnar Lindqvist", "Per-Gunnar Lindqvist"]),
    ("a hyphenated given name whose first part the tagger types a place",
     "Beds blocked\n\nThe county\u2019s director of hospital services, Jukka-Pekka Salminen, said the queue started in "
     f"the nursing homes.\n\n{Q}Opening beds is easy. Finding staff is not,{E} Salminen says.\n",
     ["Jukka-Pekka Salminen"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_whole_name(speakers, text, names):
    assert speakers(text) == names


def test_a_name_before_a_body_word_is_no_surname(speakers):
    """A name the parser hangs on a body's word stays a person ("the Kofi Annan Foundation" is no one's surname)."""
    text = (f"Grants announced\n\nThe Amina Juma Foundation said it would fund 40 clinics. {Q}The money will reach "
            f"villages first,{E} the foundation said.\n")
    assert speakers(text, kinds=True) == [("Amina Juma Foundation", "organization")]
