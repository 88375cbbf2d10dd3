"""A role the lede gives someone the article names only later, on sentences written for the test: "a coroner has
concluded" is the coroner named two paragraphs on, "told by a sheriff" the one sheriff named at the end, "a Supreme
Court judge" the Justice named next ("judge" stands for "justice", data/role_synonyms.tsv); "The chief executive of
… has apologised" is the one the next paragraph has speak, whom "the chief executive" then means.  Where two people
fit the role, or the one the next paragraph has speak holds another, it stays unresolved."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'a coroner' of the lede is the coroner named two paragraphs on",
     "Walker died after fall on ridge\n\n"
     f"A hillwalker died after slipping on an icy ridge above Glen Arran, a coroner has concluded, calling the path "
     f"{Q}a known danger{E}.\n\n"
     "Ewan Baird, 29, from Oban, fell 40 metres in April.\n\n"
     "Senior Coroner for Lochaber, Isobel Strachan, said warning signs had been removed in the winter.\n\n"
     f"{Q}Those signs should have been replaced,{E} Mrs Strachan said.\n",
     "Isobel Strachan", 0),
    ("'told by a sheriff' is the one sheriff the article names, however late",
     "Van driver told jail is likely\n\n"
     f"A VAN driver who rammed a bus shelter in Leven has been told by a sheriff that prison is {Q}likely{E}.\n\n"
     "Gary Kemp, 41, of Methil, admitted dangerous driving at Kirkcaldy Sheriff Court on Monday.\n\n"
     "Fiscal depute Anna Reid said a pensioner had been sitting in the shelter.\n\n"
     f"Defence agent Colin Ure said his client was ashamed. {Q}He is a broken man,{E} the solicitor said.\n\n"
     f"Sheriff Morven Laird deferred sentence for reports. {Q}You could have killed someone,{E} she said.\n",
     "Morven Laird", 0),
    ("'a Supreme Court judge' is the Justice named next",
     "Man jailed over neighbour attack\n\n"
     f"A man who stabbed his neighbour has been jailed for 20 years, with a Supreme Court judge calling the attack "
     f"{Q}cold and senseless{E}.\n\n"
     "Tom Rusk, 30, pleaded guilty to murder in March.\n\n"
     f"On Friday, Justice Ada Moyle sentenced Rusk. {Q}You lay in wait,{E} she said.\n",
     "Ada Moyle", 0),
    ("'the chief executive' later is the one the lede's office was, named next without a role",
     "Water firm boss apologises\n\n"
     "The chief executive of Tarrow Water has apologised to MPs for a fortnight without running water in Castlebridge.\n\n"
     f"Appearing before the committee on Tuesday, Ruth Okonedo said the company had {Q}let people down{E}.\n\n"
     "Committee chair Alan Pike asked whether bonuses would be paid.\n\n"
     f"{Q}Not this year,{E} the chief executive replied.\n",
     "Ruth Okonedo", -1),
    ("'a state coroner' of the lede is the coroner named next, not taken by the teenager the lede describes",
     "Coroner finds hospital failed teen\n\n"
     f"A teenager who died after waiting nine hours in an emergency department was let down by {Q}a system under "
     f"strain{E}, a state coroner has found.\n\n"
     "Coroner Harriet Lowe said on Friday that staff had been too few for the number of patients.\n",
     "Harriet Lowe", 0),
    ("'a Queensland coroner' is the coroner named next, never a surname of a body's name's tail ('… Safety Queensland')",
     "Farm death preventable\n\n"
     f"A Queensland coroner has found the death of a farmhand was {Q}entirely preventable{E}.\n\n"
     "Coroner Mark Ellery handed down his findings in Brisbane on Wednesday.\n\n"
     "Workplace Health and Safety Queensland said it would review the case.\n",
     "Mark Ellery", 0),
    ("'an iwi trust' of the lede is the trust the next paragraph names",
     "Trust objects to water take\n\n"
     f"An iwi trust has objected to a water consent for a bottling plant, saying the aquifer is {Q}not for sale{E}.\n\n"
     "Ngāti Kahu Trust chair Hemi Walker said the trust had not been consulted.\n",
     "Ngāti Kahu Trust", 0),
    ("'their union' of the lede is the union the next paragraph names by a word unions are named with",
     "Nurses to strike\n\n"
     f"Nurses at three hospitals will walk out over staffing that is {Q}unsafe every single night{E}, their union "
     "says.\n\nThe New Zealand Nurses Organisation said 4,000 members had voted for the strike.\n",
     "New Zealand Nurses Organisation", 0),
    ("'The union representing …' of the lede is the union the next paragraph names",
     "Port strike deadline\n\n"
     f"The union representing about 900 port workers has set a strike deadline, saying talks have {Q}hit a wall{E}.\n\n"
     "The Harbour Workers Union said on Friday it had given notice to the port authority.\n",
     "Harbour Workers Union", 0),
]

GUARDS = [
    ("'their union' of the lede is no other body the next paragraph names",
     "Port strike deadline\n\n"
     f"Port workers will walk out next week over rosters that are {Q}unsafe every single night{E}, their union says."
     "\n\nThe port authority said it was disappointed.\n",
     "their union", 0),
    ("a lede's role that two people named later hold stays unresolved",
     "Van driver told jail is likely\n\n"
     f"A van driver has been told by a sheriff that prison is {Q}likely{E}.\n\n"
     "Sheriff Morven Laird and Sheriff Iain Hogg heard the case together at Kirkcaldy.\n\n"
     f"{Q}It is serious,{E} Hogg said.\n",
     "sheriff", 0),
    ("a lede's role is not one the next paragraph has speak in another role",
     "Climber died in fall\n\n"
     f"{Q}The injuries were consistent with a fall,{E} a coroner said on Tuesday.\n\n"
     "Detective Inspector Rob Hale said police were not looking for anyone else.\n\n"
     f"{Q}There are no suspicious circumstances,{E} he said.\n",
     "coroner", 0),
]


@pytest.mark.parametrize("text,name,which", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_speaker(speakers, text, name, which):
    assert speakers(text)[which] == name
