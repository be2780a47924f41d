"""Talent-gap matching: which of our offers could fill a partner's talent or skills need.

An offer is ranked against a need by category first (an offer of the need's own category,
then one of the sibling category — talent and skills —, then an offer with no category),
then by a score from the text:

- a *skill* of the offer found as such in the need ("python", "data analysis"): 3 points;
- a *close* pair, an offer skill written nearly the same way in the need ("machine
  learning" ~ "machine-learning", "cyber security" ~ "cybersecurity", a typo): as much,
  times how alike the two are (at least 0.88);
- each other shared *word*: 2 when it is in the offer's name or skills, 1 when it is
  only in its description or is a generic word such as "certificate".

Below `MIN_SCORE` an offer is not a match: one generic or description word is not
enough, a skill or a strong word is. Offers of an unrelated category (a lab offered as
facilities) and offers with no places left (capacity 0) never match. Ties are broken by
name, then id, so the order is the same on every run.

Fuzzy comparison uses RapidFuzz's normalized Indel similarity (`fuzz.ratio`) on the
phrases with spaces and hyphens taken out; each distinct phrase of the needs is compared
once against all offer skills, so thousands of needs cost one pass over their phrases.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum

from rapidfuzz import fuzz, process

from partnerdesk.domain.enums import NeedCategory, NeedStatus, Priority
from partnerdesk.domain.models import Need, Offer

# The needs that offers are matched against, and the statuses that still want filling.
MATCHED_CATEGORIES = frozenset({NeedCategory.TALENT, NeedCategory.SKILLS})
UNMET_STATUSES = frozenset({NeedStatus.OPEN, NeedStatus.IN_PROGRESS})
MIN_SCORE = 2.0
# How alike (0-100, RapidFuzz ratio) an offer skill and a phrase of the need must be.
CLOSE_SIMILARITY = 88.0
# Shorter phrases are compared exactly only: "sql" ~ "sq" is noise, not a typo.
MIN_FUZZY_LENGTH = 5
SKILL_POINTS = 3.0
CLOSE_POINTS = SKILL_POINTS
STRONG_WORD_POINTS = 2.0
WEAK_WORD_POINTS = 1.0
# Longest phrase of a need compared with offer skills, in words.
MAX_PHRASE_WORDS = 3

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _word_set(
    """
    a about after all also an and any are as at be been before being both but by can could
    do does each either etc every for from get had has have help how i if in into is it its
    just like many may more most much must my need needs needed new no not now of on one or
    other our out over own per so some such than that the their them then there these they
    this those through to too two three under up us very via want wants was we were what
    when where which while who whom why will with within would year years yearly
    month months week weeks day days night nights time current staff people team teams
    role roles candidate candidates starting start steady pipeline replace retiring take
    takes can office entry level entry-level diverse first next looking seek seeks seeking
    """
)
# Words that say what form an offer takes, or what rank a role has, rather than what it is
# about ("analyst" in "policy analyst" and "data analyst"): they count little.
_GENERIC_WORDS = _word_set(
    """
    certificate course program programme training cohort project student intern internship
    lab laboratory center centre service series education support partnership placement
    residency scheme class workshop expertise faculty
    analyst specialist manager engineer technician associate assistant coordinator
    supervisor worker officer trainee consultant fellow
    """
)
_RELATED = {NeedCategory.TALENT: NeedCategory.SKILLS, NeedCategory.SKILLS: NeedCategory.TALENT}
_TOKEN = re.compile(r"[^\W_][\w+#]*(?:[-'’][^\W_][\w+#]*)*")
_WORD_SPLIT = re.compile(r"[-'’]")
_SKILL_SPLIT = re.compile(r"[,;/\n]+")
_NOT_COMPACT = re.compile(r"[^\w+#]|_")


class CategoryFit(IntEnum):
    """How an offer's categories fit a need's, best first (the first sort key)."""

    SAME = 0
    RELATED = 1
    UNCATEGORIZED = 2


@dataclass(frozen=True, kw_only=True)
class MatchReason:
    """Why an offer fits a need, in the words of both."""

    category: NeedCategory | None
    fit: CategoryFit
    skills: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    # (the offer's skill, the need's phrase), each as written
    close: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Match:
    """An offer that could fill a need; `partner_name` is the need's partner, when known."""

    need: Need
    offer: Offer
    score: float
    reason: MatchReason
    partner_name: str = ""

    @property
    def fit(self) -> CategoryFit:
        return self.reason.fit


@dataclass(frozen=True, kw_only=True)
class PartnerNeed:
    """A need with the name of the partner who has it (a row of the Gaps view)."""

    need: Need
    partner_name: str


def is_matchable(need: Need) -> bool:
    """A talent or skills need that is still open or in progress."""
    return need.category in MATCHED_CATEGORIES and need.status in UNMET_STATUSES


def stem(word: str) -> str:
    """A light English stem, so "analysts" meets "analyst" and "nurses" meets "nurse"."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def compact(phrase: str) -> str:
    """The phrase lower-cased with spaces, hyphens and punctuation taken out."""
    return _NOT_COMPACT.sub("", phrase.lower())


def content_words(text: str) -> list[str]:
    """The words of `text` that carry meaning, lower-cased, in order (not stemmed)."""
    words = []
    for token in _TOKEN.findall(text.lower()):
        for word in _WORD_SPLIT.split(token):
            if _is_content(word):
                words.append(word)
    return words


def skill_phrases(skills: str) -> list[str]:
    """An offer's skills text as phrases: "Python, SQL; machine learning" gives three."""
    phrases = (" ".join(part.split()) for part in _SKILL_SPLIT.split(skills))
    return list(dict.fromkeys(phrase for phrase in phrases if compact(phrase)))


def _is_content(word: str) -> bool:
    if word in _STOPWORDS or word.isdigit():
        return False
    return len(word) >= 2 or "+" in word or "#" in word


def _is_edge(token: str) -> bool:
    """Whether a phrase may begin or end with this token: not "the", not "12"."""
    return token not in _STOPWORDS and not token.isdigit()


@dataclass(frozen=True)
class _OfferTerms:
    offer: Offer
    strong: frozenset[str]  # stems of the name and skills
    weak: frozenset[str]  # stems of the description only, and generic words
    skills: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    """What one token of a need contributes; tokens repeat, so each is read once."""

    words: tuple[tuple[str, str], ...]  # (content word, its stem)
    edge: bool  # may begin or end a phrase
    key: str  # compact form


@dataclass(frozen=True)
class _NeedText:
    """A need's description taken apart once: its tokens as written and as read, its words."""

    raws: list[str]
    tokens: list[_Token]
    words: tuple[tuple[str, str], ...]


@dataclass
class _Evidence:
    skills: dict[str, None] = field(default_factory=dict)
    close: dict[tuple[str, str], float] = field(default_factory=dict)
    covered: set[str] = field(default_factory=set)  # need stems explained by the above


# A match before it is tied to one need: the offer's position, its score and the reason.
_Found = tuple[int, float, MatchReason]


class OfferMatcher:
    """Ranks a fixed set of offers against any number of needs; pure and deterministic.

    Build one per set of offers and reuse it across needs: tokens, phrases and whole
    descriptions already seen are remembered, so a notebook's thousands of needs cost
    little more than its distinct descriptions.
    """

    def __init__(self, offers: Iterable[Offer]) -> None:
        self._offers = [
            self._terms(offer) for offer in offers if offer.capacity is None or offer.capacity > 0
        ]
        # stem -> offers (by position) that have it, strongly or weakly
        self._by_stem: dict[str, set[int]] = {}
        # compact skill -> (offer position, skill as written)
        self._by_skill: dict[str, list[tuple[int, str]]] = {}
        for position, terms in enumerate(self._offers):
            for word in terms.strong | terms.weak:
                self._by_stem.setdefault(word, set()).add(position)
            for skill in terms.skills:
                self._by_skill.setdefault(compact(skill), []).append((position, skill))
        self._fuzzy_skills = [key for key in self._by_skill if len(key) >= MIN_FUZZY_LENGTH]
        self._close_cache: dict[str, list[tuple[str, float]]] = {}
        self._token_cache: dict[str, _Token] = {}
        self._found_cache: dict[tuple[str, NeedCategory], list[_Found]] = {}

    @property
    def offers(self) -> list[Offer]:
        return [terms.offer for terms in self._offers]

    def matches(self, need: Need, partner_name: str = "") -> list[Match]:
        """The offers that could fill `need`, best first; empty if it is not matchable."""
        if not is_matchable(need):
            return []
        found = [
            Match(
                need=need,
                offer=self._offers[position].offer,
                score=score,
                reason=reason,
                partner_name=partner_name,
            )
            for position, score, reason in self._found(need.description, need.category)
        ]
        return sorted(found, key=offer_rank)

    def is_filled(self, need: Need) -> bool:
        """Whether some offer could fill the need (a gap is a matchable need with none)."""
        return is_matchable(need) and bool(self._found(need.description, need.category))

    def fills(self, description: str, category: NeedCategory) -> bool:
        """Whether some offer could fill an open need with this description and category."""
        return category in MATCHED_CATEGORIES and bool(self._found(description, category))

    def fit(
        self, offer_id: int, description: str, category: NeedCategory
    ) -> tuple[float, MatchReason] | None:
        """How offer `offer_id` fits an open need with this description: score and reason."""
        if category not in MATCHED_CATEGORIES:
            return None
        for position, score, reason in self._found(description, category):
            if self._offers[position].offer.id == offer_id:
                return score, reason
        return None

    def offer(self, offer_id: int) -> Offer | None:
        """The offer with this id among those matched (none with no places left)."""
        return next((t.offer for t in self._offers if t.offer.id == offer_id), None)

    def needs_for(self, offer_id: int, needs: Iterable[PartnerNeed]) -> list[Match]:
        """The needs that offer `offer_id` could fill, best first."""
        positions = [i for i, terms in enumerate(self._offers) if terms.offer.id == offer_id]
        if not positions:
            return []
        position = positions[0]
        offer = self._offers[position].offer
        found = []
        for item in needs:
            if not is_matchable(item.need):
                continue
            for where, score, reason in self._found(item.need.description, item.need.category):
                if where == position:
                    found.append(
                        Match(
                            need=item.need,
                            offer=offer,
                            score=score,
                            reason=reason,
                            partner_name=item.partner_name,
                        )
                    )
        return sorted(found, key=need_rank)

    def gaps(self, needs: Iterable[PartnerNeed]) -> list[PartnerNeed]:
        """The matchable needs no offer fills, by priority then newest first."""
        return sort_gaps(
            item
            for item in needs
            if is_matchable(item.need)
            and not self._found(item.need.description, item.need.category)
        )

    # -- the pieces --------------------------------------------------------------------------

    @staticmethod
    def _terms(offer: Offer) -> _OfferTerms:
        skills = tuple(skill_phrases(offer.skills))
        strong = {stem(word) for word in content_words(offer.name + " " + offer.skills)}
        weak = {stem(word) for word in content_words(offer.description)} - strong
        generic = {word for word in strong if word in _GENERIC_WORDS}
        return _OfferTerms(offer, frozenset(strong - generic), frozenset(weak | generic), skills)

    def _found(self, description: str, category: NeedCategory) -> list[_Found]:
        cache_key = (description, category)
        found = self._found_cache.get(cache_key)
        if found is None:
            text = self._read(description)
            found = []
            for position, evidence in self._evidence(text).items():
                scored = self._score(text, category, position, evidence)
                if scored is not None:
                    found.append(scored)
            self._found_cache[cache_key] = found
        return found

    def _read(self, description: str) -> _NeedText:
        raws = _TOKEN.findall(description.lower())
        tokens = [self._token(raw) for raw in raws]
        words = tuple(word for token in tokens for word in token.words)
        return _NeedText(raws, tokens, words)

    def _token(self, raw: str) -> _Token:
        token = self._token_cache.get(raw)
        if token is None:
            words = tuple(
                (word, stem(word)) for word in _WORD_SPLIT.split(raw) if _is_content(word)
            )
            token = _Token(words, _is_edge(raw), compact(raw))
            self._token_cache[raw] = token
        return token

    def _evidence(self, text: _NeedText) -> dict[int, _Evidence]:
        evidence: dict[int, _Evidence] = {}
        tokens = text.tokens
        by_skill = self._by_skill
        for start, first in enumerate(tokens):
            if not first.edge:
                continue
            key = ""
            for end in range(start, min(start + MAX_PHRASE_WORDS, len(tokens))):
                last = tokens[end]
                key += last.key
                if not last.edge:
                    continue
                exact = by_skill.get(key, ())
                close = self._close(key)
                if not exact and not close:
                    continue
                phrase = " ".join(text.raws[start : end + 1])
                stems = {
                    stemmed for token in tokens[start : end + 1] for _w, stemmed in token.words
                }
                for position, skill in exact:
                    found = evidence.setdefault(position, _Evidence())
                    if " ".join(skill.lower().split()) == phrase:
                        found.skills[skill] = None
                    else:  # the same letters, spaced or hyphenated differently
                        found.close[(skill, phrase)] = 100.0
                    found.covered |= stems
                for skill_key, similarity in close:
                    for position, skill in by_skill[skill_key]:
                        found = evidence.setdefault(position, _Evidence())
                        pair = (skill, phrase)
                        found.close[pair] = max(found.close.get(pair, 0.0), similarity)
                        found.covered |= stems
        for _word, stemmed in text.words:
            for position in self._by_stem.get(stemmed, ()):
                if position not in evidence:
                    evidence[position] = _Evidence()
        return evidence

    def _close(self, key: str) -> list[tuple[str, float]]:
        """Offer skills spelled nearly (not exactly) like `key`, with their similarity."""
        if len(key) < MIN_FUZZY_LENGTH:
            return []
        cached = self._close_cache.get(key)
        if cached is None:
            cached = [
                (choice, float(score))
                for choice, score, _index in process.extract(
                    key,
                    self._fuzzy_skills,
                    scorer=fuzz.ratio,
                    score_cutoff=CLOSE_SIMILARITY,
                    limit=None,
                )
                if choice != key
            ]
            self._close_cache[key] = cached
        return cached

    def _score(
        self, text: _NeedText, category: NeedCategory, position: int, evidence: _Evidence
    ) -> _Found | None:
        terms = self._offers[position]
        fit = category_fit(category, terms.offer.categories)
        if fit is None:
            return None
        words: dict[str, float] = {}
        for word, stemmed in text.words:
            if stemmed in evidence.covered or word in words:
                continue
            if stemmed in terms.strong:
                words[word] = STRONG_WORD_POINTS
            elif stemmed in terms.weak:
                words[word] = WEAK_WORD_POINTS
        close = _best_close(evidence.close, evidence.skills)
        score = (
            SKILL_POINTS * len(evidence.skills)
            + sum(CLOSE_POINTS * similarity / 100.0 for similarity in close.values())
            + sum(words.values())
        )
        if score < MIN_SCORE:
            return None
        reason = MatchReason(
            category=category if fit is not CategoryFit.UNCATEGORIZED else None,
            fit=fit,
            skills=tuple(evidence.skills),
            words=tuple(words),
            close=tuple(close),
        )
        return position, round(score, 2), reason


def category_fit(need: NeedCategory, offered: Sequence[NeedCategory]) -> CategoryFit | None:
    """How well an offer's categories fit a need's; None when they do not fit at all."""
    if need in offered:
        return CategoryFit.SAME
    related = _RELATED.get(need)
    if related is not None and related in offered:
        return CategoryFit.RELATED
    if not offered:
        return CategoryFit.UNCATEGORIZED
    return None


def _best_close(
    pairs: dict[tuple[str, str], float], exact: Iterable[str]
) -> dict[tuple[str, str], float]:
    """One close pair per offer skill, the most alike; a skill found exactly counts once."""
    found = set(exact)
    best: dict[str, tuple[tuple[str, str], float]] = {}
    for pair, similarity in sorted(pairs.items()):
        skill = pair[0]
        if skill in found:
            continue
        if skill not in best or similarity > best[skill][1]:
            best[skill] = (pair, similarity)
    return dict(best.values())


def offer_rank(match: Match) -> tuple[int, float, str, int]:
    """Category fit, then score (higher first), then the offer's name and id."""
    return (match.fit, -match.score, match.offer.name.casefold(), match.offer.id)


def need_rank(match: Match) -> tuple[int, float, int, str, int]:
    """Category fit, then score, then priority, then partner name and need id."""
    return (
        match.fit,
        -match.score,
        PRIORITY_RANK[match.need.priority],
        match.partner_name.casefold(),
        match.need.id,
    )


def sort_gaps(items: Iterable[PartnerNeed]) -> list[PartnerNeed]:
    """Priority first (high before low), then newest first, then the highest id."""
    newest_first = sorted(
        items, key=lambda item: (item.need.created_at or _EPOCH, item.need.id), reverse=True
    )
    return sorted(newest_first, key=lambda item: PRIORITY_RANK[item.need.priority])
