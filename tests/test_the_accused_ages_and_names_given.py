"""Who a court story's "the accused", an age and a name given in a clause stand for, on sentences written for the
test: one who "faces 12 counts of …" is the accused; "the 15-year-old" is the one person its paragraph names in a
sentence with no other subject, before a subject named in the paragraph before; "a rider …, who gave his name only as Kato," is Kato."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_one_who_faces_counts_is_the_accused(speakers):
    text = ("Godfrey Mutiso Kilonzo, 41, the owner of Tsavo Trails Ltd, faces 12 counts of obtaining money by false "
            "pretences. He denied the charges.\n\n"
            f"A former driver, Janet Wanjiru, told the court that the accused had told her: {Q}Tell them the car is "
            f"coming.{E}\n")
    assert speakers(text, saying="car is coming") == ["Godfrey Mutiso Kilonzo"]


def test_an_age_is_the_one_person_its_paragraph_names(speakers):
    text = ("District Inspector of Schools Mahesh Chandra Tiwari said the posts would be filled soon. "
            f"{Q}The appointment process is in its last stage,{E} Mr Tiwari said.\n\n"
            "Top of the district: Pooja Yadav, a Class X student who scored 97 per cent. "
            f"{Q}My mother sews clothes at home,{E} said the 15-year-old, who wants to become an engineer.\n")
    assert speakers(text, saying="sews clothes") == ["Pooja Yadav"]


def test_an_age_is_not_one_named_where_another_is_the_subject(speakers):
    text = ("A 16-year-old girl was pulled from the sea at Bude on Sunday.\n\n"
            "She was rescued by lifeguard Tom Harris, who swam 200 metres to reach her.\n\n"
            f"{Q}I thought I was going to die,{E} the 16-year-old said.\n")
    assert speakers(text, saying="going to die") != ["Tom Harris"]


def test_a_name_given_in_a_clause_names_the_one_who_gave_it(speakers):
    text = ("But a boda boda rider at Kisenyi stage, who gave his name only as Kato, said the road was never repaired. "
            f"{Q}We fall here every week,{E} he said.\n")
    assert speakers(text, saying="fall here") == ["Kato"]


def test_a_name_given_for_someone_else_is_not_theirs(speakers):
    text = (f"The mother gave her daughter's name as Aisha and said she was seven.\n\n{Q}Please help us find her,{E} "
            "the mother said.\n")
    assert speakers(text, saying="help us find") == ["mother"]


def test_a_name_given_in_a_clause_hung_on_a_group(speakers):
    text = ("A woman among the victims, who gave her name only as Zainab, said she was taken with her son on the way to "
            f"a wedding.\n\n{Q}My son kept asking when we would go home,{E} she said, crying.\n")
    assert speakers(text, saying="kept asking") == ["Zainab"]
