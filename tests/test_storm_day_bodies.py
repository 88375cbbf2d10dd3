"""Bodies on a storm day, on sentences written for the test: a named storm ("Storm Ffion") is no body "it" can mean;
"the ferry operator" is the body named for ferries, not another operator the story called so; an unnamed
spokesperson after a body's deed in the same paragraph speaks for that body (the subject of its main clause, not of a
clause it reports), not for the one that spoke before; "the rail operator" is no rail line the body named; a ship ("the MV Lady
Rosalind") is no one; the member for a seat of two places is the name set after both."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

TEXT = ("Storm Ffion: thousands without power\n\n"
        "TRURO (Westcountry News) - More than 9,000 homes lost power on Sunday after Storm Ffion brought 78mph gusts "
        "to the coast, the electricity network operator said.\n\n"
        f"National Grid Electricity Distribution said engineers were working {Q}around the clock{E} to restore supplies.\n\n"
        f"{Q}Fallen trees are blocking access to a number of our sites,{E} the company said in a statement. "
        f"{Q}Please stay well away from damaged lines.{E}\n\n"
        f"It said it hoped to reconnect {Q}almost everyone{E} by Monday night.\n\n"
        "South Tamar Water said a power cut at its works near Bodmin had left some homes with low pressure. "
        f"{Q}Our crews are on site with generators,{E} it said.\n\n"
        "Great Western Railway suspended trains between Par and Newquay after a tree fell on the line. "
        f"{Q}Replacement buses are running,{E} a spokesperson said.\n\n"
        "Scilly Ferries cancelled its afternoon sailing from Penzance. The ferry operator said it would "
        f"{Q}review the forecast{E} at dawn.\n")


def test_a_storm_is_no_body_it_means(speakers):
    assert speakers(TEXT, saying="everyone") == ["National Grid Electricity Distribution"]


def test_the_ferry_operator_is_the_body_named_for_ferries(speakers):
    assert speakers(TEXT, saying="forecast") == ["Scilly Ferries"]


def test_an_unnamed_spokesperson_speaks_for_the_body_the_paragraph_is_about(speakers):
    assert speakers(TEXT, saying="Replacement") == ["Great Western Railway spokesperson"]


def test_the_body_a_clause_reports_on_is_not_the_spokespersons(speakers):
    text = ("Trawler towed to safety\n\nThe Harbour Board said the Coast Guard had towed the trawler into Newlyn overnight. "
            f"{Q}We are grateful to everyone who helped,{E} a spokesperson said.\n")
    assert speakers(text) == ["Harbour Board spokesperson"]


def test_the_rail_operator_is_the_body_that_spoke_not_a_line_it_names(speakers):
    text = ("Typhoon live\n\nThe Harbour Metro Corporation said trains on the open sections of the North Rail and West "
            f"Rail lines were suspended. {Q}Passengers should allow extra time,{E} the rail operator said.\n")
    assert speakers(text) == ["Harbour Metro Corporation"]


def test_a_ship_is_no_one_and_the_member_for_a_seat_of_two_places_is_the_name_after_it(speakers):
    text = ("Premier rules out ferry talks\n\nST. JOHN\u2019S \u2014 Premier Anne Kilbride said the ferry contract was "
            f"{Q}not up for renegotiation{E}.\n\nThe MV Lady Rosalind has missed 38 crossings since May.\n\n"
            "One reporter asked whether the premier had taken the ferry herself this year.\n\n"
            f"{Q}Have you been out to the island since spring, Premier?{E} the reporter asked.\n\n"
            "The MHA for Conception Bay East\u2013Bell Island, Dennis Coady, said the government had been warned "
            f"{Q}at least three times{E}.\n")
    assert speakers(text) == ["Anne Kilbride", "reporter", "Dennis Coady"]


def test_a_body_acting_on_another_leaves_the_spokesperson_to_the_one_that_spoke(speakers):
    text = ("Water firm fined\n\nOfwat fined Thames Water \u00a3104m on Tuesday over sewage spills. "
            f"{Q}We will appeal this decision,{E} a spokesperson said.\n")
    assert speakers(text) != ["Ofwat spokesperson"]


def test_the_ferry_operator_is_no_ferry_company_met_before_another_body_acted(speakers):
    text = ("Ferry fire\n\nBrittany Ferries has bought two new ships this year. On Friday, P&O cancelled its Dover "
            f"sailings after a fire on board. The ferry operator said passengers would get {Q}a full refund{E}.\n")
    assert speakers(text) == ["P&O"]


def test_storm_as_a_given_name_and_a_ship_prefix_alone_are_kept(speakers):
    text = ("Actress backs libraries\n\nStorm Reid has backed a campaign to keep school libraries open in Atlanta. "
            f"The actress spoke at a rally on Saturday.\n\n{Q}Libraries made me who I am,{E} she said.\n")
    assert speakers(text) == ["Storm Reid"]
    text = ("Snowmobile maker cuts jobs\n\nBRP said on Thursday it would cut about 1,000 jobs as demand slowed. "
            f"{Q}These decisions are never easy,{E} it said in a statement.\n")
    assert speakers(text) == ["BRP"]
