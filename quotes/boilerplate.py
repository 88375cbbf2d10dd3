"""What in a news page's text is not the article's prose: photo credits and captions' credits,
teasers for other stories, promotions, bylines, wire datelines, a newsletter's links to other stories.

Reading removes these lines from the articles it stores (quotes.ingest.cleaning); the
extractor, which must keep a gold text's offsets, finds no quotation and no speaker in them.
"""
from __future__ import annotations

import regex

_CREDIT = regex.compile(
    r"^\s*(?:(?:file\s+)?photos?|pictures?|images?|credits?|illustration|video)\s*(?:credit)?\s*[:|/\-\u2013\u2014]"
    r"\s*[\p{L}\p{N} .,&/'\u2019()-]{1,60}$", regex.I)
#: "(Evan Vucci/Associated Press)", "(AP Photo/Jane Doe)", "[Photo: AFP]" inside a line.
INLINE_CREDIT = regex.compile(
    r"[(\[](?:(?:AP|AFP|Reuters|Getty|EPA)\s+Photo\s*/\s*|Photo(?:graph)?s?\s*(?:by|:)\s*)?"
    r"\p{Lu}[\p{L}.'\u2019\- ]{1,40}/\s*\p{Lu}[\p{L}.&'\u2019\- ]{1,40}[)\]]"
    r"|[(\[]\s*(?:Photo(?:graph)?s?|Image|Picture|Credit)\s*(?::|by)\s*[^)\]\n]{1,60}[)\]]", regex.I)
_PROMOTION = regex.compile(
    r"\b(?:join (?:our|\p{Lu}\p{L}*[\u2019']s) \w+ channel|telegram channel|whatsapp channel|"
    r"sign up (?:for|to)|subscribe (?:to|now)|follow us on|download (?:our|the) app|"
    r"get the latest (?:breaking )?news delivered|click here|read more:|related:|advertisement)", regex.I)
#: "READ MORE: ‘…’", "WATCH: …", "SEE ALSO - …": a teaser for another story.
_TEASER = regex.compile(r"^\s*(?:READ MORE|MORE|WATCH|LISTEN|SEE ALSO|ALSO READ|RELATED|TRENDING|PHOTOS?|VIDEO)"
                        r"\s*[:|\-\u2013\u2014]\s*\S", regex.I)
#: "By Jane Smith", "By Jane Smith and Tom Lee, Reuters".
_BYLINE = regex.compile(r"^\s*By\s+\p{Lu}[\p{L}.'\u2019\-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\u2019\-]+){0,5}"
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
#: A line is only taken for a promotion when it is this short (in words).
MAX_PROMOTION_WORDS = 30
_LINE = regex.compile(r"[^\n]+")


def is_boilerplate(line: str) -> bool:
    """A photo credit, a promotion ("Join our Telegram channel ..."), a teaser, a byline line or a link."""
    if _CREDIT.match(line) or _TEASER.match(line) or _BYLINE.match(line) or _SOURCE_TAG.match(line):
        return True
    if _LINK_HEADLINE.match(line) and _WEB_ADDRESS.search(line):
        return True
    return len(line.split()) <= MAX_PROMOTION_WORDS and bool(_PROMOTION.search(line))


def regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that are not prose: boilerplate lines, credits inside a line,
    and an opening wire dateline; in order."""
    found = [(m.start(), m.end()) for m in _LINE.finditer(text) if is_boilerplate(m.group())]
    found += [(m.start(), m.end()) for m in INLINE_CREDIT.finditer(text)]
    if dateline := DATELINE.match(text.lstrip()):
        offset = len(text) - len(text.lstrip())
        found.append((offset, offset + dateline.end()))
    return sorted(found)
