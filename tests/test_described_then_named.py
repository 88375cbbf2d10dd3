"""Someone a quotation's sentence brings in by a description ("said one volunteer", "a father said") whom the
paragraph after it names as that one ("That volunteer, …", "The operator, …", "She was …", "His name is …"): the
person named there; a description the next paragraph does not name stays an unnamed person's noun.  Sentences
written for the test; fictional people."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("'That <noun>, <name>,' opening the next paragraph",
     f"{L}The river came up the lane in ten minutes,{R} said one resident as she waited for the bus.\n\n"
     "That resident, Elin Morgan, 61, has lived on the lane since 1988.",
     "Elin Morgan"),
    ("'The <noun>, <name>,' after 'one <noun>' with a clause",
     f"{L}We are not going back for less,{R} said one driver, who had walked from the depot.\n\n"
     "The driver, Sipho Ndlovu, 44, said he had worked there for 12 years.",
     "Sipho Ndlovu"),
    ("'That <noun> is <name>'",
     f"{L}Nobody came until the morning,{R} one shopkeeper told the paper.\n\n"
     "That shopkeeper is Agnieszka Nowak, who has run the bakery for nine years.",
     "Agnieszka Nowak"),
    ("'His name is <name>' after a man's description",
     f"{L}I have eaten here every Friday since 1970,{R} says one customer, a retired engineer.\n\n"
     "His name is Walter Brandt, and he is 81.",
     "Walter Brandt"),
    ("'She was <name>' after 'a mother'",
     f"{L}My son learnt to read in that library,{R} said a mother who stood at the microphone.\n\n"
     "She was Maria Okafor, whose son attends Lincoln Elementary.",
     "Maria Okafor"),
    ("a description the next paragraph does not name stays unnamed",
     f"{L}We will be back,{R} said one pensioner, who did not give her name.\n\n"
     "Council leader Rhys Lewis said sandbags would be left at the chapel.",
     "pensioner"),
    ("a pronoun of the other gender names someone else",
     f"{L}We lost everything,{R} said a mother outside the hall.\n\n"
     "He was Tom Price, the caretaker, who had opened the doors at six.",
     "mother"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_description_named_in_the_next_paragraph(speakers, text, name):
    assert speakers(text)[:1] == [name]
