"""Letters pages: a letter's heading in marks is the words of its writer, whose name is signed below the letter
("Karima Belkacem, Bab Ezzouar", or "R. Sivakumar," over a line for the place)."""
from __future__ import annotations

import regex

from .layout import heading_line
from .lexicon import HONORIFICS, TITLES

_NAME = r"((?:\p{Lu}\.[ ]?)*\p{Lu}[\p{L}’'-]+(?:[ ]+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,3})"
_PLACE = r"\p{Lu}[\p{L}’' .-]*"
#: A place alone on the line under a name, its parts after commas, each with a district's number after it or not
#: ("Spanish Town, St Catherine", "Mona Heights, Kingston 6", "Barangay 31, Cagayan de Oro City"): a short line.
_PLACE_LINE = rf"(?=[^\n]{{1,60}}$){_PLACE}(?:[ ]\d{{1,3}})?(?:,[ ]*{_PLACE}(?:[ ]\d{{1,3}})?)*"
#: A signature: a name of two to four capitalised words (initials allowed) alone on its line, a dash or hyphen before
#: it or not, with the place (and street, and a district's number: "Rohini Sector 9") after commas ("Anne Baxter, Tay
#: Street, Perth.", "— Olga Pelechaty, Willowbrook", "- Helen Voss, Cedar Fork"), a comma alone, or the place alone on
#: the next line; a short line (not a sentence of prose: "On Monday, Sgt. Colleen Parsons of the Royal Newfoundland
#: Constabulary read …").
_SIGNATURE = regex.compile(rf"^(?=[^\n]{{1,80}}$)[ \t]*(?:[—–-][ ]*)?{_NAME}"
                           rf"(?:(?:[ ]*,[ ]*{_PLACE}(?:[ ]\d{{1,3}})?)+[ ]*[,.]?|[ ]*,|[ \t]*\n[ \t]*{_PLACE_LINE})[ \t]*$",
                           regex.M)
#: The same with the writer's trade between the name and the place ("Kemal Şahin, retired teacher, Eskişehir"), taken
#: only on a page whose letters open with a salutation or that signs a letter without one (a vox pop heads each voice
#: with such a line).
_SIGNATURE_WITH_TRADE = regex.compile(rf"^[ \t]*{_NAME},[ ]*\p{{Ll}}[\p{{L}}’' -]{{1,40}}(?:[ ]*,[ ]*{_PLACE})+[ ]*[,.]?[ \t]*$",
                                      regex.M)
#: A letter's salutation opening its line ("Sir, –", "Madam,", "Dear Editor,").
_SALUTATION = regex.compile(r"^[ \t]*(?:Sir|SIR|Madam|MADAM|Dear)\b", regex.M)
#: First words of a line that is no signature ("Dear Editor,", "By Jane Smith, Political Editor").
_NOT_SIGNED = frozenset(("dear", "by", "sir", "madam", "yours", "letters", "updated", "published"))


def signatures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the letters' signatures in `text`, when it signs two letters or more (a letters page);
    else none."""
    plain = list(_SIGNATURE.finditer(text))
    matches = [*plain, *(_SIGNATURE_WITH_TRADE.finditer(text) if plain or _SALUTATION.search(text) else ())]
    found = sorted(_signer(m.start(1), m.end(1), m.group(1)) for m in matches
                   if (len(m.group(1).split()) >= 2 or "." in m.group(1)) and m.group(1).split()[0].lower() not in _NOT_SIGNED)
    listed = {sig for a, b in zip(found, found[1:]) if _dashed(text, a) and _dashed(text, b)
              and len(text[a[1]:b[0]].split()) <= 6 for sig in (a, b)}
    found = [sig for sig in found if sig not in listed]  # ("— Mary Jones, Halifax" over "— Tom Reed, Moncton": a list of
    # names, one line after another, no letters between)
    return found if len(found) >= 2 else []


def _dashed(text: str, sig: tuple[int, int, str]) -> bool:
    """Whether a signature's line opens with a dash before the name ("— Mary Jones, Halifax")."""
    return text[text.rfind("\n", 0, sig[0]) + 1:sig[0]].strip() in ("—", "–", "-")


def _signer(start: int, end: int, signed: str) -> tuple[int, int, str]:
    """The writer's name in a signature text[start:end]: without a leading "From" (a letter's opening line "From
    Deborah Finch, Leeds"), titles ("Fr MARK SCICLUNA") or honorifics ("ADI LITIA VAKALOLOMA"), a name in capitals in
    title case ("Mark Scicluna")."""
    words, cut = signed.split(), 0
    while len(words) > 2 and (words[0].lower() == "from" or words[0].lower() in TITLES or words[0].lower() in HONORIFICS):
        cut = signed.index(words[1], cut + len(words[0]))
        words = words[1:]
    start += cut
    if all(w.isupper() for w in words if len(w) > 2):
        words = [regex.sub(r"\p{L}+", lambda m: m[0][:1] + m[0][1:].lower(), w) for w in words]  # "O’Neill-Byrne"
    return start, end, " ".join(words)


def writer_of(text: str, start: int, end: int, signed: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The signature of the letter whose heading holds the quotation text[start:end]: the first signed below it, or
    below the letter's heading that repeats it (a page's title quoting one of its letters); None if none is."""
    again = text.find(text[start:end], end)
    return _first_below(again if again >= 0 else start, signed)


def _first_below(at: int, signed: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The first of the signatures `signed` after text position `at`, or None."""
    return next((sig for sig in signed if sig[0] > at), None)


def signed_below(text: str, at: int, signed: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The signature of the letter holding text position `at`: the first signed below it, when no heading line stands
    between (the next letter's title, an unsigned letter's "Name and address with the editor"); else None."""
    sig = _first_below(at, signed)
    if sig is None:
        return None
    between = text[at:sig[0]].split("\n")[1:-1]  # (the lines wholly between)
    return None if any(line.strip() and heading_line(line) and not line.lstrip().startswith("Yours")
                       for line in between) else sig


#: A reader's words for the paper itself or what it printed ("Your editorial", "Your Oct. 3 editorial", "your leader of
#: Monday", "this newspaper"): "your" and the paper's own words, a date or a word for when between them at most;
#: "this" only with "newspaper" ("this paper concludes" is a study, "this union leader" a person).
_THE_PAPER = regex.compile(r"(?i)^(?:your(?:[ ]+(?:recent|latest|front-page|\d{1,2}(?:st|nd|rd|th)?|%s|%s)\.?)*[ ]+"
                           r"(?:editorials?|leader|leading[ ]+article|newspaper|paper)|this[ ]+newspaper)(?:[ ]+of[ ]+\w+)?$"
                           % ("|".join(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                        "dec", "january", "february", "march", "april", "june", "july", "august",
                                        "september", "october", "november", "december")),
                              "|".join(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's",
                                        "sunday's"))))


#: One of the paper's own staff named by their work and "this paper" ("A reporter from this paper asked", "a
#: photographer for this newspaper"): the paper's reporter.
_STAFF_WORDS = ("reporter", "journalist", "correspondent", "photographer")
_PAPERS_STAFF = regex.compile(r"(?i)(?:an?[ ]+|one[ ]+|the[ ]+)?(" + "|".join(_STAFF_WORDS) + r")[ ]+"
                              r"(?:from|for|of|at|with)[ ]+this[ ]+(?:news)?paper\b")


def papers_staff(text: str, start: int, name: str | None) -> str | None:
    """The noun for the work of one of the paper's staff whose mention starts at `start` ("reporter" of "A reporter
    from this paper asked"), or who is found as that noun alone (`name`) after "the", where the article introduced one
    so ("… the reporter asked"; not "A reporter asked", another), or None."""
    found = _PAPERS_STAFF.match(text, start, start + 80)
    if found is None and name in _STAFF_WORDS and text[start:start + 4].lower() == "the ":
        found = next((m for m in _PAPERS_STAFF.finditer(text, 0, start) if m.group(1).lower() == name), None)
    return found.group(1).lower() if found else None



def names_the_paper(mention: str) -> bool:
    """Whether a speaker's mention is the paper a reader writes to or in ("Your editorial", "this newspaper")."""
    return _THE_PAPER.match(" ".join(mention.replace("\u2019", "'").split())) is not None


def labels_the_paper(label: str, paper: str) -> bool:
    """Whether a transcript's label is the paper's own name, or words of it, for its interviewer's turns ("HERALD:"
    in the Rarotonga Herald, "TIMES:" in the Times of Lubombo)."""
    words = regex.findall(r"\p{L}+", label.lower())
    return bool(words) and set(words) <= set(regex.findall(r"\p{L}+", paper.lower())) - {"the", "of", "and"}


def papers_interviewer(label: str, text: str) -> str | None:
    """The person a lead-in names as the paper's own after its name ("she spoke to the Tribune’s Alvin Chua"), who asks
    the questions under its label ("TRIBUNE:"); None where it names no one so."""
    found = regex.search(rf"(?i:\b{regex.escape(label.strip())})['\u2019]s (\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}[\p{{Ll}}\-]+)+)", text)
    return found.group(1) if found else None
