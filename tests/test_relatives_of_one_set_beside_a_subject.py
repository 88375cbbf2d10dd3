""""His wife, Akosua," after "One of the passengers, a baker, Joseph Kwaku Owusu, said …" is Owusu's wife: the one named
last, set beside the subject of a sentence's main verb, is whom "his" means, not a lawyer named before who spoke
last; but not when someone is named after him ("… said he had pulled a boy, Sam Ward, from the river. ¶ His mother,
Lucy,").  On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_wife_of_the_one_set_beside_the_subject(speakers):
    text = (f"Counsel for the accused, Mr Ebo Quaye Mensah, asked for mercy. {Q}He is a first offender,{E} Mr Mensah "
            "said.\n\nOne of the passengers, a 52-year-old baker, Joseph Kwaku Owusu, said outside the court that he had "
            f"lost his savings. {Q}I cannot sleep at night,{E} he said.\n\nHis wife, Akosua, who sat with him, said the "
            f"family had moved out. {Q}We sleep in my brother's kitchen now,{E} she said.\n")
    assert speakers(text) == ["Ebo Quaye Mensah", "Joseph Kwaku Owusu", "Akosua Owusu"]


def test_not_when_someone_is_named_after_him(speakers):
    text = ("Rescue\n\nOne of the firefighters, a volunteer, Tom Hill, said he had pulled a six-year-old boy, Sam Ward, "
            f"from the river.\n\nHis mother, Lucy, said: {Q}I will never be able to thank them.{E}\n")
    assert speakers(text) == ["Lucy Ward"]
