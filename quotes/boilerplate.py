"""What in a news page's text is not the article's prose: photo credits and captions' credits,
teasers for other stories, promotions, bylines, wire datelines, a newsletter's links to other stories,
a web page's buttons and time stamps on lines of their own ("Share", "Comments (12)", "Updated 11:05,
14 FEB 2025") and its lists of links under a heading ("Most Read").

Reading removes these lines from the articles it stores (quotes.ingest.cleaning); the
extractor, which must keep a gold text's offsets, finds no quotation and no speaker in them.
"""
from __future__ import annotations

import regex

from .data import rows

#: Labels that open a credit ("Picture", "Photo", "Image"), longest first.
_CREDIT_LABEL = "(?:" + "|".join(sorted((regex.escape(label) for label, in rows("credit_labels.tsv")),
                                        key=len, reverse=True)) + ")"
#: "Photo: AFP", "File photo credit - Jane Doe": a credit on a line of its own.
_CREDIT = regex.compile(
    rf"^\s*(?:file\s+)?{_CREDIT_LABEL}\s*(?:credit)?\s*[:|/\-\u2013\u2014]"
    r"\s*[\p{L}\p{N} .,&/'\u2019()-]{1,60}$", regex.I)
#: "[Photo: AFP]", "(Image: Valleys Photo Agency)": a credit its label opens, inside a line.
_LABELLED_CREDIT = rf"[(\[]\s*{_CREDIT_LABEL}\s*(?::|by)\s*[^)\]\n]{{1,60}}[)\]]"
_LABELLED_INLINE = regex.compile(_LABELLED_CREDIT, regex.I)
#: "(Evan Vucci/Associated Press)", "(AP Photo/Jane Doe)", "[Photo: AFP]" inside a line.
INLINE_CREDIT = regex.compile(
    rf"[(\[](?:(?:AP|AFP|Reuters|Getty|EPA)\s+Photo\s*/\s*|{_CREDIT_LABEL}\s*(?:by|:)\s*)?"
    rf"\p{{Lu}}[\p{{L}}.'\u2019\- ]{{1,40}}/\s*\p{{Lu}}[\p{{L}}.&'\u2019\- ]{{1,40}}[)\]]|{_LABELLED_CREDIT}", regex.I)
#: "… during the cup defeat. Picture: Gallo Images/Thabo Mokoena": a credit after a sentence's end, to its line's end.
_TRAILING_CREDIT = regex.compile(
    rf"(?<=[.!?][\"\u201d\u2019)]?[ \t]+){_CREDIT_LABEL}\s*:[ \t]*[\p{{L}}\p{{N}} .,&/'\u2019()-]{{1,60}}$",
    regex.I | regex.M)
_PROMOTION = regex.compile(
    r"\b(?:join (?:our|\p{Lu}\p{L}*[\u2019']s) \w+ channel|telegram channel|whatsapp channel|"
    r"sign up (?:for|to)|subscribe (?:to|now)|follow us on|download (?:our|the) app|"
    r"get the latest (?:breaking )?news delivered|click here|read more:|related:|^\s*advertisement\b"
    r"|\badvertisement\W*$)", regex.I)
#: What a speaker says on a line: between a pair of marks, double or single (a closing single mark is one no letter
#: follows, not the apostrophe of "don’t"), or from an opening mark to the line's end (a quotation that runs on into
#: the next paragraph).
_QUOTED = regex.compile(r"\u201c[^\u201d\n]*(?:\u201d|$)|\"[^\"\n]*(?:\"|$)|(?<!\w)\u2018.*?(?:\u2019(?!\w)|$)")
#: "READ MORE: ‘…’", "WATCH: …", "SEE ALSO - …", "Explainer: ‘…’", "Related Story: ‘…’": a teaser for another story.
_TEASER = regex.compile(r"^\s*(?:READ MORE|MORE|WATCH|LISTEN|SEE ALSO|ALSO READ|TRENDING|PHOTOS?|VIDEO"
                        r"|RELATED(?:\s+(?:STOR(?:Y|IES)|ARTICLES?|CONTENT|COVERAGE))?"
                        r"|EXPLAINER|EXPLAINED|FACT ?CHECK|IN PICTURES|IN PHOTOS|QUIZ|INTERACTIVE)"
                        r"\s*[:|\-\u2013\u2014]\s*\S", regex.I)
#: "Photo: A funnel cloud forms west of Blanchard. “I’ve never seen one that close,” said viewer Gary Pruett.": a
#: caption, which quotes someone in double marks after a sentence of its own, not a teaser for a gallery.
_CAPTION_QUOTING = regex.compile(r"^\s*PHOTOS?\s*:\s*[^\n]{20,}?[.!?]\s+[\"\u201c][^\n]{10,}", regex.I)
#: "‘Ten players who could still move’ – read our guide here": a line that sends the reader to another story.
_TEASER_TAIL = regex.compile(r"[\u2013\u2014-]\s*(?:read|watch|listen|see|take|try|follow)\b[^\n]{0,40}?\b(?:here|below)\W*$",
                             regex.I)
#: The words of a byline before the writer's name ("By ", "Interview by ").
BYLINE_OPENING = regex.compile(r"^\s*(?:(?:Interview|Interviewed|Reporting|Words)\s+by|By)\s+")
#: "By Jane Smith", "By Jane Smith and Tom Lee, Reuters", "Interview by Anu Rao".
_BYLINE = regex.compile(BYLINE_OPENING.pattern
                        + r"\p{Lu}[\p{L}.'\u2019\-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\u2019\-]+){0,5}"
                        r"(?:\s*[,|\u2013\u2014-]\s*[\p{L} ]{1,40})?\s*$")
#: "TOKYO - ", "WASHINGTON (Reuters) - ", "LAGOS, Nigeria (Reuters) -", "HALDEN, March 5 (Coastline Wire) \u2014 ".
DATELINE = regex.compile(
    r"^(?=[\p{Lu} .'\u2019-]*\p{Lu}{3})\p{Lu}[\p{Lu} .'\u2019-]{1,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?"
    r"(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?(?:\s*\([^)]{1,30}\))?\s*[-\u2013\u2014]+\s+(?=\S)")
#: A newsletter's link to a story: "FAREWELL—“Club to close,” by the Post's Jo Lee: “…” http://…" (a quoted
#: headline and its byline, which ends in a colon or the address, on a line with a web address), or
#: "‘STORY HEADLINE’ “Its first lines …” [NYT]".
_LINK_HEADLINE = regex.compile(r"^\s*(?:\p{Lu}[\p{Lu}\p{N} ,.'\u2019&$:]{1,40})?[\u2014\u2013-]*\s*[\"\u201c\u2018']"
                               r"[^\n]{3,300}?[\"\u201d\u2019'],?\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*"
                               r"(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,6}\s*(?::|https?://|www\.)")
_WEB_ADDRESS = regex.compile(r"https?://|www\.|\b[a-z]+\.[a-z]{2,4}/\w")
_SOURCE_TAG = regex.compile(r"^\s*[\"\u201c\u2018'][^\n]*\[\p{Lu}[^\]\n]{1,60}\]\s*$")
#: A page's line of sections, paper and date between bars ("Kestrel Bay Sentinel | Local News | Jan. 27, 2026"), of
#: at most this many words.
_SECTIONS = regex.compile(r"^\s*[^|\n\"\u201c\u201d\u2018\u2019]{1,60}(?:\s\|\s[^|\n\"\u201c\u201d\u2018\u2019]{1,60}){1,5}\s*$")
_MAX_SECTIONS_WORDS = 15
#: A line is only taken for a promotion when it is this short (in words).
MAX_PROMOTION_WORDS = 30
_LINE = regex.compile(r"[^\n]*")
#: "Share", "Comments (12)", "12 comments", "Most Read": a page's label alone on its line, a count beside it.
_LABEL = regex.compile(r"^\s*(?:\(?\d[\d,.]*k?\)?\s+)?(\p{L}[\p{L}'\u2019 ]*?)(?:\s*\(?\d[\d,.]*k?\)?)?\s*:?\s*$")
_FURNITURE = {kind: {line for k, line in rows("page_furniture.tsv") if k == kind} for kind in ("button", "list")}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*\(?[A-Z]{2,4}\)?(?![\p{L}]))?"
_DAY = (rf"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})")
#: "17:42 GMT", "Updated at 17.03 GMT", "10:32, 14 FEB 2025", "Published: 3 hours ago": a time stamp alone on its line.
_STAMP = regex.compile(
    rf"^\s*(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified)(?:\s+(?:at|on))?\s*:?\s*)?"
    rf"(?:(?:{_CLOCK}|{_DAY})[\s,|\u2013\u2014-]*){{1,3}}$|^\s*(?:(?:last\s+)?(?:updated|published|posted))?\s*:?\s*\d+\s+"
    rf"(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\s*$", regex.I)
#: The most words a line of page furniture has: its label's, a count before it and after it, and a colon.
_MAX_FURNITURE_WORDS = max(len(line.split()) for lines in _FURNITURE.values() for line in lines) + 3
#: A line in a list of links to other stories ("1. ‘We feel forgotten’: village cut off") is a headline: this short.
MAX_LINK_WORDS = 25


def _furniture(line: str) -> str | None:
    """"button" for a page's control or label alone on its line, "list" for a heading over a list of links."""
    if len(line.split()) > _MAX_FURNITURE_WORDS:
        return None  # (no label is so long: the pattern, slow on a long line, need not read it)
    label = _LABEL.match(line)
    if label is None:
        return None
    said = " ".join(label.group(1).casefold().replace("\u2019", "'").split())
    return next((kind for kind, lines in _FURNITURE.items() if said in lines), None)


def is_boilerplate(line: str) -> bool:
    """A photo credit, a promotion ("Join our Telegram channel ..."), a teaser, a byline line, a link,
    a page's button, label, time stamp or line of sections between bars on a line of its own."""
    return _is_boilerplate(line, _furniture(line))


def is_byline(line: str) -> bool:
    """A byline standing on its own line ("By Lauren Pike", "By Jo Lee and Tom Ng, Reuters", "Interview by Anu Rao")."""
    return bool(_BYLINE.match(line))


def _is_boilerplate(line: str, furniture: str | None) -> bool:
    """is_boilerplate, the line's _furniture known."""
    if _CREDIT.match(line) or _TEASER.match(line) and not _CAPTION_QUOTING.match(line) or is_byline(line) \
            or _SOURCE_TAG.match(line):
        return True
    if len(line.split()) <= MAX_PROMOTION_WORDS and _TEASER_TAIL.search(line):
        return True
    if _LINK_HEADLINE.match(line) and _WEB_ADDRESS.search(line):
        return True
    if _STAMP.match(line) or furniture is not None:
        return True
    if len(line.split()) <= _MAX_SECTIONS_WORDS and _SECTIONS.match(line):
        return True
    return len(line.split()) <= MAX_PROMOTION_WORDS and _promotes(line)


def _promotes(line: str) -> bool:
    """Whether the line's own words, not a quotation it holds, promote something ("Sign up for our newsletter"; not
    "“Families should sign up for the scheme,” she said")."""
    quoted = [m.span() for m in _QUOTED.finditer(line)]
    return any(not any(start <= m.start() < end for start, end in quoted) for m in _PROMOTION.finditer(line))


def boilerplate_lines(lines: list[str]) -> list[bool]:
    """Which lines are not prose: boilerplate lines, and the list of links under a heading such as
    "Most Read" (up to the next blank line or longer line)."""
    out, in_list = [], False
    for line in lines:
        if not line.strip():  # a blank line is no boilerplate, and ends a list
            out.append(False)
            in_list = False
            continue
        if in_list and len(line.split()) > MAX_LINK_WORDS:
            in_list = False
        kind = _furniture(line)
        in_list = in_list or kind == "list"
        out.append(in_list or _is_boilerplate(line, kind))
    return out


def credits(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that a credit label opens: credit lines ("Photo: AFP"), credits in brackets
    ("(Image: Valleys Photo Agency)") and credits after a sentence's end ("… the cup defeat. Picture: Gallo Images");
    in order."""
    found = [(m.start(), m.end()) for m in _LINE.finditer(text) if _CREDIT.match(m.group())
             and (m.start() == 0 or text[m.start() - 1] == "\n")]
    found += [(m.start(), m.end()) for pattern in (_LABELLED_INLINE, _TRAILING_CREDIT) for m in pattern.finditer(text)]
    return sorted(found)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of `text` that are boilerplate (boilerplate_lines), in order."""
    lines = [m for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    return [(m.start(), m.end()) for m, dropped in zip(lines, boilerplate_lines([m.group() for m in lines]))
            if dropped and m.group().strip()]


#: A letter's salutation opening its line ("Sir, –", "Madam,", "Dear Editor,"), whom no words are said by.
SALUTATION = regex.compile(r"^(?:Dear\s+)?(?:Sir|Madam|Editor|Sir\s+or\s+Madam)\s*[,:\u2013\u2014-][\s,\u2013\u2014-]*", regex.M)


def regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that are not prose: boilerplate lines, credits inside a line, letters'
    salutations and an opening wire dateline; in order."""
    found = furniture_lines(text)
    found += [(m.start(), m.end()) for pattern in (INLINE_CREDIT, SALUTATION) for m in pattern.finditer(text)]
    if dateline := DATELINE.match(text.lstrip()):
        offset = len(text) - len(text.lstrip())
        found.append((offset, offset + dateline.end()))
    return sorted(found)
