"""Scoring predictions against gold quotations, with the benchmark's metrics.

Quote detection is lenient (overlap of at least half the longer span, after
stripping quotation marks, outer whitespace and trailing punctuation) or exact,
matched one-to-one, largest overlap first.  Attribution is right when the
predicted mention overlaps the gold source mention, or the predicted canonical
name shares a capitalised, non-title word with it.  End to end, a prediction is
right when it is matched and rightly attributed (gold quotes without a source
count as rightly attributed).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..words import NAME_WORD, POSSESSIVE

_MARKS = frozenset("\"'`\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033")
_TRAILING = frozenset(".,;:!?\u2026\u2014\u2013-")
#: Words that never identify a speaker on their own (function words, titles, roles).
NOT_NAMES = frozenset("""
a an the and or but nor of in on at for to by with from as into about after before than that this these those
he she it they we i you him her them us me his hers its their theirs our ours my mine your yours who whom whose
which what mr mrs ms miss mx dr prof sir dame lord lady sen senator sens rep reps representative gov governor
president presidents vice prime minister ministers secretary gen general lt col capt sgt adm cmdr maj judge justice
rev reverend pastor king queen prince princess chairman chairwoman chair ceo former deputy chief assistant
spokesman spokeswoman spokesperson official officials leader mayor attorney jr sr ii iii iv st mt u s us uk eu un
new according
""".split())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS or text[end - 1] in _TRAILING):
        end -= 1
    return start, end


def _span(obj, length: int) -> tuple[int, int] | None:
    """A valid (start, end) from a dict with integer offsets inside the text, else None."""
    if not isinstance(obj, dict):
        return None
    start, end = obj.get("start"), obj.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= length:
        return None
    return start, end


def _words(text: str | None) -> list[str]:
    return [POSSESSIVE.sub("", w) for w in NAME_WORD.findall(text or "")]


def _name_words(name: str) -> set[str]:
    return {w for w in _words(name) if w[:1].isupper() and w.lower() not in NOT_NAMES}


def attribution_correct(gold: dict, pred: dict, length: int) -> bool:
    """Whether a prediction names the gold quotation's source."""
    source = gold["source"]
    mention = _span(pred.get("speaker"), length)
    if mention and min(source["end"], mention[1]) - max(source["start"], mention[0]) >= 1:
        return True
    name = pred.get("speaker_name")
    return isinstance(name, str) and bool(_name_words(name) & set(_words(source.get("text"))))


def _one_to_one(candidates: list[tuple]) -> dict[int, int]:
    """Greedy one-to-one matching: (score, tiebreak, gold, pred) tuples, best first."""
    taken_gold, taken_pred, out = set(), set(), {}
    for _, _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2], c[3])):
        if g not in taken_gold and p not in taken_pred:
            taken_gold.add(g)
            taken_pred.add(p)
            out[g] = p
    return out


@dataclass
class ArticleResult:
    """Matches in one article, kept for error listings."""

    gold: dict
    predicted: list
    matched: dict[int, int]  # gold index -> predicted index
    correct: dict[int, bool | None]  # gold index -> attribution right (None: gold has no source)


@dataclass
class Scores:
    """Counts and the metrics computed from them."""

    gold: int = 0
    predicted: int = 0
    lenient: int = 0
    exact: int = 0
    attributed: int = 0
    attributed_right: int = 0
    end_to_end: int = 0
    named: int = 0  # matched gold quotes with a canonical speaker_name
    named_right: int = 0  # ... whose predicted speaker_name is that name
    confident: int = 0  # matched predictions given confidence >= CONFIDENT
    confident_wrong: int = 0  # ... whose attribution is wrong
    confident_named: int = 0  # matched predictions given confidence >= CONFIDENT whose gold has a speaker_name
    confident_name_wrong: int = 0  # ... whose predicted speaker_name is not that name
    articles: list[ArticleResult] = field(default_factory=list)

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def metrics(self) -> dict[str, float]:
        out = {}
        for key, hits in (("quote", self.lenient), ("exact", self.exact), ("e2e", self.end_to_end)):
            p, r, f = self._prf(hits, self.predicted, self.gold)
            out.update({f"{key}_p": p, f"{key}_r": r, f"{key}_f1": f})
        out["attr_acc"] = self.attributed_right / self.attributed if self.attributed else 0.0
        out["speaker_name_acc"] = self.named_right / self.named if self.named else None
        out["confident_wrong"] = self.confident_wrong / self.confident if self.confident else 0.0
        out["confident_name_wrong"] = (self.confident_name_wrong / self.confident_named
                                       if self.confident_named else None)
        out.update(n_gold=self.gold, n_pred=self.predicted, n_articles=len(self.articles))
        return out


#: Confidence from which an attribution is presented as sure (the share of these that are wrong is reported).
CONFIDENT = 0.9


def same_name(gold: str, predicted: str | None) -> bool:
    """Whether a predicted canonical speaker name is the gold one (case, "the" and spacing aside)."""
    def plain(name: str) -> str:
        words = name.casefold().replace("\u2019", "'").split()
        return " ".join(words[1:] if words[:1] == ["the"] else words)

    return bool(predicted) and plain(gold) == plain(predicted)


def score(gold_articles: list[dict], predictions: dict[str, list[dict]]) -> Scores:
    """Score predicted quotes (article id -> list of prediction dicts) against gold articles."""
    s = Scores()
    for article in gold_articles:
        text, gold = article["text"], article.get("quotes") or []
        pred = predictions.get(article["id"], [])
        s.gold += len(gold)
        s.predicted += len(pred)
        g_spans = [_strip(text, q["start"], q["end"]) for q in gold]
        p_spans = [(_strip(text, *sp) if (sp := _span(q, len(text))) else None) for q in pred]
        lenient, exact = [], []
        for gi, (gs, ge) in enumerate(g_spans):
            for pi, ps in enumerate(p_spans):
                if ps is None:
                    continue
                overlap = min(ge, ps[1]) - max(gs, ps[0])
                if overlap <= 0:
                    continue
                if overlap >= 0.5 * max(ge - gs, ps[1] - ps[0]):
                    lenient.append((overlap, abs((ge - gs) - (ps[1] - ps[0])), gi, pi))
                if (gs, ge) == ps:
                    exact.append((1, 0, gi, pi))
        matched = _one_to_one(lenient)
        s.lenient += len(matched)
        s.exact += len(_one_to_one(exact))
        correct: dict[int, bool | None] = {}
        for gi, pi in matched.items():
            if gold[gi].get("source") is None:
                correct[gi] = None
                s.end_to_end += 1
                continue
            ok = attribution_correct(gold[gi], pred[pi], len(text))
            correct[gi] = ok
            s.attributed += 1
            s.attributed_right += ok
            s.end_to_end += ok
            if (pred[pi].get("confidence") or 0) >= CONFIDENT:
                s.confident += 1
                s.confident_wrong += not ok
        for gi, pi in matched.items():
            if gold[gi].get("speaker_name"):
                right = same_name(gold[gi]["speaker_name"], pred[pi].get("speaker_name"))
                s.named += 1
                s.named_right += right
                if (pred[pi].get("confidence") or 0) >= CONFIDENT:
                    s.confident_named += 1
                    s.confident_name_wrong += not right
        s.articles.append(ArticleResult(article, pred, matched, correct))
    return s


def format_scores(s: Scores) -> str:
    """The metrics as a small table for people."""
    m = s.metrics()
    rows = [
        f"articles={m['n_articles']}  gold quotes={s.gold}  predicted={s.predicted}",
        f"{'metric':<22}{'P':>8}{'R':>8}{'F1':>8}   counts",
        f"{'quote (lenient)':<22}{m['quote_p']:8.3f}{m['quote_r']:8.3f}{m['quote_f1']:8.3f}   matched={s.lenient}",
        f"{'quote (exact)':<22}{m['exact_p']:8.3f}{m['exact_r']:8.3f}{m['exact_f1']:8.3f}   matched={s.exact}",
        f"{'attribution acc':<22}{m['attr_acc']:8.3f}{'':>16}   {s.attributed_right}/{s.attributed}",
        f"{'end-to-end':<22}{m['e2e_p']:8.3f}{m['e2e_r']:8.3f}{m['e2e_f1']:8.3f}   correct={s.end_to_end}",
        f"{'wrong at conf >= ' + str(CONFIDENT):<22}{m['confident_wrong']:8.3f}{'':>16}   "
        f"{s.confident_wrong}/{s.confident}",
    ]
    if s.named:
        rows.append(f"{'speaker name right':<22}{m['speaker_name_acc']:8.3f}{'':>16}   {s.named_right}/{s.named}")
    if s.confident_named:
        rows.append(f"{'name wrong, conf >= ' + str(CONFIDENT):<22}{m['confident_name_wrong']:8.3f}{'':>16}   "
                    f"{s.confident_name_wrong}/{s.confident_named}")
    return "\n".join(rows)


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    frag = text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]
    return frag.replace("\n", " \u00b6 ")


def format_errors(s: Scores, limit: int) -> str:
    """Up to `limit` examples of each kind of error: missed, spurious, wrongly attributed."""
    missed, spurious, wrong = [], [], []
    for a in s.articles:
        text, gold = a.gold["text"], a.gold.get("quotes") or []
        used = set(a.matched.values())
        missed += [f"- {a.gold['id']}: {_context(text, q['start'], q['end'])}"
                   for gi, q in enumerate(gold) if gi not in a.matched]
        for pi, q in enumerate(a.predicted):
            if pi not in used and _span(q, len(text)):
                spurious.append(f"- {a.gold['id']}: {_context(text, q['start'], q['end'])}")
        for gi, ok in a.correct.items():
            if ok is False:
                q, p = gold[gi], a.predicted[a.matched[gi]]
                said = (p.get("speaker") or {}).get("text")
                wrong.append(f"- {a.gold['id']}: gold {q['source']['text']!r}, predicted {said!r} "
                             f"({p.get('speaker_name')!r}): {_context(text, q['start'], q['end'], 40)}")
    out = []
    for title, rows in (("missed", missed), ("spurious", spurious), ("wrong speaker", wrong)):
        out.append(f"\n=== {title}: {len(rows)} (showing {min(limit, len(rows))})")
        out.extend(rows[:limit])
    return "\n".join(out)
