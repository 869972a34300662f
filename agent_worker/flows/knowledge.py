"""Answers the business already wrote down: opening hours, the price list and the FAQ, matched
by code and read out as the owner wrote them (no LLM, so no invented prices)."""

from __future__ import annotations

import re
from datetime import datetime

from agent_worker.flows.text import clean, fold, is_question, words
from agent_worker.flows.when import WEEKDAYS
from calls.appointments import spoken_clock
from frontdesk.call_config import CallConfig
from tenants.business_hours import (
    DAY_NAMES,
    DAYS,
    describe_business_hours,
    is_open,
    validate_business_hours,
)

_STOP = frozenset("""
    a an the i me my we our you your it its is are was be do does did can could would will should
    shall may might to of in on at for with and or but if so that this these those there here what
    when where who how which please just like get got have has had any some about tell know want
    need much many also really there's what's it's i'd i'm you're we're does don't doesn't hi hello
    thanks thank okay ok yes no am pm by over
    """.split())
_SYNONYMS = {"wills": "estate", "probate": "estate", "trusts": "estate",  # estate planning
             "take": "accept", "accepts": "accept", "taking": "accept", "insured": "insurance",
             "cover": "insurance", "covers": "insurance", "covered": "insurance",
             "coverage": "insurance",
             # an insurer named is a question about insurance ("Do you take Aetna?")
             **dict.fromkeys(("aetna", "cigna", "humana", "kaiser", "medicare", "medicaid",
                              "bluecross", "anthem", "tricare", "metlife", "guardian",
                              "unitedhealthcare", "geico", "allstate", "progressive",
                              "statefarm", "delta", "bcbs", "blueshield", "ppo",
                              "hmo", "highmark", "molina", "ameritas", "uhc", "wellcare",
                              "ambetter", "careington", "optum", "carefirst", "premera",
                              "regence", "usaa"),
                             "insurance"),
             "pay": "payment", "paying": "payment", "payments": "payment", "cards": "card",
             # a card or a way to pay named is a question about payment ("Do you take Discover?")
             **dict.fromkeys(("visa", "mastercard", "amex", "discover", "maestro"), "payment"),
             # "health savings card", "HSA", "flex spending": a way to pay
             **dict.fromkeys(("hsa", "fsa", "savings", "spending"), "payment"),
             **dict.fromkeys(("cash", "venmo", "zelle", "paypal", "applepay", "checks", "cheque",
                              "cheques", "financing", "carecredit"), "payment"),
             "cancelling": "cancellation", "canceling": "cancellation", "cancel": "cancellation",
             "cancelled": "cancellation", "canceled": "cancellation", "late": "late",
             # a missed appointment is what the cancellation policy charges for
             "miss": "cancellation", "missed": "cancellation", "no-show": "cancellation",
             "noshow": "cancellation", "no-shows": "cancellation",
             # how much notice a change needs is what the cancellation policy says
             "notice": "cancellation", "warning": "cancellation",
             "bring": "bring", "guarantee": "guaranteed", "warranty": "guaranteed",
             "emergencies": "emergency", "animals": "animal", "pets": "animal", "pet": "animal",
             "estimates": "estimate", "quote": "estimate", "quotes": "estimate",
             "consultations": "consultation", "consult": "consultation", "refills": "refill",
             "prescriptions": "prescription", "makes": "make", "models": "model",
             "cars": "car", "vehicles": "car", "vehicle": "car", "worth": "value",
             "valuation": "value", "approved": "pre-approved", "preapproved": "pre-approved",
             "gift": "gift", "licensed": "licensed", "video": "video", "zoom": "video",
             # plurals no ending rule undoes, and the everyday words for a child ("do you see
             # children?", "kids' cleanings" ask about the child's service)
             # a car's make named is a question about which makes and models are serviced ("Do
             # you work on Volkswagens?"; "make" is also a verb, so the brand counts as a model)
             **dict.fromkeys(("toyota", "honda", "ford", "chevy", "chevrolet", "nissan",
                              "hyundai", "kia", "subaru", "mazda", "volkswagen", "vw", "bmw",
                              "mercedes", "audi", "lexus", "jeep", "dodge", "gmc", "buick",
                              "cadillac", "tesla", "volvo", "acura", "infiniti", "mitsubishi",
                              "porsche", "chrysler", "lincoln", "fiat", "jaguar"), "model"),
             "children": "child", "kids": "child", "kid": "child", "pediatric": "child",
             "paediatric": "child", "men": "man", "women": "woman", "feet": "foot",
             "mice": "mouse", "people": "person", "geese": "goose"}
# kinds of animal, for the FAQ only ("do you see rabbits?" asks which animals are seen; a
# service is never matched by them: "my rabbit" names no service on the price list)
_ANIMALS = frozenset("""rabbit bunny bird hamster reptile snake lizard ferret parrot guinea pig
    turtle tortoise chinchilla gerbil rat mouse exotic horse goat chicken""".split())
_HOURS = re.compile(
    r"\b((?<!how many )(?<!many )hours|opening times|(?:your|the|shop|office|salon|clinic) "
    r"timings?|what time do you (?:open|close)|"
    # "do you have any late nights?", "evening appointments?": how late the business opens
    r"late nights?|late (?:hours|openings?)|evening (?:hours|openings?)|"
    r"open (?:in the )?evenings?|"
    # "on Sunday also you are open?", "you work on Saturday?": asked without the inversion
    r"(?:(?:you|y'?all|you guys) (?:are|r)|you'?re) (?:also )?(?:open|closed)\b(?=[^.!]*\?)|"
    r"(?:you|y'?all|you guys) (?:also )?(?:work|open) (?:on )?(?:the )?(?:weekends?|saturdays?|"
    r"sundays?|mondays?)\b(?=[^.!]*\?)|"
    r"when (?:do|are) you (?:open|close|"
    r"closed)|are (?:you|y'?all|you guys|you all) (?:still |even )?(?:open|closed)|"
    r"(?:is|are) (?:the|your) (?:\w+ )?(?:still )?open\b(?=[^.!]*\?)|"
    r"(?:open|closed) (?:on|this|tomorrow|today|now|late|right "
    r"now|at the weekend|on (?:the )?weekends?|weekends?|saturdays?|sundays?|mondays?)|closing "
    r"time|what time .* (?:close|shut)|when do you shut|until what time|how late|"
    # "what's the latest you're open?", "the earliest you open on Saturdays"
    r"(?:latest|earliest) (?:(?:that )?(?:you'?re|you are|are you|you|y'?all|you guys) )?"
    r"(?:(?:are |stay |be )?open|close|there|work)|"
    # "what time do you guys run till on friday?", "what time are you there until?"
    r"what time (?:do|are|will|does|is) (?:you|the \w+|it|y'?all)(?: guys| folks| all)?"
    r"(?: \w+)? (?:till|until)\b|(?:open|there|run|go|work) (?:till|until) what time|"
    r"what time (?:on|are you (?:open|there) on|do you (?:start|finish) on) (?:the )?(?:weekends?|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|"
    r"(?:do|does) (?:you(?: guys| folks| all)?|the \w+|anyone) "
    r"(?:work|see (?:people|patients|clients|customers)) (?:on )?(?:the )?(?:weekends?|"
    r"saturdays?|sundays?|evenings?|nights?|holidays?))\b")
# verbs a caller asks with ("do you take ...", "do you offer ..."): they say nothing about which
# FAQ entry or service is meant, so they never decide a match on their own
_WEAK = frozenset({"accept", "offer", "provide", "have", "do", "take", "make", "work", "see",
                   "treat", "handle", "perform", "carry", "sell", "fix", "new", "service"})
_OFFERS = re.compile(r"^(?:\w+[,.!]?\s+){0,3}?(?:do|does|can|could) (?:you|your \w+|the \w+) "
                     r"(?:guys |folks |also |still |even )?(?:do|offer|provide|have|perform|take|"
                     r"see|treat|handle|fix|carry|sell|accept|work on|deal with|"
                     # what a trade might do to a thing ("do you board dogs?", "do you groom
                     # cats?", "do you buy used cars?")
                     r"board|groom|buy|rent|install|tow|detail|wash|paint|service|repair|clean|"
                     r"unclog|inspect|test|tint|pierce|wax|thread|manage|replace|align)\b")
# a question about a day or a slot is the booking flow's, even when it names a service
_SCHEDULING = re.compile(r"\b(appointments?|slots?|openings?|availability|available|free|today|"
                         r"tomorrow|tonight|morning|afternoon|evening|week|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?\s*(?:am|pm)|"
                         r"o'clock)\b")
# a price said back to check it ("its forty right for the flu shot", "that's thirty five dollars,
# right?"): asked, with or without a question mark
_PRICE_CHECK = (r"\b(?:it'?s|its|is it|that'?s|it is) (?:like |about |still )?\$?(?:\d+|(?:ten|"
                r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one "
                r"hundred)(?:[ -](?:five|one|two|three|four|six|seven|eight|nine))?)(?: dollars"
                r"| bucks)?,? right\b")
_PRICE = re.compile(_PRICE_CHECK + r"|"
                    r"\b(?:what|how much) (?:does|do|would|will|did) (?:it|that|this|they|those|"
                    r"these|the \w+(?: and (?:the )?\w+)?) (?:usually |normally |typically |"
                    r"generally )?run\b|\b(how much(?! (?:notice|time|longer|warning|advance|ahe"
                    r"ad|earlier|later|"
                    r"of a wait|do you need))|price|prices|pricing|cost|costs|costing|fee|fees|"
                    r"charge|charges|"
                    r"charged|charging|penalty|penalized|rate|"
                    r"rates|quote|dollars|bucks)\b"
                    # "what's an oil change run?", "what would that set me back?"
                    r"|\bwhat(?:'?s|'?d| does| do| would| will| is) [\w' -]{1,40}?\b(?:run|runs|"
                    r"set (?:me|you|us) back)\b(?: (?:me|you|us|about|these days))?[\s?.!]*$"
                    # "what's that come to for both?", "what would it all add up to?"
                    # (not "what do we need to bring if we come to see it": a visit)
                    r"|\bwhat(?:'?s|'?d| does| do| would| will| is) [\w' -]{0,40}?\b(?:(?:come|"
                    r"comes) to(?! (?:see|visit|look|get|pick|meet|collect|view|check|drop|have|"
                    r"do|talk|speak|the|your|you)\b)|add up to|adds up to|total)\b"
                    # "what does a three-bedroom go for?", "is that free?", "for free"
                    r"|\bwhat (?:does|do|would|will|did|could|might) [\w' -]{1,40}? (?:go|sell|"
                    r"rent) for\b|\b(?:do|would|will|does) (?:i|we|you|he|she|they) (?:have|need) "
                    r"to pay\b|\bpay anything\b|\b(?:for free|free of charge|at no (?:cost|charge)|"
                    r"cost anything|charge anything)\b"
                    r"|\b(?:is|are) (?:it|that|this|they|those) free\b"
                    # "the postcard says the brake inspection is free. Is that right?"
                    r"|\b(?:is|are) (?:free|complimentary)\b[.,]? (?:is (?:that|it|this) (?:right|"
                    r"true|correct|so)|right|correct|true)\b"
                    # "is the consultation really free?", "which is cheaper, X or Y?"
                    r"|\b(?:is|are) (?:the|your|a|an) (?:(?!slots?\b|times?\b|openings?\b|"
                    r"spots?\b|appointments?\b|dr\b|doctor\b|vet\b|agent\b|stylist\b)[a-z'-]+ )"
                    r"{1,4}?(?:really |actually |totally |completely |still |always )?free\b"
                    r"(?! (?:to|on|at|this|that|tomorrow|today|next|now|then)\b)"
                    r"|\bwhich (?:one )?(?:is|are|would be|'s) (?:cheaper|less expensive|more "
                    r"expensive|the cheapest|cheapest)\b"
                    # "it was ninety-five, right?", "that's still $35, correct?": a price checked
                    r"|\b(?:was|is|it'?s|that'?s|still) (?:still |about |around )?\$?(?:\d+|"
                    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one "
                    r"hundred)[\w -]{0,20}?)(?: dollars| bucks)?,? (?:right|correct|isn'?t it|"
                    r"yeah)\b")


_PLACES = frozenset({"office", "clinic", "shop", "salon", "firm", "practice", "garage",
                     "location", "place", "building", "town"})
# what every visit to the trade is about, so naming it names no one service ("my teeth cleaned"
# is a cleaning, not "in-office teeth whitening")
_OBJECTS = frozenset({"teeth", "tooth", "hair", "car", "vehicle", "home", "house", "water"})


def _stem(word: str) -> str:
    word = _SYNONYMS.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SYNONYMS.get(word, word)


def _root(word: str) -> str:
    """A service word without its ending: "cleaning" and "cleaned" are both a clean."""
    if len(word) > 6 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 5 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 8 and word.endswith("ment"):
        return word[:-4]  # "management", "replacement": what is managed, replaced
    return word


# an insurer's name said in two words ("Blue Cross Blue Shield")
_TWO_WORD_INSURER = re.compile(r"\bblue (cross|shield)\b", re.I)
# everyday words for what an FAQ's question says in its own: a card or a way to pay said in two
# words, what to have with you (what to bring)
_SAID_AS = ((re.compile(r"\bamerican express\b", re.I), "amex"),
            (re.compile(r"\bapple pay\b", re.I), "applepay"),
            (re.compile(r"\b(?:have|take|carry|need) with (?:me|us|him|her|them)\b", re.I), "bri"
                        r"ng"),
            # a kind of vehicle asked about ("do you work on diesels?"): which makes and models
            (re.compile(r"\b(?:work on|fix|service|repair|handle|take) (?:a |an |the |your )?"
                        r"(?:diesels?|hybrids?|electric (?:cars?|vehicles?|trucks?)|evs|"
                        r"minivans?|pick-?ups?|motorcycles?|rvs)\b", re.I), "work on makes models"))


def content_words(text: str) -> set[str]:
    text = _TWO_WORD_INSURER.sub(r"blue\1", text)
    for said_as, word in _SAID_AS:
        text = said_as.sub(word, text)
    # ("a child's cleaning" names the child's)
    return {_stem(re.sub(r"'s$", "", w.strip("'"))) for w in words(text)
            if w not in _STOP and len(w) > 1}


def asks_hours(text: str) -> bool:
    return bool(_HOURS.search(clean(text)))


def asks_price(text: str) -> bool:
    return bool(_PRICE.search(clean(text)))


def checks_a_price(text: str) -> bool:
    """A price said back to check it ("its forty right for the flu shot"): a question."""
    return re.search(_PRICE_CHECK, clean(text)) is not None


def hours_answer(config: CallConfig, text: str, now: datetime) -> str:
    """Hours for the day asked about, 'right now', or the whole week."""
    hours = validate_business_hours(config.business_hours)
    t = clean(text)
    day_key = None
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}s?\b", t):
            day_key = DAYS[i]
    still = re.search(r"\bstill (?:open|closed)\b", t)  # "are you still open?": right now
    if still or re.search(r"\btoday\b|\bright now\b|\bnow\b|\btonight\b", t):
        day_key = DAYS[now.weekday()] if still else day_key or DAYS[now.weekday()]
        if (still or re.search(r"\b(right )?now\b", t)) and day_key == DAYS[now.weekday()]:
            state = "open" if is_open(hours, now) else "closed"
            return f"We're {state} right now. {_day_hours(hours, day_key)}"
    if re.search(r"\btomorrow\b", t):
        day_key = DAYS[(now.weekday() + 1) % 7]
    if re.search(r"\b(?:during the week|weekdays?|week ?days|(?:in|through) the week)\b", t) and (
            day_key is None):  # ("I know it's the weekend, what are your hours during the week?")
        return f"Our hours are {describe_business_hours(hours)}"
    if re.search(r"\bweekends?\b", t) and day_key is None:
        return f"{_day_hours(hours, 'sat')} {_day_hours(hours, 'sun')}"
    if day_key is not None:
        return _day_hours(hours, day_key)
    return f"Our hours are {describe_business_hours(hours)}"


def _day_hours(hours: dict[str, list[list[str]]], day: str) -> str:
    intervals = hours.get(day) or []
    if not intervals:
        return f"On {DAY_NAMES[day]}s we're closed."
    spans = " and ".join(f"{spoken_clock(_t(a))} to {spoken_clock(_t(b))}" for a, b in intervals)
    return f"On {DAY_NAMES[day]}s, we're open {spans}."  # the voice starts on "On Fridays,"


def _t(hhmm: str):
    return datetime.strptime(hhmm, "%H:%M").time()


def _price_text(price: object) -> str | None:
    if not isinstance(price, int | float) or isinstance(price, bool):
        return None
    if price == 0:
        return "free"
    return f"${price:,.2f}".replace(".00", "")


# everyday words for what the price lists name: said as the caller says them, read as the
# service's own words (added, so the caller's words still count)
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # ("whatever your first appointment is" asks for the earliest slot, not a first visit)
    (re.compile(r"(?:(?<!\byour )(?<!\bthe )\bfirst (?:visit|time|appointment|exam|check-?up)|"
                # "how much is the first exam?": a first visit's, not the day's first slot
                r"\bthe first (?:exam|check-?up|visit)\b)"
                r"(?! (?:of the day|in the morning|available|you have|slot)\b)", re.I),
     "new patient"),
    # a child said by age ("for my son, he's seven", "my 8-year-old"): the child's service
    (re.compile(r"\b(?:he|she)(?:'s| is) (?:only |just )?(?:[1-9]|1[0-2]|one|two|three|four|five|"
                r"six|seven|eight|nine|ten|eleven|twelve)(?: years? old)?\b(?! (?:months?|weeks?|"
                r"days?|minutes?|hours?|o'?clock|am|pm|thirty|fifteen|forty)\b)|\b(?:[1-9]|1[0-2]|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]years?[- ]old "
                r"(?:son|daughter|boy|girl|kid|child)\b", re.I), "child"),
    (re.compile(r"\b(?:second[- ]hand|used) (?:car|vehicle|truck|suv)\b|\bbefore (?:i |we |"
                r"you |he |she |they |someone |somebody |anyone |my \w+ )?(?:buy(?:s|ing)?|"
                r"purchas\w*)\b|\b(?:look|check|go) (?:it|a car|the car|a vehicle|the vehicle|"
                r"them) over\b|\bgo over (?:it|the car|a car|the vehicle|a vehicle)\b|\b(?:buy|"
                r"buying|purchase|purchasing) (?:a |an |this |that )?used\b", re.I),
     "pre-purchase inspection"),
    (re.compile(r"\b(?:come (?:out|round|over)|call[- ]?out|send (?:someone|somebody|a "
                r"technician|a plumber|a tech) (?:out|over|round)?)\b", re.I), "service call"),
    (re.compile(r"\b(?:worth pursuing|review (?:my|the) case|case review|evaluate (?:my|the) "
                r"case|look at (?:my|the) case)\b", re.I), "case evaluation"),
    # what is done to a thing, as a price list names it ("replace my water heater")
    (re.compile(r"\b(?:replace|replacing|replaced|swap(?:ping)? out)\b", re.I), "replacement"),
    (re.compile(r"\b(?:fix|fixing|fixed|repairing|repaired)\b", re.I), "repair"),
    # "someone to come look at it and tell us what it's worth": a valuation, not a showing
    (re.compile(r"\bwhat (?:it'?s|its|it is|(?:the|our|my) (?:house|home|condo|place|property) "
                r"(?:is|'s)) worth\b|\bvaluation\b", re.I),
     "home valuation and listing consultation"),
    # "we saw the listing for the three-bedroom, we'd love to see it": a showing, not a
    # listing consultation
    (re.compile(r"\b(?:see|view|tour|look at|walk through) (?:an? (?:house|home|property|"
                r"condo|apartment)|(?:houses|homes|properties)\b|it|(?:the|your|this|that|"
                r"(?:one|two|a couple|some) of your) (?:house|home|place|"
                r"property|condo|apartment|unit|listings?|one-bedroom|two-bedroom|"
                r"three-bedroom))\b|\b(?:saw|seen|found|about) (?:the|your|a) listing\b", re.I),
     "property showing"),
    (re.compile(r"\b(?:rear[- ]ended|went into the back of|car accident|crash|collision|"
                r"hit by a car|slip(?:ped)? and fell|injured|injury)\b", re.I), "personal injury"),
    # what callers describe instead of naming the service (the trade's own lay words)
    (re.compile(r"\b(?:yellow(?:ed|ing|ish)?|stain(?:s|ed)?|discolou?r\w*|dull|brighter|whiter)"
                r"(?: \w+){0,3} (?:teeth|smile)\b|\b(?:teeth|smile)(?: \w+){0,4} (?:yellow\w*|"
                r"stain\w*|discolou?r\w*|brighter|whiter)\b", re.I), "teeth whitening"),
    (re.compile(r"\b(?:form|paperwork)\b(?: [\w'-]+){0,12} (?:sports?|play|team|league|camp|"
                r"tryouts?|school|season)\b|\b(?:sports?|team|league|camp|tryouts?|school) "
                r"(?:form|paperwork|clearance)\b|\b(?:fit|cleared|healthy enough|ok(?:ay)?) to "
                r"play\b", re.I), "sports physical"),
    (re.compile(r"\b(?:slow|clogged|blocked|backed[- ]up|stopped[- ]up) (?:\w+ )?drains?\b|"
                r"\bdrains?(?: \w+){0,2} (?:is |are |keeps )?(?:slow|clogged|blocked|backing up|"
                r"backed up|draining slowly)\b|\b(?:sink|tub|bathtub|shower)s?(?: \w+){0,2} "
                r"(?:is |are |keeps )?(?:clogged|blocked|backing up|backed up|not draining|"
                r"draining slowly)\b",
                re.I), "drain cleaning"),
    (re.compile(r"\bwater bill\b(?: \w+){0,3} (?:high|up|doubled|jumped|went up)|\b(?:hear|"
                r"hearing) water running\b|\b(?:damp|wet|water) (?:spot|stain)s? on (?:the |my )?"
                r"(?:ceiling|wall)\b", re.I), "leak detection"),
    (re.compile(r"\bpulls? (?:to (?:the )?(?:left|right|one side))|\bpulling to (?:the )?(?:left|"
                r"right|one side)\b|\bsteering wheel(?: \w+){0,2} (?:crooked|off[- ]cent(?:er|re)|"
                r"not straight)\b", re.I), "alignment"),
    (re.compile(r"\b(?:squeal\w*|squeak\w*|grind\w*)(?: \w+){0,3} (?:when|as) (?:i |you )?"
                r"(?:brake|stop|slow)\w*|\bbrakes?(?: \w+){0,2} (?:squeal|squeak|grind|soft|"
                r"spongy)\w*", re.I), "brake inspection"),
    (re.compile(r"\brotat\w* (?:the |my |our )?tires\b", re.I), "tire rotation"),
    # someone to look at it before anything is done: the consultation a trade lists
    (re.compile(r"\b(?:looks? at it|takes? a look(?: at it)?|have a look(?: at it)?|looks? it "
                r"over|sees? it) (?:first|before)\b", re.I), "consultation"),
    # (a box dye said as the hair's past is no correction asked for: "box dye, want a balayage")
    (re.compile(r"\b(?:went|turned|came out|is|it'?s) (?:all |really |so |this )?(?:brassy|orange|"
                r"green|patchy|uneven|splotchy)\b", re.I), "color correction"),
)


# a will as a thing (not the verb): what a will costs is the will package's price; a will
# wanted is first an estate planning consultation
_A_WILL = re.compile(r"\b(?:a|my|his|her|our|their|the|new|simple|living) wills?\b|\bwills and "
                     r"(?:trusts?|estates?)\b|\b(?:living )?trusts?\b(?! (?:you|me|him|her)\b)|"
                     r"\bpower of attorney\b|\bhis estate\b|\bher estate\b", re.I)


def _in_service_words(text: str) -> str:
    extra = [words for pattern, words in _PHRASES if pattern.search(text)]
    if "home valuation and listing consultation" in extra:
        # ("come look at it and tell us what it's worth": looked at to be valued, not shown)
        extra = [words for words in extra if words != "property showing"]
    if _A_WILL.search(text):
        # ("how much does a consultation for that cost?": the consultation's price, not the
        # will's)
        extra.append("simple will package" if asks_price(text) and not re.search(
            r"\b(?:consult\w*|first (?:meeting|visit|appointment)|initial meeting|sit down)\b",
            text, re.IGNORECASE) else "estate planning")
    return " ".join([text, *extra])


# a patient or client who has been before
_RETURNING = re.compile(r"\b(?:existing|current|regular|returning|established|old) (?:patient|"
                        r"client|customer)s?\b|\bbeen (?:to|with|in to see) (?:you|your office|"
                        r"the office|the practice)(?: guys)? before\b|\b(?:already|still) "
                        r"(?:a |an )?"
                        r"(?:patient|client|customer)\b", re.I)
# trouble said not to be there ("nothing's leaking", "no leaks", "it isn't dripping")
_ABSENT = re.compile(r"\bnothing(?:'s| is) (?:\w+ing|wet|broken)\b|\bno (?:leaks?|leaking|drips?|"
                     r"dripping|flooding|water on the floor)\b", re.I)


# something made and fitted that came off or loose ("my crown came off", "a loose cap")
_CAME_OFF = re.compile(r"\b(?:crown|cap|bridge|veneer)s? (?:has |had |just |have )?(?:came|come|"
                       r"fell|fallen|popped|pops|broke|broken|is coming|keeps coming|'s come|"
                       r"is|feels?) (?:off|out|loose)\b|\bloose (?:crown|cap|bridge|veneer)\b",
                       re.IGNORECASE)


_AGES = {**{str(n): n for n in range(1, 100)}, **{w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}}
CHILD_AGE = 12  # the oldest a caller's child is booked for a child's service by age alone
_CHILD_AGE = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve)[- ]?(?:years?|yrs?)(?:[- ]old)?\b", re.IGNORECASE)
_CHILD_WORD = re.compile(r"\b(?:son|daughter|kid|child|boy|girl|grandson|granddaughter|"
                         r"stepson|stepdaughter|nephew|niece)\b", re.IGNORECASE)
_A_LENGTH = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
                       r"few|several|couple(?: of)?|a couple(?: of)?) (?:days?|weeks?|hours?|"
                       r"minutes?|months?|years?)(?:'s?)?(?=\W|$)", re.IGNORECASE)


def match_service(config: CallConfig, text: str) -> dict | None:
    """The service from the price list the caller named, if one stands out. Being a patient
    or client names no service ("I'm already a patient, I need a cleaning" is a cleaning),
    unless the caller says they are a new one."""
    # where a service happens names none of them ("I need a new office" is not "in-office
    # whitening")
    # "i'm not new", "not a new patient": says the opposite of the new patient's visit
    text = re.sub(r"\b(?:not|never|isn'?t|aren'?t) (?:a |an )?(?:brand )?new\b", " ", text or "",
                  flags=re.IGNORECASE)
    # "I'm an existing patient": a first visit said with it is not theirs
    if _RETURNING.search(text):
        text = re.sub(r"\bfirst (?:visit|time|appointment|exam|check-?up)\b", " ", text,
                      flags=re.IGNORECASE)
    # "nothing's leaking", "no drips": a trouble said to be absent names no service for it
    text = _ABSENT.sub(" ", text)
    # "make sure someone shows up this time": turning up, not a showing
    text = re.sub(r"\b(?:show|shows|showed|showing|turn|turns|turned) up\b", " ", text,
                  flags=re.IGNORECASE)
    # "I'm calling because...", "calling about": why they rang, never a service call asked for
    text = re.sub(r"\b(?:i'?m |i am |just )?calling\b|\bcalled (?:you|before|earlier|about)\b",
                  " ", text or "", flags=re.IGNORECASE)
    # "a consultation for something that isn't an injury": the service said not to be meant
    text = re.sub(r"\b(?:isn'?t|aren'?t|wasn'?t|not) (?:a |an |about |for |related to )?"
                  r"(?!(?:sure|new|just|only|really|too|very|that|so)\b)\w+", " ", text,
                  flags=re.IGNORECASE)
    # "my crown came off": a problem to look at (and put back), not a new crown made
    text = _CAME_OFF.sub(" emergency exam ", text)
    # "for my son, he is seven years": a child's service when the child is young
    age = _CHILD_AGE.search(text)
    if age and _CHILD_WORD.search(text) and _AGES.get(age.group(1).lower(), 99) <= CHILD_AGE:
        text = f"{text} child"
    # "with three days' notice", "for two weeks": a length of time, never a "same-day" visit
    text = _A_LENGTH.sub(" ", text)
    text = _in_service_words(text)
    said = {_root(w) for w in content_words(text) - _PLACES - _OBJECTS}
    if not re.search(r"\bnew (?:patient|client|customer)s?\b", (text or "").lower()):
        said -= {w for w in said if re.fullmatch(r"(?:patient|client|customer)s?", w)}
    best, best_score = None, 0.0
    for item in config.services:
        name_words = {_root(w) for w in content_words(str(item.get("name", "")))}
        if not name_words:
            continue
        hit = said & name_words
        if not hit:
            continue
        score = len(hit) / len(name_words) + 0.01 * len(hit)
        if score > best_score:
            best, best_score = item, score
    return best if best_score >= 0.25 else None


def price_answer(config: CallConfig, text: str) -> str:
    services = match_services(config, text)
    if len(services) == 1:
        # "how much is the exam?" at a vet's with a wellness, a new patient and a sick pet exam:
        # the word the caller said is in each of them alike, so each price is said
        services = _alike(config, text, services[0]) or services
    if services:
        return " ".join(service_price(service) for service in services)
    return _price_list(config)


def _alike(config: CallConfig, text: str, best: dict, most: int = 3) -> list[dict]:
    """The services whose names hold just the words of `text` that `best`'s name holds, when
    nothing else the caller said tells them apart; [] when `best` stands out."""
    said = {_root(w) for w in content_words(_in_service_words(text)) - _PLACES - _OBJECTS}
    hit = said & {_root(w) for w in content_words(str(best.get("name", "")))}
    alike = [item for item in config.services
             if said & {_root(w) for w in content_words(str(item.get("name", "")))} == hit]
    return alike[:most] if 1 < len(alike) <= most else []


_LISTED = re.compile(r",|\b(?:and|or|plus|also|as well as)\b|&|/")


def match_services(config: CallConfig, text: str, most: int = 3) -> list[dict]:
    """The services a line names, when it names several ("how much are the whitening and the
    crown?", "rabies and distemper shots"): each part of a list is matched on its own. A part
    whose words all belong to the service the whole line names ("the child cleaning and exam")
    names nothing more."""
    best = match_service(config, text)
    if best is None:
        return []
    best_words = {_root(w) for w in content_words(str(best.get("name", "")))}
    found = [best]
    for part in _LISTED.split(clean(text)):
        said = {_root(w) for w in content_words(part) - _PLACES - _OBJECTS}
        if not said or said <= best_words:
            continue
        service = match_service(config, part)
        if service is not None and all(service is not f for f in found):
            found.append(service)
    found.sort(key=lambda service: _position(service, text))  # in the order they were said
    return found[:most]


def _position(service: dict, text: str) -> int:
    """Where in the line `service` is first named (to keep the caller's order)."""
    name_words = {_root(w) for w in content_words(str(service.get("name", "")))}
    said = words(clean(text))
    return next((i for i, w in enumerate(said) if _root(_stem(w)) in name_words), len(said))


def with_listed_price(config: CallConfig, answer: str) -> str:
    """An owner's answer that points at the price list for a fee ("There is a service call fee
    ..., shown in our price list") with that fee read from the list: the price of each service
    whose name's first words the answer says."""
    if not re.search(r"\b(?:price list|our prices|pricing)\b", answer, re.I):
        return answer
    said = fold(answer).lower()
    named = [service for service in config.services
             if " ".join(str(service.get("name", "")).lower().split()[:2]) in said
             and _price_text(service.get("price_usd")) is not None]
    return " ".join([answer, *(service_price(service) for service in named[:2])])


def service_price(service: dict) -> str:
    """The price of one service as the receptionist says it."""
    name = str(service["name"])
    price = _price_text(service.get("price_usd"))
    if price == "free":
        return f"{name} is free of charge."
    if price is not None:
        return f"{name}, that's {price}."  # the voice starts on the name
    return _quoted_later(name)


# how long a visit takes ("how long does a cleaning take?", "how long will that last?")
_DURATION = re.compile(r"\bhow long (?:does|do|will|would|is|'?s|should|might)\b(?:[\w' -]{0,40}?)"
                       r"\b(?:take|takes|last|lasts|be|run)\b")


def asks_duration(text: str) -> bool:
    return bool(_DURATION.search(clean(text))) and not _NOTICE_ASKED.search(clean(text))


def spoken_duration(minutes: int) -> str:
    """'45 minutes', 'an hour', 'an hour and a half', '2 hours', '1 hour and 15 minutes'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minutes"
    if rest == 0:
        return "an hour" if hours == 1 else f"{hours} hours"
    if rest == 30:
        return "an hour and a half" if hours == 1 else f"{hours} and a half hours"
    return f"{hours} hour{'s' if hours > 1 else ''} and {rest} minutes"


def duration_answer(service: dict) -> str | None:
    """How long a visit for `service` takes, as the owner listed it; None when not listed."""
    minutes = service.get("duration_minutes")
    if not minutes:
        return None
    return f"{service['name']} usually takes about {spoken_duration(int(minutes))}."


def _price_list(config: CallConfig) -> str:
    priced = [(str(s["name"]), _price_text(s.get("price_usd"))) for s in config.services]
    listed = [f"{name.lower()} is {price}" for name, price in priced if price][:3]
    if not listed:
        return "The team will give you an exact quote before any work is done."
    return "Some of our prices: " + "; ".join(listed) + "."


# how long before a visit a change must be told: what the cancellation policy says ("how far
# ahead do I have to tell you?", "how many hours before do I need to let you know?")
_NOTICE_ASKED = re.compile(
    r"\bhow (?:far|long|much time|many (?:hours|days)|early|soon)(?: (?:ahead|in advance|"
    r"before(?:hand)?|beforehand|prior))?(?: \w+){0,6}? (?:tell|let (?:you|them|y'?all|the \w+) "
    r"know|notify|warn|call (?:in|you|us|ahead)|give (?:you )?notice|cancel|change|reschedule|"
    r"move)\b")


def faq_answer(config: CallConfig, text: str) -> str | None:
    """The owner's answer to the FAQ entry the caller asked, if one clearly matches."""
    # ("I have a missed call from this number": a call, not a missed appointment)
    text = re.sub(r"\bmissed (?:a |your |the )?(?:phone )?call\b", " ", text, flags=re.I)
    said = {"animal" if w in _ANIMALS else w for w in content_words(text)}
    if _NOTICE_ASKED.search(clean(text)):
        said.add("cancellation")
    if not said:
        return None
    entries = [(entry, content_words(str(entry.get("question", "")))) for entry in config.faq]
    df: dict[str, int] = {}
    for _, q in entries:
        for w in q:
            df[w] = df.get(w, 0) + 1
    best, best_score = None, 0.0
    for entry, q in entries:
        if not q:
            continue
        hit = said & q
        distinctive = [w for w in hit if df.get(w, 0) == 1 and w not in _WEAK]
        if not distinctive:
            continue
        score = sum(1.0 / df[w] for w in hit) / len(q)
        if score > best_score:
            best, best_score = entry, score
    if best is None or best_score < 0.3:
        return _answer_naming(config, said, text)
    return str(best.get("answer", "")) or None


def _answer_naming(config: CallConfig, said: set[str], text: str) -> str | None:
    """A question the FAQ's questions miss but one answer names outright: "Do you take HSA
    cards?" is answered by "How can I pay?" ("...as well as HSA and FSA cards"). Only for a
    question, only when a word the caller said is in that one entry and no other, and most of
    what they asked about is in it."""
    if not (is_question(text) and text.rstrip().endswith("?")) or re.search(r"[.!?]\s+\S",
                                                                          text.strip()):
        return None  # one question, asked as one (not a line that goes on to tell something)
    if _SCHEDULING.search(clean(text)):
        return None  # "do you have anything today?" asks for a time: the booking flow's
    entries = [(entry, content_words(f"{entry.get('question', '')} {entry.get('answer', '')}"))
               for entry in config.faq]
    df: dict[str, int] = {}
    for _, bag in entries:
        for w in bag:
            df[w] = df.get(w, 0) + 1
    asked = said - _WEAK
    found = [entry for entry, bag in entries
             if any(df.get(w) == 1 and len(w) >= 3 for w in asked & bag)
             and len(asked & bag) * 2 >= len(asked)]
    return str(found[0].get("answer", "")) or None if len(found) == 1 else None


# "Is that something you do?", "is this something you guys offer?"
_SOMETHING_YOU_DO = re.compile(r"\b(?:is|are) (?:that|this|it|those|these) (?:something|"
                               r"somethin'?|anything|things?) (?:that )?(?:you|y'?all|you guys|"
                               r"your (?:shop|office|clinic|salon|firm|team)) (?:do|does|offer|"
                               r"offers|handle|handles|can do|provide|provides|would do)\b")


def asks_offered(text: str) -> bool:
    """"Do you do teeth whitening?", "Do you take new patients?": whether the business offers
    something, as opposed to when (which the booking flow answers)."""
    said = clean(text)
    return bool(_OFFERS.search(said) or _SOMETHING_YOU_DO.search(said)) and not (
        _SCHEDULING.search(said))


def offered_answer(config: CallConfig, text: str) -> str | None:
    """Yes, with the service's name and price as the owner listed it, when the caller named a
    service on the list; None when nothing on the list matches (the agent must not guess)."""
    service = match_service(config, text)
    return None if service is None else _service_offered(service)


def _service_offered(service: dict) -> str:
    name = str(service["name"])
    price = _price_text(service.get("price_usd"))
    if price == "free":
        return f"Yes, we do. {name} is free of charge."
    if price is not None:
        return f"Yes, we do. {name} is {price}."
    return f"Yes, we do. {_quoted_later(name)}"


def _quoted_later(name: str) -> str:
    return (f"The price of {name.lower()} depends on what's needed, so the team will give you an "
            "exact quote before any work is done.")


def knowledge_replies(config: CallConfig) -> list[str]:
    """Every answer above this business can give, word for word: each day's hours (also "right
    now"), the week, the weekend, each service's price and "yes, we do", the price list and
    the FAQ answers. Its voice renders them ahead of calls (agent_worker/phrases.py)."""
    hours = validate_business_hours(config.business_hours)
    days = [_day_hours(hours, day) for day in DAYS]
    texts = [*days, f"Our hours are {describe_business_hours(hours)}",
             f"{_day_hours(hours, 'sat')} {_day_hours(hours, 'sun')}"]
    texts += [f"We're {state} right now. {day}" for day in days for state in ("open", "closed")]
    for service in config.services:
        if str(service.get("name", "")).strip():
            texts += [service_price(service), _service_offered(service)]
    texts.append(_price_list(config))
    texts += [str(entry.get("answer", "")) for entry in config.faq]
    texts += [with_listed_price(config, str(entry.get("answer", ""))) for entry in config.faq]
    return [t for t in texts if t.strip()]
