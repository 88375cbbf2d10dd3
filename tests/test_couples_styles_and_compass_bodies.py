"""Names on sentences written for the test: a company named "X Water" is a body, and "the utility" it;
"Water and Sanitation" before its holder's name is a portfolio; "in the words of X" names X, not a
song's words; the second of a couple written "Bertie and Ina Tulloch", whom the tagger typed a place, is a person
with the couple's surname (and "Ina said" is hers, though the tagger calls the word a pronoun); "Provost" and the
Sepedi "Kgoshigadi" are styles before a name; a compass word the tagger left outside a body's name ("The South" +
"African Weather Service") opens it, as a place and "Districts" do ("Soshanguve and Districts Taxi Council"); a
double surname typed a body after a role and a given name is a person's ("MEC Kedibone Diale-Tlabela"); a name the
parser hung on the place someone is from ("a mother from Vaitele, Faafetai Lemalu,") is that person's, whatever the
tagger typed it, but not the place's country ("a nurse from Galle, Sri Lanka,"), and so is a name with a quoted
nickname ("Dougie “Wee Dod” MacRae"); "the council" is a Comhairle; a quotation after "X said the council had
written …" is X's."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_second_of_a_couple_typed_a_place_takes_the_surname(speakers):
    text = ("Islanders buy village shop\n\n"
            "The shop was due to close this month when owners Bertie and Ina Tulloch retire.\n\n"
            f"Bertie Tulloch, 61, said the couple were {Q}over the moon{E}. {Q}We did not want to shut the door,{E} "
            "he said.\n\n"
            f"Ina said she would still help out {Q}when they are short{E}. {Q}I will not be able to keep away,{E} "
            "she laughed.\n")
    assert speakers(text) == ["Bertie Tulloch", "Bertie Tulloch", "Ina Tulloch", "Ina Tulloch"]


def test_provost_and_kgoshigadi_are_styles(speakers):
    text = ("School merger row\n\n"
            f"Provost Alasdair Gunn, who attended as an observer, urged both sides to {Q}take the heat out of it{E}.\n\n"
            f"{Q}We will listen to every parent,{E} the Provost said.\n")
    assert speakers(text) == ["Alasdair Gunn", "Alasdair Gunn"]
    text = ("Chief offers hall as classroom\n\n"
            "Kgoshigadi Mmaphuti Sekwati, the traditional leader of the area, said she had offered the community hall. "
            f"{Q}Education is the only inheritance we can give our children,{E} the Kgoshigadi said.\n")
    assert speakers(text) == ["Mmaphuti Sekwati"]


def test_a_compass_word_the_tagger_left_outside_opens_the_body(speakers):
    text = ("Floods kill six in eThekwini\n\n"
            "DURBAN, Jan 15 (Ubuntu News Agency) - At least six people were killed after torrential rain lashed the "
            "metro overnight, officials said on Monday.\n\n"
            f"{Q}We have recovered six bodies so far{E}, disaster management spokesperson Sandile Cele told Ubuntu News "
            f"Agency.\n\nCele said more than 800 people had been moved to community halls. {Q}The ground is saturated. "
            f"Any more rain will cause further landslides{E}, he warned.\n\n"
            "The South African Weather Service issued a level 8 warning for disruptive rain, its second in a week. "
            f"{Q}Another 80 to 120 millimetres is expected over the next 36 hours{E}, the weather service said.\n")
    assert speakers(text)[-1] == "South African Weather Service"


def test_a_water_company_is_a_body_and_the_utility_is_it(speakers):
    text = ("Supply restored after burst main\n\n"
            "Northumbrian Water said the burst main in Gateshead had been repaired overnight.\n\n"
            f"{Q}Supplies are returning to normal, but some customers may see discoloured water,{E} the utility said.\n")
    assert speakers(text, kinds=True) == [("Northumbrian Water", "organization")]


def test_a_portfolio_with_water_before_its_holder_is_no_body(speakers):
    text = ("Dam compensation row\n\n"
            "Water and Sanitation CS Esther Nyambura said in a statement that the ministry had released Sh640 million "
            f"for compensation.\n\n{Q}The national government has fully met its obligation,{E} the statement read.\n")
    assert speakers(text) == ["Esther Nyambura"]


def test_in_the_words_of_names_the_speaker(speakers):
    text = ("Ferry breaks down again\n\n"
            f"The service is unreliable. In the words of harbour master Ian Flett, {Q}the boat is older than I am{E}.\n")
    assert speakers(text) == ["Ian Flett"]
    text = ("Ferry breaks down again\n\n"
            f"{Q}The boat is older than I am,{E} in the words of harbour master Ian Flett.\n")
    assert speakers(text) == ["Ian Flett"]
    text = "Cup run ends\n\nIt was, in the words of the song, \u201ca long way to Tipperary\u201d.\n"
    assert speakers(text) == []


def test_a_place_and_districts_open_the_body_s_name(speakers):
    text = ("Taxi violence\n\n"
            "The rival Soshanguve and Districts Taxi Council said in a statement that it "
            f"{Q}condemns the killings in the strongest terms{E}.\n")
    assert speakers(text) == ["Soshanguve and Districts Taxi Council"]


def test_a_double_surname_typed_a_body_after_a_role_and_a_given_name(speakers):
    text = ("Clinic to open\n\n"
            "Gauteng Health MEC Kedibone Diale-Tlabela said the clinic would open in March. "
            f"{Q}We are on schedule{E}, the MEC said.\n")
    assert speakers(text) == ["Kedibone Diale-Tlabela"]


def test_a_name_hung_on_the_place_someone_is_from_is_theirs(speakers):
    text = ("Dengue cases rise\n\n"
            f"{Q}We have opened an extra ward,{E} hospital chief Leausa Teresa Amituanai said.\n\n"
            "Outside the hospital, a mother from Vaitele, Faafetai Lemalu, said her son Ioane, 9, had been admitted "
            f"on Sunday. {Q}He had a fever for three days and then he could not stand up,{E} she said.\n\n"
            f"Her husband, Sione, said families had started cleaning up. {Q}We filled a whole truck with rubbish,{E} "
            "Sione said.\n")
    assert speakers(text) == ["Leausa Teresa Amituanai", "Faafetai Lemalu", "Sione Lemalu"]
    text = ("Bus crash\n\nA nurse from Galle, Sri Lanka, said the injured had been taken to two hospitals. "
            f"{Q}Many are in a serious condition,{E} she told reporters.\n")
    assert speakers(text) == ["nurse"]


def test_a_name_with_a_quoted_nickname_typed_a_building_is_a_person(speakers):
    text = ("Shinty: double sends Kingussie through\n\n"
            "Two goals from Dougie \u201cWee Dod\u201d MacRae, the first a thunderous shot from 20 yards, turned the "
            "quarter-final after Lovat had led at the break.\n\n"
            f"{Q}At half-time I just told them to play the way we train,{E} manager Fraser MacPherson said.\n\n"
            "The manager reserved special praise for MacRae, 23.\n\n"
            f"MacRae himself was typically modest. {Q}I just hit it and hoped,{E} the 23-year-old said.\n")
    assert speakers(text)[-1] == "Dougie MacRae"


def test_a_council_named_in_gaelic_is_the_council(speakers):
    text = ("Storm shuts schools\n\nComhairle nan Eilean Siar closed all 23 of its schools on Monday. "
            f"A council spokesperson said: {Q}Safety comes first.{E}\n")
    assert speakers(text) == ["Comhairle nan Eilean Siar spokesperson"]


def test_a_quotation_after_a_telling_that_reports_a_body_s_writing_is_the_teller_s(speakers):
    text = ("School waits for repairs\n\n"
            "Chairperson Mpho Makgoba said parents had kept their children at home.\n\n"
            "Makgoba said the council had written to the department four times since 2021. "
            f"{Q}Each time they tell us the school is on the list.{E}\n")
    assert speakers(text) == ["Mpho Makgoba"]
