"""What a receptionist must say no matter which model is behind it, decided by code.

Advice the trade forbids (a diagnosis, a dose, a legal opinion) is answered with the profession
template's safe alternative, and the template's common objections with its own handler, without
asking the LLM: a small local model cannot be trusted to refuse, or to stay on script.
"""

from __future__ import annotations

import re

from frontdesk.call_config import CallConfig

_CLINICAL = (
    r"\bshould i (take|give|use|try)\b",
    # "how much should I give him", not "how much is whitening and do you take my insurance"
    r"\bhow (much|many|often)\b.*\b((i|we|he|she|they|him|her)( \w+)? (take|give)|dose|pills?)\b",
    r"\b(ibuprofen|tylenol|advil|aspirin|antibiotics?|painkillers?|medication|medicine)\b.*\?",
    # the same said without a question mark, as the recogniser writes it ("can i just give him
    # like a baby aspirin")
    r"\b(can|could|should|do) (i|we) (just |still |also )?(give|take|use)\b[^.?!]*\b(ibuprofen|"
    r"tylenol|advil|aleve|motrin|aspirin|acetaminophen|benadryl|pepto|antibiotics?|painkillers?|"
    r"medication|medicine|meds)\b",
    r"\bwhat (medication|medicine|antibiotic|painkiller|should i take)\b", r"\bdos(e|age)\b",
    r"\bis (it|this|that) (something )?(infected|serious|broken|normal|cancer|dangerous|bad|"
    r"worrying)\b", r"\bshould i (be )?(worried|concerned|scared)\b",
    r"\bdo (i|you think i) need (a |an )?(root canal|filling|crown|extraction|antibiotics|"
    r"surgery|stitches|x-?rays?)\b",
    r"\bwhat('s| is) wrong with (me|my|him|her|it)\b", r"\bdiagnos", r"\bcan (i|we) give (my|our)",
    # "can you tell me if that's bad and what I should do about it?" (a result read out)
    r"\b(if|whether) (that'?s|that is|it'?s|it is|this is|they'?re|they are) (bad|serious|"
    r"normal|dangerous|okay|ok|too high|too low|high|low)\b",
    r"\bwhat (should|do) (i|we) (do|take) about (it|that|this|them)\b",
    r"\bis it safe (to|for)\b",
    # a dose changed ("can I give him an extra half pill?", "could I double her drops?")
    r"\b(can|could|should) (i|we) (give|take|double|skip|stop|increase|cut|split)\b[^.?!]*"
    r"\b(pills?|tablets?|capsules?|doses?|meds|medications?|medicines?|drops|mg|milligrams?)\b",
    r"\b(extra|another|half|double) (a )?(pill|tablet|capsule|dose)\b",
    # "if I run out, is it okay to just skip a few days?", "can I just stop taking it?"
    r"\b(is it|would it be|will it be) (okay|ok|alright|all right|fine|bad) (to|if) (i |we |he |"
    r"she |they )?(just )?(skip|stop|miss|go without|double|take|give|mix)\b",
    r"\b(can|could|should) (i|we|he|she) (just )?(skip|stop taking|stop|go without|miss) "
    r"(a |my |his |her |the |some |few |\w+ )?(days?|doses?|pills?|tablets?|meds|medications?|"
    r"medicines?|it|them|insulin|inhaler)\b",
)
_LEGAL = (
    r"\bdo i have a (good |strong )?(case|claim)\b", r"\bwill (i|we) (win|lose)\b",
    r"\b(am|are) (i|we) (going to|gonna) (win|lose)\b",
    r"\b(i'?ve got|i have got|have i got|i'?d have|i have) a (good |strong |real |decent )?"
    r"(case|claim)\b",
    r"\bshould i (sue|sign|plead|settle|accept|testify|press charges)\b",
    r"\bwhat are my (chances|rights|options)\b", r"\bis (it|this|that) legal\b",
    r"\b(a|any|good|real|decent|strong) chance (of|to|at) (getting|winning|get|win|keeping|keep)\b",
    r"\bmy chances\b",
    r"\bcan (i|they) be (sued|arrested|charged|evicted|fired)\b", r"\blegal advice\b",
    r"\bhow much (can|could|will) i get\b",
    r"\b(can|could) (i|we|my \w+) (sue|win|press charges|get (my )?(money|deposit|compensation|"
    r"damages) back)\b", r"\bis it worth (suing|fighting|going to court|taking (him|her|them|it) "
    r"to court)\b", r"\b(am|are|is) (i|we|he|she|they) (liable|at fault|in trouble|going to "
    r"(jail|prison))\b",
    # "do I have to agree to it?", "does he have the right to...", "am I allowed to move?"
    r"\b(do|does|would|will) (i|we|he|she|they|my \w+) (have to|need to|legally have to) "
    r"(agree|sign|pay|accept|give|move|leave|let|tell|report|go to court|show up)\b",
    r"\b(am|are|is) (i|we|he|she|they|my \w+) (allowed|obligated|required|entitled) to\b",
    r"\b(does|do) (he|she|they|my \w+|the \w+) have (the|a) right to\b",
    # "Should he be saying anything to the police? What do I tell him when he calls?"
    r"\bshould (i|we|he|she|they|my \w+) (be )?(say|saying|talk|talking|tell|telling|answer|"
    r"answering|speak|speaking)\b[^.?!]{0,25}\b(police|cops|detectives?|prosecutors?|judge|"
    r"insurance|adjusters?|investigators?|anything|anyone)\b",
    r"\bwhat (do|should) (i|we) (tell|say to) (him|her|them|my \w+|the (police|cops|judge|"
    r"court|insurance|adjuster))\b",
)
# Home services: no repair instructions, and never that a danger can wait.
_HOME = (
    r"\b(walk|talk|take) (me|us) through\b", r"\bhow (do|can|would|should) i (fix|repair|replace|"
    r"unclog|install|change|reset|relight|drain|stop)\b",
    r"\b(fix|repair|replace|do) (it|this|that|\w+) (myself|ourselves|on my own)\b",
    # ("could I do it myself?"; not "I swapped the flapper myself. What do you charge?")
    r"\bmyself\b[^.!?]*\?", r"\bis it safe to\b",
    r"\bcan (it|this|that) (safely )?wait\b", r"\bwhat(?:'s| is| could be| might be) (wrong|"
    r"causing)\b",
)
# Auto repair: no diagnosis, never that a vehicle is safe to drive.
_AUTO = (
    r"\bis (it|this|that|my \w+|the \w+) (still |even )?safe to (drive|keep driving|drive on)\b",
    r"\bsafe to (drive|keep driving)\b", r"\bcan i (still |keep )?driv(e|ing) (it|on it|my \w+|"
    r"the \w+|with)\b", r"\bwhat(?:'s| is| could be| might be| do you think is) (wrong|causing|"
    r"the problem)\b", r"\bdo (you think|i need) (i need )?(a )?new (brakes|engine|transmission|"
    r"battery|tires)\b", r"\bis (it|that|this) (serious|dangerous|bad)\b",
)
# Real estate: no verdict on a neighbourhood, no value of a home, no seller's bottom line.
_REAL_ESTATE = (
    r"\b(neighbou?rhood|area|street|part of town|district)s?\b.*\b(safe|dangerous|crime|good for "
    r"(families|kids)|schools?|(what kind of|who) (people|lives))\b",
    r"\b(safe|dangerous|good) (neighbou?rhood|area)\b",
    r"\b(what|how much)\b[\w' -]{0,60}\bworth\b",
    r"\b(what|how much) ([\w'-]+ ){0,12}(sell|sells|go|goes|list|lists|be listed|rent|rents|"
    r"going|selling) for\b",
    r"\b(what|how much|lowest) (\w+ ){0,3}(would|will) (the )?sellers? (accept|take|go)\b",
    r"\b(lowest|bottom) (price|line|offer)\b",
    # a listing's rent or price compared ("which is cheaper per month?"): the listing's, an
    # agent's to give, never the services' price list
    r"\bwhich (one |house |home |place |unit |apartment |rental )?is (cheaper|less expensive|"
    r"more expensive)\b", r"\b(how much|what) is (the )?(monthly )?rent\b",
)

FORBIDDEN_BY_PROFESSION = {
    "dental": _CLINICAL, "medical_clinic": _CLINICAL, "veterinary": _CLINICAL,
    "law_firm": _LEGAL, "home_services": _HOME, "auto_repair": _AUTO, "real_estate": _REAL_ESTATE,
}
# What callers say for each objection id the templates use. Asking for a person is not here: that
# is the transfer tool's job.
OBJECTION_PATTERNS = {
    # ("I'll go with the cheaper one": a choice, not an objection)
    # ("they cut off way too much": too much of something else, not of the price)
    "too_expensive": r"\b(too (expensive|pricey)|(?<!off way )(?<!off far )(?<!off )(?<!cut )"
                     r"(?<!took )(?<!taken )too much(?! (?:off|hair|length|water|\w+ing)\b)|"
                     r"can'?t afford|(?<!the )cheaper|costs? too much|rip[- ]?off)\b",
    "no_insurance": r"\b(no|don'?t have( any)?|without) (dental |health |pet )?insurance\b",
    "need_to_think": r"\b(think (about|it over)|not sure yet|need some time|let me check with)\b",
    "too_far_out": r"\b(that'?s too (far|long|late)|anything sooner|nothing (earlier|sooner))\b",
    "need_it_sooner": r"\b(anything sooner|need it sooner|can'?t wait that long)\b",
    "need_it_today": r"\b(need (it|someone|somebody) (here )?today|today if possible)\b",
    # "I'm afraid I have to cancel": politeness, not fear
    "dental_anxiety": r"\b(nervous|scared|afraid(?! (?:i|i'?ll|i'?ve|we|that|so|not|it|you|"
                      r"there|he|she|they|this|my)\b)|anxious|terrified) (of|about)? ?(the )?"
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
