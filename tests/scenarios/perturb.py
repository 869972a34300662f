"""Callers' lines said another way, with the same meaning: how robust the receptionist's
understanding is to the surface of what callers say (issue 14: it is judged on callers it has
never seen, who will not phrase things the way the development sets did).

`bench/eval_scenarios.py --perturb KIND` runs the chosen sets with every caller line passed
through `perturb(KIND, line, key)` before the receptionist hears it; the scenario's expectations
(what is booked, the message's reason, what must be said) stay as they are, since the meaning
does. Each kind changes only the surface:

- `fillers`: "um", "uh", "so", "well" at the start of some lines and after a first comma;
- `plain`: as a recogniser without punctuation writes it: lower case ("I" kept), no full stops,
  commas, question or exclamation marks (a time's colon and a number's hyphen stay);
- `contractions`: "I'd like" for "I would like", "I would like" for "I'd like", and so on,
  whichever way each line has them;
- `numwords`: clock times, phone numbers, dates of the month and prices in words ("three
  thirty", "five five five, oh one four two", "the twelfth", "forty dollars");
- `polite`: a greeting before the first line and a thanks after some answers;
- `synonyms`: common words of a request swapped for their everyday equivalents ("schedule" for
  "book", "could I" for "can I", "give me a call back" for "call me back");
- `mixed`: each line said one of the ways above but `plain`, drawn line by line.

Which lines change is fixed by the key (the scenario's name and the line's place), so a run can
be repeated. Nothing here reads or depends on the engine.
"""

from __future__ import annotations

import random
import re

KINDS = ("fillers", "plain", "contractions", "numwords", "polite", "synonyms", "mixed")
# what `mixed` draws from, line by line (not `plain`: a recogniser without punctuation is a
# different channel, not another caller)
_MIXED = ("fillers", "contractions", "numwords", "polite", "synonyms")

# first words that are not names: lower-cased when a filler goes before them
_COMMON_STARTS = frozenset("""
a actually all also and any anything are as at but can could did do does for good great hello
hey hi how i'd if is it it's just let let's my no nope not now oh ok okay on our perfect please
right so sorry sure that that's the then there thanks thank this uh um we we're well what
what's when where which who why will with would yeah yep yes you your
""".split())


def perturb(kind: str, text: str, key: str) -> str:
    """`text` said the way `kind` says it; `key` picks, repeatably, which lines change."""
    if kind not in KINDS:
        raise ValueError(f"unknown perturbation {kind!r}: one of {', '.join(KINDS)}")
    rng = random.Random(f"{kind}:{key}")
    return _KIND_FUNCTIONS[kind](text, rng, key)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    bare = re.sub(r"[^\w']", "", first).lower()
    return text[0].lower() + text[1:] if bare in _COMMON_STARTS and bare not in ("i", "i'd") \
        else text


def _fillers(text: str, rng: random.Random, key: str) -> str:
    if rng.random() < 0.6:
        text = rng.choice(("Um, ", "Uh, ", "So, ", "Well, ", "Um, so, ")) + _lower_first(text)
    if rng.random() < 0.4:
        text = re.sub(r", (?!um\b|uh\b|so\b)", rng.choice((", um, ", ", uh, ", ", you know, ")),
                      text, count=1)
    return text


def _plain(text: str, rng: random.Random, key: str) -> str:
    text = re.sub(r"[.!?;,](?!\d)|[()]", " ", text)  # "3.5" and "1,200" keep theirs
    text = re.sub(r"(?<![\w$])['\"]|['\"](?!\w)", " ", text)  # quotes, not apostrophes
    words = []
    for word in text.split():
        words.append(word if re.fullmatch(r"I(?:'[a-z]+)?", word) else word.lower())
    return " ".join(words)


# contraction -> the words it stands for; the words are put back only where they mean it
_CONTRACTED = (
    ("I'm", "I am"), ("I'll", "I will"), ("I've", "I have"), ("it's", "it is"),
    ("that's", "that is"), ("don't", "do not"), ("doesn't", "does not"), ("didn't", "did not"),
    ("can't", "cannot"), ("won't", "will not"), ("isn't", "is not"), ("we're", "we are"),
    ("you're", "you are"), ("there's", "there is"), ("what's", "what is"), ("we'll", "we will"),
    ("he's", "he is"), ("she's", "she is"), ("wouldn't", "would not"), ("couldn't", "could not"),
    ("I'd like", "I would like"), ("I'd prefer", "I would prefer"),
    ("I'd rather", "I would rather"), ("I'd love", "I would love"), ("we'd like", "we would like"),
    ("she'd like", "she would like"), ("he'd like", "he would like"),
)
# after these words a "'s" is "has", a "'ve" is a perfect, so they are left as they are
_PERFECT = re.compile(r"\s+(?:been|got|gotten|had|done|seen|already|just|never)\b", re.I)


def _contractions(text: str, rng: random.Random, key: str) -> str:
    has_short = any(re.search(rf"\b{re.escape(short)}\b", text, re.I) for short, _ in _CONTRACTED)
    if has_short:  # said short: say it long
        for short, long in _CONTRACTED:
            text = _swap(text, short, long)
        return text
    for short, long in _CONTRACTED:  # said long: say it short ("I've a dog" is no one's)
        if short != "I've":
            text = _swap(text, long, short)
    return text


def _swap(text: str, old: str, new: str) -> str:
    def replace(match: re.Match) -> str:
        if _PERFECT.match(text, match.end()):
            return match.group(0)
        return new[0].upper() + new[1:] if match.group(0)[0].isupper() else new
    head = re.escape(old[0]) if old[0] == "I" else f"[{old[0]}{old[0].upper()}]"
    pattern = (rf"\b{head}{re.escape(old[1:])}\b").replace("'", "['’]")
    return re.sub(pattern, replace, text)


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
             "nine": "ninth", "twelve": "twelfth"}


def words(n: int) -> str:
    """0-999 in words ("forty-five", "one hundred twenty")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    rest = n % 100
    return f"{_ONES[n // 100]} hundred" + (f" {words(rest)}" if rest else "")


def ordinal(n: int) -> str:
    said = words(n)
    last = said.rsplit("-", 1)[-1]
    if last in _ORDINALS:
        return said[: len(said) - len(last)] + _ORDINALS[last]
    if last.endswith("y"):
        return said[:-1] + "ieth"
    return said + "th"


def _clock(hour: int, minute: int) -> str:
    if minute == 0:
        return words(hour)
    if minute < 10:
        return f"{words(hour)} oh {words(minute)}"
    return f"{words(hour)} {words(minute)}"


def _digits(run: str) -> str:
    return " ".join("oh" if d == "0" else _ONES[int(d)] for d in run)


def _numwords(text: str, rng: random.Random, key: str) -> str:
    def phone(match: re.Match) -> str:
        groups = [g for g in re.split(r"\D+", match.group(0)) if g]
        return ", ".join(_digits(g) for g in groups)
    text = re.sub(r"(?:\+?1[ -.]?)?(?:\(\d{3}\)\s?|\d{3}[ -.])?\d{3}[ -.]\d{4}\b", phone, text)
    text = re.sub(r"\b(\d{1,2}):(\d{2})\b",
                  lambda m: _clock(int(m.group(1)), int(m.group(2))), text)
    text = re.sub(r"\b(\d{1,2})\s*([ap])\.?\s?m\b\.?",
                  lambda m: f"{words(int(m.group(1)))} {m.group(2).lower()}.m.", text, flags=re.I)
    text = re.sub(r"\b(at|by|after|before|around|till|until|from|to) (\d{1,2})\b(?![:\d])",
                  lambda m: f"{m.group(1)} {words(int(m.group(2)))}"
                  if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", lambda m: ordinal(int(m.group(1))), text)
    text = re.sub(r"\$(\d{1,3})(?:\.00)?\b(?![.,]\d)",
                  lambda m: f"{words(int(m.group(1)))} dollars", text)
    return text


def _polite(text: str, rng: random.Random, key: str) -> str:
    first = key.endswith(":1")
    if first and not re.match(r"\s*(?:hi|hello|hey|good (?:morning|afternoon|evening))\b", text,
                              re.I):
        text = rng.choice(("Hi, ", "Hello, ", "Hi there, ")) + _lower_first(text)
    ends_thanks = re.search(r"\b(?:thanks|thank you|bye|goodbye)\W*$", text, re.I)
    if not first and not ends_thanks and not text.rstrip().endswith("?") and rng.random() < 0.4:
        text = re.sub(r"[.!]?\s*$", "", text) + rng.choice((", thanks.", ", thank you.",
                                                             ". Thanks."))
    return text


# pairs said either way: a line with the first gets the second, or else the other way round
_SYNONYMS = (
    (r"\b([Bb])ook\b(?= (?:a|an|me|my|her|him|us|the|it|in|for)\b)",
     r"\b([Ss])chedule\b(?= (?:a|an|me|my|her|him|us|the|it|in|for)\b)",
     lambda m: "Schedule" if m.group(1) == "B" else "schedule",
     lambda m: "Book" if m.group(1) == "S" else "book"),
    (r"\b([Cc])an I\b", r"\b([Cc])ould I\b",
     lambda m: m.group(1).replace("a", "o").replace("A", "O")[0] + "ould I",
     lambda m: m.group(1) + "an I"),
    (r"\bI want to\b", r"\bI'd like to\b", "I'd like to", "I want to"),
    (r"\bcall me back\b", r"\bgive me a call back\b", "give me a call back", "call me back"),
    (r"\b([Dd])o you have\b", r"\b([Hh])ave you got\b",
     lambda m: ("H" if m.group(1) == "D" else "h") + "ave you got",
     lambda m: ("D" if m.group(1) == "H" else "d") + "o you have"),
    (r"\bmake an appointment\b", r"\bset up an appointment\b", "set up an appointment",
     "make an appointment"),
    (r"\bphone number\b", r"\bcell number\b", "number", "phone number"),
)


def _synonyms(text: str, rng: random.Random, key: str) -> str:
    for one, other, to_other, to_one in _SYNONYMS:
        if re.search(one, text):
            text = re.sub(one, to_other, text)
        elif re.search(other, text):
            text = re.sub(other, to_one, text)
    return text


def _mixed(text: str, rng: random.Random, key: str) -> str:
    kind = rng.choice(_MIXED)
    return _KIND_FUNCTIONS[kind](text, random.Random(f"{kind}:{key}"), key)


_KIND_FUNCTIONS = {"fillers": _fillers, "plain": _plain, "contractions": _contractions,
                   "numwords": _numwords, "polite": _polite, "synonyms": _synonyms,
                   "mixed": _mixed}
