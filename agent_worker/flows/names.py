"""Caller names: taken when the caller offers one ("this is Ann Lee") or answers "May I have your
name?", and refused when the answer is clearly not a name ("yes", "tomorrow", "I want to book")."""

from __future__ import annotations

import re

from agent_worker.flows.text import clean, fold
from agent_worker.flows.when import WEEKDAYS

_PREFIX = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|ok|okay|hi|hello|hey|of course|right|so|sorry)[,.!]?\s+)*"
    r"(?:(?:it'?s|it is|this is|i'?m|i am|my name is|my name'?s|name'?s|the name is|name is|"
    r"call me|you can call me|put it under|put me down as|under|for|first name is|"
    r"my full name is|me llamo|mi nombre es|soy|je m'?appelle|mon nom est|je suis|ich heiße|"
    r"ich heisse|mein name ist|meu nome é|meu nome e|eu sou|mi chiamo|il mio nome è)\s+"
    r"(?:under\s+)?)?",  # "it's under Ana Ruiz": the name the booking is under
    re.IGNORECASE)
_OFFERED = re.compile(
    r"\b(?i:my name is|my name'?s|this is|i'?m|i am|it'?s|the name is|name'?s|me llamo|"
    r"mi nombre es|je m'appelle|ich heiße|mein name ist|meu nome é|mi chiamo)\s+"
    r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|da|del|la|le|bin|al)){0,3})")
_NOT_NAMES = frozenset("""
    yes yeah yep no nope sure ok okay hi hello hey thanks thank you please sorry the a an and
    or but i me my we you your he she it they them this that there here what when where who why
    how which want wanted would like need needs calling call booking book appointment appointments
    cancel message someone somebody anyone person human today tomorrow morning afternoon evening
    night week weekend next am pm calling about regarding just actually well um uh hmm not good
    great fine just still here there free available open closed patient client customer new
    returning existing again back number phone dentist doctor vet lawyer attorney nurse urgent
    emergency speaking is are was were be been am do does did can could will should have has
    had of to in on at for with from by about as an dog cat puppy kitten car truck tooth teeth
    pain help problem question questions right correct wrong fine exactly absolutely perfect
    that's it's what's there's here's true sounds good works leaving going goodbye bye now
    later busy driving working away gone gotta run hanging
    we're we've we'll we'd i've i'll i'd you're they're he's she's let's buying selling renting
    looking moving hoping trying thinking wondering calling interested first-time first time
    buyer buyers seller sellers renter renters tenant owner owners investor family couple
    """.split()) | set(WEEKDAYS) | {"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december"}
_PARTICLES = frozenset({"de", "van", "von", "da", "del", "la", "le", "bin", "al", "st"})


def _title(word: str) -> str:
    if word in _PARTICLES:
        return word
    return "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'"))
                    for part in word.split("-"))


# Whose name it is, said around it: "Maya Cole is her name", "her name is Maya Cole", "it's for
# my son, Leo Grant", "the patient is Ana Ruiz". The appointment is under the patient's name.
_NAME_IS = re.compile(
    r"^(?P<a>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}),? is (?:my|her|his|their|our|the patient'?s|"
    r"the) name\b|\b(?:her|his|their|the patient'?s|my (?:son|daughter|child|kid|wife|husband|"
    r"partner|mother|mom|father|dad)'?s) name is (?P<b>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})|"
    r"\b(?:it'?s|this is|the appointment is|the booking is) for (?:my (?:son|daughter|child|kid|"
    r"wife|husband|partner|mother|mom|father|dad),? )?(?P<c>[a-z][\w'-]*(?: [a-z][\w'-]*){1,3})|"
    r"\bthe patient is (?P<d>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})")


def _name_said_around(text: str) -> str | None:
    found = _NAME_IS.search(text)
    if found is None:
        return None
    part = next(g for g in found.groups() if g)
    part = re.split(r"[,.;!?]|\s(?:and|i'?m|i am|my|the)\s", part, maxsplit=1)[0]
    return name_answer(part, _around=False)


def name_answer(raw: str, _around: bool = True) -> str | None:
    """The name in an answer to "May I have your name?", or None if it is not a name."""
    if _around:
        around = _name_said_around(clean(raw).strip(" .!?"))
        if around:
            return around
    text = clean(raw).strip(" .!?")
    text = _PREFIX.sub("", text, count=1)
    # stop at the number or whatever else follows the name
    text = re.split(r"[,.;!?]|\s(?:and|my|phone|number|the number|at|you can|from)\s|\d",
                    text, maxsplit=1)[0].strip()
    tokens = [t for t in text.split() if t]
    if not 1 <= len(tokens) <= 4:
        return None
    if any(not re.fullmatch(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*\.?", t) for t in tokens):
        return None
    if any(t.strip(".") in _NOT_NAMES for t in tokens if t not in _PARTICLES):
        return None
    if len(tokens) == 1 and len(tokens[0]) < 2:
        return None
    return " ".join(_title(t.strip(".")) for t in tokens)


def offered_name(raw: str) -> str | None:
    """A name the caller volunteers mid-sentence: 'Hi, this is Ann Lee, I'd like...'.

    Only capitalised words count here (speech recognisers capitalise names), so "I'm calling
    about..." is not a name.
    """
    m = _OFFERED.search((raw or "").replace("’", "'"))
    if m is None:
        return None
    tokens = m.group(1).split()
    while tokens and fold(tokens[-1]) in _NOT_NAMES:
        tokens.pop()
    if not tokens or any(fold(t) in _NOT_NAMES for t in tokens):
        return None
    return " ".join(_title(fold(t)) for t in tokens)
