"""Where the business is: the caller's question recognised by code and answered with the address
the owner typed in the portal, read aloud; with none on file, an honest "I don't have it"
(a small model asked "where are you located?" otherwise invents a place)."""

from __future__ import annotations

import re

from agent_worker.flows.text import clean
from frontdesk.call_config import CallConfig

NO_ADDRESS = "I'm sorry, I don't have the address here."
NO_PARKING = "I'm sorry, I don't have the parking details here."
MESSAGE_OFFER = ("I can take a message and have someone from the team call you back with the "
                 "details. Would you like that?")

_PLACE = (r"(?:office|clinic|practice|shop|store|building|location|business|firm|studio|salon|"
          r"garage|place|surgery|hospital|center|centre|dealership|showroom|branch|premises|"
          r"entrance|front door|parking(?: lot| garage)?|car park)")
_END = r"\s*(?:[?.!]|$)"
_YOU = r"(?:you|y'all|ya)(?: guys| folks| all| people)?(?: exactly| actually)?"
_ADDRESS = r"(?:exact |full |street |office |physical )?address\b"
# what a caller says before a one-word question ("hi, address please", "thanks. parking?")
_LEAD = (r"^(?:(?:and|so|okay|ok|oh|hi|hello|hey|thanks|thank you|great|also|then|"
         r"one more thing)[,.!]? )*")
_LOCATION = re.compile("|".join([
    # where are you (located)? / where you guys at? (not "...calling from", "...with my car")
    rf"\bwhere (?:exactly )?(?:are |r )?{_YOU} (?:located|based|situated)\b",
    rf"\bwhere (?:exactly )?(?:are|r) {_YOU}(?: at)?{_END}",
    rf"\bwhere (?:you|y'all)(?: guys| folks)? at{_END}",
    rf"\bwhere(?: exactly| abouts)?(?:'s| is| are)? (?:exactly )?(?:your|the|you guys'?|y'all'?s?) "
    rf"(?:main |new |front )?{_PLACE}s?\b",
    r"\bwhere(?:'s| is| are) (?!i\b|i'm\b|my\b|we\b|we're\b|our\b)(?:[\w']+ ){0,2}located\b",
    rf"\bwhere (?:do|should|can) (?:i|we) (?:go|come)(?: in)?"
    rf"(?: for (?:my|the|our) (?:appointment|visit|consultation))?{_END}",
    r"\bwhere (?:do|can|should|could|would) (?:i|we) (?:find you|enter|park)\b",
    rf"\bhow (?:do|can|would|should|could) (?:i|we) (?:get|find|come) "
    rf"(?:there|to you|you\b|to (?:your|the) {_PLACE}|your {_PLACE})",
    r"\bhow (?:to|would i) get (?:there|to you)\b",
    rf"\bhow far (?:are you|is (?:your|the) {_PLACE}|away are you)\b",
    # the address, asked for (never the caller's own, nor one the receptionist asked for)
    r"\bwhat(?:'s| is|s)? (?:your|the|you guys'?) (?:exact |full |street |office |clinic |shop |"
    r"mailing |physical |actual )?(?:address|location)\b(?! (?:you have|on file|for me|where|"
    r"of (?:the |my |a )?(?:property|house|home|job|customer|patient|client)))",
    rf"\b(?:give|tell|send|text|email|read) (?:me|us) (?:the|your) {_ADDRESS}",
    rf"\b(?:i|we|i'd|we'd|i'll|we'll) (?:need|want|would like|like) (?:the|your) {_ADDRESS}",
    rf"\b(?:can|could|may) (?:i|we) (?:get|have) (?:the|your) {_ADDRESS}",
    r"\byour (?:street |office |exact |full |physical )?address\?",
    r"\b(?:do you have|is there) (?:an|a street|a physical) address\b",
    rf"{_LEAD}(?:the |your )?(?:street )?address(?: please\b|\?)",
    r"\b(?:which|what|your|other|another|the office) locations?\b(?! (?:is mine|of my|of the "
    r"property))",
    rf"\bwhat (?:city|town|part of town|area|neighbou?rhood|street|floor|suite|building) "
    rf"(?:are you|is (?:your|the) {_PLACE})",
    r"\bwhich (?:floor|entrance|door|building|street)\b",
    r"\bare you (?:guys )?(?:located|based|near|downtown|next to|across from)\b",
    # directions, but not a label's or a prescription's
    r"(?<!follow )(?<!following )(?<!follow the )(?<!following the )(?<!read the )\bdirections\b"
    r"(?! (?:for|on|about) (?:the |my |his |her |its |how |taking |use|using |dosage|medication|"
    r"medicine|pills?))",
    # parking
    r"\bis there (?:any |free |street |a |much )?(?:parking|car park|place to park|"
    r"somewhere to park)\b",
    r"\bdo (?:you|y'all)(?: guys)? have (?:any |free |a |your own )?(?:parking|car park)\b",
    r"\b(?:any|what about|how about|how's the|how is the) parking\b",
    r"\bis (?:the )?parking (?:free|available|easy|included|validated|difficult|hard|ok|okay|"
    r"close)\b",
    r"\bcan (?:i|we) park\b",
    rf"{_LEAD}parking\?",
]))

_PARKING = re.compile(r"\bpark(?:ing)?\b|\bcar park\b")

_COUNTRY = re.compile(r",?\s*(?:USA|U\.S\.A\.|US|U\.S\.|United States(?: of America)?)\.?\s*$",
                      re.IGNORECASE)
_ZIP = re.compile(r",?\s*\d{5}(?:-\d{4})?\s*$")
_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
           "NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY").split()
_STATE = re.compile(r"(?:,\s*|\s+)(?:" + "|".join(_STATES) + r")\.?\s*$")
# street-type abbreviations a voice would spell out or say as "saint"/"doctor", expanded only
# where an address puts them: after a word and before a comma, the end or a suite number
_STREET = {"st": "Street", "ave": "Avenue", "av": "Avenue", "blvd": "Boulevard", "rd": "Road",
           "dr": "Drive", "ln": "Lane", "ct": "Court", "pl": "Place", "pkwy": "Parkway",
           "hwy": "Highway", "sq": "Square", "ter": "Terrace", "cir": "Circle", "hts": "Heights"}
_UNIT = {"ste": "Suite", "apt": "Apartment", "fl": "Floor", "bldg": "Building", "rm": "Room",
         "unit": "Unit", "suite": "Suite", "floor": "Floor", "room": "Room"}
_COMPASS = {"n": "North", "s": "South", "e": "East", "w": "West", "ne": "Northeast",
            "nw": "Northwest", "se": "Southeast", "sw": "Southwest"}
_STREET_ABBR = re.compile(
    r"(?<=[a-z0-9] )(" + "|".join(_STREET) + r")\.?(?=\s*(?:,|$|\s+(?:#|ste\b|suite\b|apt\b|"
    r"unit\b|fl\b|floor\b|bldg\b|rm\b|room\b|\d)))", re.IGNORECASE)
_UNIT_ABBR = re.compile(r"\b(" + "|".join(_UNIT) + r")\.?\s*#?\s*(?=\w*\d)", re.IGNORECASE)
_HASH = re.compile(r"#\s*(?=\w*\d)")
_COMPASS_ABBR = re.compile(r"(?<=\d )(" + "|".join(_COMPASS) + r")\.?(?= [A-Za-z0-9])",
                           re.IGNORECASE)


# the caller's own address, told: a house number and a street ("88 Cedar Court", "14 Birch
# Lane"), or said to be one ("my address is ...", "I live at ...", "we're at 52 ...")
_STREET_WORDS = (r"street|st|avenue|ave|road|rd|lane|ln|court|ct|drive|dr|boulevard|blvd|way|"
                 r"place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|"
                 r"crescent|close|row|alley|heights|plaza")
# what a number counts that is not a house ("a 10 minute drive", "a 3 bedroom place")
NOT_STREET = (r"(?:minutes?|mins?|hours?|bed(?:room)?s?|bath(?:room)?s?|years?|days?|weeks?|"
               r"months?|miles?|blocks?|cars?|dollars?|story|storey|family|unit|person|people|"
               # "at seven thirty on Main Street": a time, then where
               r"on|at|in|by|near|off|from|to|and|or|am|pm|o'?clock)\b")
# a house number said in words, as a recogniser writes it ("seventy-seven", "three oh two",
# "twelve fifty")
_NUMBER_WORD = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                r"forty|fifty|sixty|seventy|eighty|ninety|hundred)")
HOUSE_NUMBER = rf"(?:\d{{1,5}}[a-z]?|{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{0,4}})"
_GIVES_ADDRESS = re.compile(
    rf"\b{HOUSE_NUMBER} (?:(?:north|south|east|west|n|s|e|w)\.? )?"
    rf"(?:(?!{NOT_STREET})[a-z][a-z'-]+ ){{1,3}}"
    rf"(?:{_STREET_WORDS})\b\.?|\b(?:my|our|the) (?:home |street |house |full )?address "
    rf"(?:is|it's)\b|\bi live (?:at|on) \d|\b(?:i'm|we're|i am|we are) at \d{{1,5}} [a-z]",
    re.IGNORECASE)


def gives_address(text: str) -> bool:
    """Whether the caller tells their own address ("It's 88 Cedar Court, 10001."): never the
    business's asked for, never a bare number."""
    return bool(_GIVES_ADDRESS.search(text or ""))


def without_address(text: str) -> str:
    """The line with the caller's address taken out (and a ZIP code beside it)."""
    return re.sub(r"\b\d{5}(?:-\d{4})?\b", " ", _GIVES_ADDRESS.sub(" ", text or ""))


def asks_location(text: str) -> bool:
    """"Where are you located?", "what's your address?", "how do I get there?", "is there
    parking?": the caller asks where the business is. Not "where are you calling from?", not
    "where are you with my car?", and never the caller telling us their own address."""
    return bool(_LOCATION.search(clean(text)))


def asks_parking(text: str) -> bool:
    return bool(_PARKING.search(clean(text)))


def spoken_address(address: str) -> str:
    """The address as a receptionist says it: abbreviations spelled out, no ZIP code, state
    code or country (the caller asked where, not for an envelope)."""
    text = " ".join((address or "").split()).strip(" ,.;")
    for pattern in (_COUNTRY, _ZIP, _STATE):
        text = pattern.sub("", text).strip(" ,") or text
    text = _STREET_ABBR.sub(lambda m: _STREET[m.group(1).lower()], text)
    text = _UNIT_ABBR.sub(lambda m: f"{_UNIT[m.group(1).lower()]} ", text)
    text = _HASH.sub("number ", text)
    text = _COMPASS_ABBR.sub(lambda m: _COMPASS[m.group(1).lower()], text)
    return text.strip(" ,.;")


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else f"{text}."


def location_gap(config: CallConfig, *, parking: bool = False) -> bool:
    """Whether what the owner filled in leaves this question unanswered: no address, or a
    parking question and no directions."""
    return not config.address.strip() or (parking and not config.directions.strip())


def location_answer(config: CallConfig, *, parking: bool = False,
                    offer_message: bool = False) -> str:
    """The address and directions the owner gave, read aloud. What they did not give is said
    plainly ("I don't have the address here"), never guessed; with `offer_message` a message is
    offered for it, and the caller's "yes" must then start one."""
    address = spoken_address(config.address)
    directions = _sentence(config.directions) if address else ""
    parts = [f"We're at {address}." if address else ""]
    if directions:
        parts.append(directions)
    elif parking:
        parts.append(NO_PARKING)
    elif not address:
        parts.append(NO_ADDRESS)
    if offer_message and location_gap(config, parking=parking):
        parts.append(MESSAGE_OFFER)
    return " ".join(part for part in parts if part)
