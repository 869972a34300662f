"""What a receptionist must say no matter which model is behind it, decided by code.

Advice the trade forbids (a diagnosis, a dose, a legal opinion) is answered with the profession
template's safe alternative, and the template's common objections with its own handler, without
asking the LLM: a small local model cannot be trusted to refuse, or to stay on script.
"""

from __future__ import annotations

import re

from frontdesk.call_config import CallConfig

_CLINICAL = (
    r"\bshould i (take|give|use|try)\b", r"\bhow (much|many|often)\b.*\b(take|give|dose|pills?)\b",
    r"\b(ibuprofen|tylenol|advil|aspirin|antibiotics?|painkillers?|medication|medicine)\b.*\?",
    r"\bwhat (medication|medicine|antibiotic|painkiller|should i take)\b", r"\bdos(e|age)\b",
    r"\bis (it|this|that) (infected|serious|broken|normal|cancer|dangerous)\b",
    r"\bdo (i|you think i) need (a |an )?(root canal|filling|crown|extraction|antibiotics|"
    r"surgery|stitches|x-?rays?)\b",
    r"\bwhat('s| is) wrong with (me|my|him|her|it)\b", r"\bdiagnos", r"\bcan (i|we) give (my|our)",
    r"\bis it safe (to|for)\b",
)
_LEGAL = (
    r"\bdo i have a (good |strong )?(case|claim)\b", r"\bwill (i|we) win\b",
    r"\bshould i (sue|sign|plead|settle|accept|testify|press charges)\b",
    r"\bwhat are my (chances|rights|options)\b", r"\bis (it|this|that) legal\b",
    r"\bcan (i|they) be (sued|arrested|charged|evicted|fired)\b", r"\blegal advice\b",
    r"\bhow much (can|could|will) i get\b",
)
FORBIDDEN_BY_PROFESSION = {
    "dental": _CLINICAL, "medical_clinic": _CLINICAL, "veterinary": _CLINICAL,
    "law_firm": _LEGAL,
}
# What callers say for each objection id the templates use. Asking for a person is not here: that
# is the transfer tool's job.
OBJECTION_PATTERNS = {
    "too_expensive": r"\b(too (expensive|much|pricey)|can'?t afford|cheaper|costs? too much|"
                     r"rip[- ]?off)\b",
    "no_insurance": r"\b(no|don'?t have( any)?|without) (dental |health |pet )?insurance\b",
    "need_to_think": r"\b(think (about|it over)|not sure yet|need some time|let me check with)\b",
    "too_far_out": r"\b(that'?s too (far|long|late)|anything sooner|nothing (earlier|sooner))\b",
    "need_it_sooner": r"\b(anything sooner|need it sooner|can'?t wait that long)\b",
    "need_it_today": r"\b(need (it|someone|somebody) (here )?today|today if possible)\b",
    "dental_anxiety": r"\b(nervous|scared|afraid|anxious|terrified) (of|about)? ?(the )?"
                      r"(dentist|dentists|needles?|drill)?\b",
    "just_a_quote": r"\b(just (want|need) a (quote|price|estimate)|how much would it cost)\b",
    "just_want_a_price": r"\b(just (want|need) a (quote|price|estimate)|ballpark)\b",
    "just_browsing": r"\b(just (browsing|looking)|only looking)\b",
    "wants_free_consultation": r"\b(free consultation|consult for free|charge for a consult)\b",
    "commission_too_high": r"\b(commission|fees?) (is |are )?too high\b",
}


def _matches(patterns: tuple[str, ...] | str, text: str) -> bool:
    if isinstance(patterns, str):
        patterns = (patterns,)
    return any(re.search(p, text) for p in patterns)


def forbidden_advice(config: CallConfig, caller_text: str) -> bool:
    patterns = FORBIDDEN_BY_PROFESSION.get(config.profession, ())
    return bool(patterns) and _matches(patterns, caller_text.lower())


def objection(config: CallConfig, caller_text: str) -> str | None:
    """The template's handler for the objection the caller raised, if it has one."""
    text = caller_text.lower().replace("’", "'")
    for key, handler in config.objection_handlers.items():
        pattern = OBJECTION_PATTERNS.get(key)
        if pattern and _matches(pattern, text):
            return handler
    return None


def scripted_reply(config: CallConfig, caller_text: str) -> str | None:
    """The reply code decides for this caller line, or None to let the LLM answer."""
    if forbidden_advice(config, caller_text):
        return config.safe_alternative or None
    return objection(config, caller_text)
