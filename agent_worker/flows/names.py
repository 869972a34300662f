"""Caller names: taken when the caller offers one ("this is Ann Lee") or answers "May I have your
name?", and refused when the answer is clearly not a name ("yes", "tomorrow", "I want to book")."""

from __future__ import annotations

import re

from agent_worker.flows.text import clean, fold
from agent_worker.flows.when import WEEKDAYS

_PREFIX = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|ok|okay|hi|hello|hey|of course|right|so|sorry)[,.!]?\s+)*"
    r"(?:(?:(?:it'?s|it is|this is|i'?m|i am|my name is|my name'?s|name'?s|the name is|name is|"
    r"call me|you can call me|put it under|put me down as|under|for|first name is|"
    r"my full name is|me llamo|mi nombre es|soy|je m'?appelle|mon nom est|je suis|ich heiße|"
    r"ich heisse|mein name ist|meu nome é|meu nome e|eu sou|mi chiamo|il mio nome è|"
    r"nazywam się|nazywam sie|mam na imię|jestem|tôi tên là|tên tôi là|tôi là|ako po si|ako si|"
    r"ang pangalan ko(?: po)? ay|меня зовут|моё имя|мое имя|это)\s+|"
    # "我叫Linda Wang": Chinese writes no space after "my name is"
    r"(?:我叫|我是|我的名字是|我姓)\s*)"
    r"(?:under\s+)?)?",  # "it's under Ana Ruiz": the name the booking is under
    re.IGNORECASE)
_NOT_NAMES = frozenset("""
    nobody everybody everyone noone hurt injured fine okay safe alright
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
    later busy driving working away gone gotta run hanging put use take send give keep leave
    let go get write note alright oh ah er mhm hmm like also too very really so wait hold hang
    unit apartment apt suite building house condo home flat floor room street address zip
    his her its our their mom dad mum son daughter wife husband one thing things more go ahead
    we're we've we'll we'd i've i'll i'd you're they're he's she's let's buying selling renting
    looking moving hoping trying thinking wondering calling interested first-time first time
    buyer buyers seller sellers renter renters tenant owner owners investor family couple
    something nothing anything everything came come comes
    """.split()) | set(WEEKDAYS) | {"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december"}
# months that are also first names ("June Okafor", "April Diaz"): a name when the line says whose
# name it is
_MONTH_NAMES = frozenset({"april", "may", "june", "july", "august"})
# common words that are also first names ("April Mendes", "Will Baker"): a name as the first word
# of a full name, the surname said with it
_WORD_NAMES = _MONTH_NAMES | {"will"}


def _word_name_first(words: list[str], i: int) -> bool:
    """Whether words[i] is a first name that is also a common word, with a surname after it
    that is no common word ("April Mendes", "Will Brennan"; not "June twentieth")."""
    return i == 0 and len(words) > 1 and words[0] in _WORD_NAMES and (
        words[1] not in _NOT_NAMES and not _DAY_OF_MONTH.fullmatch(words[1]))


# where the caller says the words that follow are their name ("my name's Will")
_NAME_SAID = re.compile(r"\b(?:name(?:'s| is)|call me)\s+$", re.IGNORECASE)
# a day of the month after a month's name ("June twentieth", "May 3rd"): a date, not a surname
_DAY_OF_MONTH = re.compile(
    r"\d+(?:st|nd|rd|th)?|(?:twenty|thirty)?-?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty|thirty|the|of")
_PARTICLES = frozenset({"de", "van", "von", "da", "del", "la", "le", "bin", "al", "st"})


def _title(word: str, *, inside: bool = True) -> str:
    """A name's word capitalised; a particle ("van", "de") stays small inside a name, never as
    its first or last word ("Minh Le", "Le Anh")."""
    if word in _PARTICLES and inside:
        return word
    return "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'"))
                    for part in word.split("-"))


def _title_name(words: list[str]) -> str:
    if len(words) >= 3 and words[-1].lower() == words[0].lower():
        # "my name is frank bishop frank f r a n k ...": the first name said again to spell it
        words = words[:-1]
    return " ".join(_title(w, inside=0 < i < len(words) - 1) for i, w in enumerate(words))


# said as what to do ("put it under her name, ..."), not what is so ("the prescription is under
# her name, ...": whose account it is, not whose the call's message or booking is)
_UNDER_THEIR_NAME = (r"(?:\b(?:put|book|leave|take|make|schedule|have|set|keep|file) (?:it |that |"
                     r"this |one |the \w+ |him |her |them )?(?:down )?(?:under|in|on) (?:her|his|"
                     r"their|(?:my|our|the) [a-z]+(?:'s)?) name(?: of)?|"
                     # "for my son, under his own name, Eli Okafor": whose it is, said outright
                     r"\b(?:under|in) (?:her|his|their) own name|"
                     # "the appointment should be under Nadia Kowalczyk", "please put it under
                     # Evelyn Hargrove" (an assistant booking for someone)
                     r"\b(?:the )?(?:appointment|booking|reservation|visit|consultation|consult|"
                     r"physical|exam|cleaning|showing) (?:(?:should|will|needs to|has to|can|"
                     r"is to|must) (?:be|go)|is|'s|goes) (?:under|in)(?: the name(?: of)?| "
                     # ("the appointment should go under the owner, Harriet Lemaire")
                     r"(?:the|my|our|his|her|their) (?:home ?owner|owner|client|seller|buyer|"
                     r"boss|tenant|patient|employee))?|"
                     # "put it under the homeowner, Margaret Hollings"
                     r"\b(?:put|book|schedule) (?:it|that|this|the \w+) under (?:the|my|our|his|"
                     r"her|their) (?:home ?owner|owner|client|seller|buyer|boss|tenant|patient|"
                     r"employee)|"
                     r"\b(?:put|book|schedule|make) (?:it|that|this|the (?:appointment|booking)) "
                     r"(?:under|in) the name(?: of)?|"
                     r"\bplease put (?:it|that|this) under(?! (?:my|her|his|their|our|the) |"
                     r" [a-z'-]+'s\b))"
                     r",? "
                     # ("in her name, she's the owner: Ada Obi")
                     r"(?:(?:she|he|they)(?:'s| is|'re| are) (?:the |my |our )?[a-z]+(?: [a-z]+)?"
                     r"[,:]? )?")


def booked_under_their_name(raw: str) -> bool:
    """Whether the line says whose name a booking goes under ("put it under her name, ..."):
    the caller's word for it, which nothing else said in the call overrides."""
    return re.search(_UNDER_THEIR_NAME, fold(raw or "").lower().replace("’", "'")) is not None


# Whose name it is, said around it: "Maya Cole is her name", "her name is Maya Cole", "it's for
# my son, Leo Grant", "the patient is Ana Ruiz". The appointment is under the patient's name.
_KIN = (r"(?:step)?(?:son|daughter|child|kid|mother|father)|wife|husband|partner|mom|mum|dad|"
        r"grand(?:son|daughter|child|kid|ma|mother|pa|father)|niece|nephew|brother|sister|aunt|"
        r"uncle|teenager|fianc[ée]e?|girlfriend|boyfriend|little (?:boy|girl)")
_NAME_IS = re.compile(
    r"^(?P<a>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}),? is (?:my|her|his|their|our|the patient'?s|"
    # ("my wife name is ...": the possessive left out, as callers in simple English say it)
    r"the) name\b|\b(?:her|his|their|the patient'?s|my (?:" + _KIN + r")(?:'?s)?) name"
    r"(?: is|'s|:) "
    r"(?P<b>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})|"
    r"\b(?:it'?s|this is|the appointment is|the booking is) for (?:my (?:" + _KIN + r"),? |"
    r"(?:him|her|them|me),? )?"
    r"(?P<c>(?!(?:her|his|their|my|our|him|them|so|and|but|then|because|since|just|also) )"
    r"[a-z][\w'-]*(?: [a-z][\w'-]*){1,3})|"
    r"\bthe patient is (?P<d>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})|"
    # "can you also book my husband, Luis Gomez", "squeeze in my daughter, Mia Cole"
    r"\b(?:book|schedule|get|fit|squeeze|add|see) (?:in )?my (?:" + _KIN + r"),? "
    r"(?P<g>[a-z][\w'-]*(?: [a-z][\w'-]*){1,3})|"
    # "put it under her name, Dorothy Hale", "book it in my father's name, Arthur Bloom"
    + _UNDER_THEIR_NAME + r"(?P<f>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})|"
    # "executive assistant to Nadia Kowalczyk", "I keep the calendar for our CEO, Gerald
    # Okonkwo": an assistant booking for the person they work for
    r"(?:\b(?:assistant|secretary|calendar|diary|scheduler|coordinator) (?:to|for)|\bi work "
    r"for|\bcalling on behalf of|\bon behalf of) (?:(?:our|my|"
    r"the) )?(?:(?:ceo|boss|director|owner|founder|president|chairman|chairwoman|principal|"
    r"managing partner|executive|vp|manager),? )?(?P<i>[a-z][\w'-]*(?: [a-z][\w'-]*){1,2})|"
    # "Her name Wei Chen, W E I...": two words, then the sentence or clause ends
    r"\b(?:her|his|their) name (?P<e>[a-z][\w'-]* [a-z][\w'-]*)(?=\s*[,.;!?]|$)")


# someone the booking is never for: "the landlord's fine with it, her name's Carol Dunn"
_NOT_THE_CLIENT = re.compile(r"\b(?:landlord|landlady|property manager|manager|boss|neighbou?r|"
                             r"roommate|super|superintendent|adjuster|agent|realtor|contractor|"
                             r"lawyer|attorney|employer|supervisor|insurance)\b")
_PET = re.compile(r"\b(?:dog|dogs|cat|cats|puppy|kitten|pup|pet|pets|bird|parrot|rabbit|bunny|"
                  r"horse|hamster|ferret|lizard|snake|turtle|fish|beagle|retriever|terrier|"
                  r"spaniel|poodle|labrador|lab|shepherd|tabby)\b")


def _as_written(name: str | None, raw: str) -> str | None:
    """The name with each word as the caller's line wrote it when it is written with a capital
    inside ("DeLuca", "McAllister", "LeBlanc"), which title case would lose."""
    if not name:
        return name
    # (and a particle the line writes with a capital, "Van Dyke": as the caller spells it)
    written = {fold(w).lower(): w for w in re.findall(r"[^\W\d_][\w'-]*", raw or "")
               if (re.search(r"[a-z][A-Z]", w) and not w.isupper()) or (
                   fold(w).lower() in _PARTICLES and w[:1].isupper() and not w.isupper()
                   and re.search(rf"(?<![.!?]\s)(?<!^){re.escape(w)}\s+[A-Z]", raw or ""))}
    return " ".join(written.get(fold(word).lower(), word) for word in name.split())


def name_said_around(raw: str, *, pets: bool = False) -> str | None:
    """The name a booking is for, said with whose it is: "her name is Maya Cole", "it's for my
    son, Leo Grant". Not a pet's ("her name is Pickle" about a puppy, or at a vet's), which is
    not the caller's and not a person's to book under."""
    # commas kept where they end the name ("his name is Mateo Ruiz, date of birth...")
    tried = False
    for text in (fold(raw or "").replace("’", "'").strip(" .!?"), clean(raw).strip(" .!?")):
        # ("can you book my daughter in too? Her name is Lily Tran.": the words after "book my
        # daughter" are no name, the name is said after)
        for found in _NAME_IS.finditer(text):
            tried = True
            name = _name_found(found, text, raw, pets)
            if name:
                return name
        if tried:
            return None
    return None


def _name_found(found: re.Match[str], text: str, raw: str, pets: bool) -> str | None:
    """The name one match of _NAME_IS says, or None (a pet's, someone's never booked for, or
    words that are no name)."""
    if (found.group("b") or found.group("a") or found.group("e")) and (
            pets or _PET.search(text) or _NOT_THE_CLIENT.search(text[:found.start()])):
        return None
    part = next(g for g in found.groups() if g)
    part = re.split(r"[,.;!?]|\s(?:and|i'?m|i am|my|the)\s", part, maxsplit=1)[0]
    # "his name is luca romano just a men's cut": the name ends where ordinary words start
    tokens = part.split()
    for i, token in enumerate(tokens):
        if i and (fold(token) in _NOT_NAMES or fold(token) in _STOP):
            part = " ".join(tokens[:i])
            break
    return _as_written(name_answer(part, _around=False, _cued=True), raw)


def name_answer(raw: str, _around: bool = True, _cued: bool = False) -> str | None:
    """The name in an answer to "May I have your name?", or None if it is not a name."""
    raw = _HESITATION.sub(" ", _FALSE_START.sub("", raw or "")).strip()
    if _around:
        around = name_said_around(raw)
        if around:
            return around
    text = clean(raw).strip(" .!?")
    text = _PREFIX.sub("", text, count=1)
    # stop at the number or whatever else follows the name
    text = re.split(r"[,.;!?。，！？；]|\s(?:and|my|phone|number|the number|at|you can|from|best|"
                    r"cell|mobile)\s|\d|"
                    r"\s(?:that'?s\s|spelled\s)?[a-z](?:\s[a-z])+\b",
                    text, maxsplit=1)[0].strip()
    tokens = [t for t in text.split() if t]
    if not 1 <= len(tokens) <= 4:
        return None
    # (Latin letters with their accents, and Cyrillic: "Ольга Смирнова")
    if any(not re.fullmatch(r"[a-zà-öø-ÿа-яё][a-zà-öø-ÿа-яё'-]*\.?", t) for t in tokens):
        return None
    if any(t.strip(".") in _NOT_NAMES for i, t in enumerate(tokens) if t not in _PARTICLES and not (
            _word_name_first([x.strip(".") for x in tokens], i))):
        return None
    if len(tokens) == 1 and len(tokens[0]) < 2:
        return None
    return _as_written(_title_name([t.strip(".") for t in tokens]), raw)


# --- a caller's own name inside a longer line ---------------------------------------------------
# Speech recognisers capitalise names, so a name is a run of capitalised words; whether it is the
# caller's comes from what is said around it. Strength of the cue, strongest first:
#   INTRODUCED  "my name is X", "this is X", "I'm X", "X here", "put X"
#   CUED        "book it for X Y", "under X Y", "X Y, born ...", "X Y, J O N E S"
#   LOOSE       "it's X", "Hi, X Y. I've got...", "I'm a patient, X Y."
INTRODUCED, CUED, LOOSE = 3, 2, 1

_NAME = (r"(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|de|van|von|da|del|la|le|bin|al)){0,3})")
_INTRODUCED = re.compile(
    r"(?:\b(?i:my name is|my name'?s|name'?s|the name is|my full name is|call me|my name(?= [A-Z])|"
    r"(?:i'?m|i am|this is) (?:his|her|their|the (?:\w+'s)) (?:mother|mom|mum|father|dad|wife|"
    r"husband|partner|daughter|son|sister|brother|owner|caregiver|guardian),?|"
    r"(?:the )?owner'?s name is|(?:the )?owner is|(?:the )?owner'?s(?= [A-Z])|i'?m the owner[,:]?|"
    r"the name (?:on|of|for) (?:the |my )?(?:account|file|appointment|"
    r"booking|reservation) is|the name (?:on|for) (?:it|that|there) is|"
    # "So it's a message from Bettina Carvalho about ...": who the message is from
    r"(?:a|the|my) message (?:is )?from|"
    # "Same name, Irina Kuznetsova": the name said before, said again
    r"(?:the )?same name,?|"
    r"(?<![a-z'] )name is|"
    # "it'd be me, Jo Park", "it'd be under my name, Gordon Tate", "under the name Nadia Haddad"
    r"it(?:'?d| would|'?s| is|'?ll| will) be me,?|it'?s me,?|"
    # ("under my legal name, Robert Hale", "under my name, not the cat's: Ann Lee")
    r"(?:under|in) (?:my|the)(?: own| full| legal| real| married| maiden| proper)? name(?: of)?"
    r"(?:,? not (?:the|my|his|her|their|our) [\w'-]+)?[,:]?|"
    r"this is|i'?m|i am|put (?:it |me |that |the (?:appointment|booking) )?(?:down )?"
    r"(?:under|as|for)|put|me llamo|mi nombre es|soy|je m'appelle|je suis|ich heiße|"
    r"mein name ist|meu nome é|eu sou|mi chiamo|ako po si|ako si|nazywam się|nazywam sie|"
    r"mam na imię|mam na imie|меня зовут|tôi tên là|tên tôi là)\s+)" + _NAME)
_HERE = re.compile(r"(?:^|[,.!?;:]\s*|\b(?i:hi|hello|hey|morning|afternoon|evening),?\s+)" + _NAME
                   + r"\s+(?i:here|speaking)\b")
_FOR = re.compile(r"\b(?<!looking )(?<!asking )(?<!ask )(?<!calling )(?<!waiting )(?<!speak )"
                  r"(?i:for|under)\s+" + _NAME)
# ("That's Ava Brennan, B, R, E, N, N, A, N": whom a booking just described is for)
_ITS = re.compile(r"\b(?i:it'?s|it is|that'?s|that is)\s+" + _NAME)
# "can you tell her Benjamin Adler called back": who is calling, said as news for someone
_CALLED = re.compile(r"\b(?i:tell|let) (?i:him|her|them|\w+) (?i:know )?(?i:that )?" + _NAME
                     + r"\s+(?i:called|rang|phoned|is calling|returned)\b")
_APPOSED = re.compile(r"(?:^|(?<=[,.!?;:])\s*)" + _NAME + r"(?=\s*(?:[,.!?;:]|$))")
# what follows a name that makes it one: its spelling, or the caller's date of birth
_SPELT_OR_BORN = re.compile(r"^\s*[,.]?\s*(?:(?i:that'?s|spelled|spelt)\s+)?"
                            r"(?:[A-Z]\b[\s,.-]*){2,}|"
                            r"^\s*[,.]?\s*(?i:born|date of birth|d\.?o\.?b|birthday)\b")
_GREETING = re.compile(r"^(?:(?:hi|hello|hey|yes|yeah|yep|okay|ok|sure|right|good|morning|"
                       r"afternoon|evening|so|well|oh|um|uh|great|and|sorry|also)\W*)*$")
_FIRST_PERSON = re.compile(r"^(?:(?:hi|hello|hey|yes|yeah|okay|ok|so|well|um|uh)\W+)*"
                           r"(?:i'?m|i am|i'?ve|i was|i have|this is)\b")
_OTHERS = (r"son|daughter|child|kid|kids|boy|girl|baby|wife|husband|partner|spouse|ex|mother|mom|"
           r"mum|father|dad|brother|sister|friend|neighbou?r|boss|landlord|landlady|tenant|"
           r"roommate|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|fianc[ée]e?|"
           r"girlfriend|boyfriend|client|lawyer|attorney|doctor|dentist|driver|"
           r"dog|cat|puppy|kitten|pup|pet|bird|parrot|rabbit|bunny|horse|hamster|guinea pig|"
           r"ferret|lizard|snake|turtle|fish")
_SOMEONE_ELSES = re.compile(rf"\b(?:my|our|your|the|a)\s+(?:{_OTHERS})\b", re.I)
# ("the message is from me, his daughter, Diane Kowalski": the caller, said who they are to him)
_NAMES_SOMEONE = re.compile(rf"(?:\b(?:named|called)|(?<!i'm )(?<!i am )(?<!me, )(?<!me )"
                            rf"\b(?:my|our|his|her|their|"
                            rf"your|the)\s+"
                            rf"(?:{_OTHERS})(?:'s)?[,.]?)\s*$", re.I)  # ("my wife. Karen Doyle.")
# "her name's Pickle", "my son's name is Leo": someone else's name
_WHOSE = re.compile(r"\b(?:her|his|its|their|your|(?!(?:it|that|there|what|here|he|she|who|"
                    # ("the account's under my name, ...": the account is)
                    r"where|let|account|booking|appointment|file|reservation|order)'s)\w+'s)\s*$",
                    re.I)
_TITLE = re.compile(r"\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor|nurse|officer|judge)\.?\s*$",
                    re.I)
# words that make a capitalised run a place, a company or a product, not a person: the last
# word of a place or firm ("Clement Street", "Greenway Market", "Delta Dental"), the first of a
# town ("San Mateo"), or a brand anywhere ("Walgreens", "the Honda")
_PLACE_ENDS = frozenset("""
    street st avenue ave road rd lane ln drive dr boulevard blvd court ct circle highway hwy
    parkway square terrace trail plaza apartment apt suite unit building market store shop
    mall pharmacy hospital clinic center centre dental medical health insurance bank union
    mutual group company co inc llc ltd corp motors auto plumbing salon vet veterinary law homes
    realty school college university church county city
    landscaping construction roofing contracting services solutions logistics consulting partners
    associates enterprises industries holdings properties management mortgage lending trucking
    transport electric electrical painting catering bakery cafe restaurant studio fitness gym
    labs technologies systems supply supplies
    """.split())  # (and a firm's: "Greenleaf Landscaping", "Keystone Mortgage")
_TOWN_STARTS = frozenset("san santa los las el fort port mount lake new".split())
_BRANDS = frozenset("""
    walgreens cvs costco walmart target safeway kroger amazon google allstate geico
    progressive aetna cigna kaiser humana medicare medicaid metlife visa mastercard amex paypal
    venmo zelle honda toyota ford chevy chevrolet nissan subaru tesla bmw audi volkswagen vw
    jeep hyundai kia mazda lexus dodge gmc acura volvo mercedes porsche buick cadillac civic
    camry corolla accord prius rav4 f-150 f150 jetta
    blue anthem tricare molina wellcare ambetter highmark premera regence unitedhealthcare united
    """.split())  # (the insurers: "Blue Cross", "United Healthcare")


_FIRST_PERSON_WORDS = frozenset({"i'm", "im", "i'll", "i've", "i'd"})


# hesitations said before a name ("Me llamo, eh, Marisol Vega", "Euh, Camille Laurent")
_FILLERS = frozenset({"eh", "euh", "um", "uh", "er", "erm", "ehm", "uhm", "ah", "hmm", "este",
                      "pues", "bueno", "alors"})
# a word cut off and said again ("My name's Tom— Thomas Reilly"): the false start
_FALSE_START = re.compile(r"\b[\w']+\s*[—–]\s*(?=\w)")


_HESITATION = re.compile(r"(?:^|(?<=[\s,.]))(?:" + "|".join(sorted(_FILLERS)) + r")\b[,.]?",
                         re.IGNORECASE)


# how a caller opens their own summary of the call ("To recap: Ann Lee, ...")
_RECAP_CUE = re.compile(r"^(?:so|okay,? so|ok,? so|alright|right|to recap|to confirm|to sum up|"
                        r"just to confirm|let me confirm|confirming|let me say it back)$")
_RECAP_OPENERS = frozenset({"so", "okay", "ok", "alright", "right", "well", "then"})


def _people_words(tokens: list[str], exclude: frozenset[str], *,
                  named: bool = False) -> list[str] | None:
    """The run's words as a person's name, or None when they are not one. `named`: the line
    said it is a name ("my name's Will"), so a first name that is also a word is one alone."""
    # (and a recap's opening word: "So Jordan Mbeki, sports physical, Monday at 3:20")
    while tokens and (fold(tokens[0]).strip(".,").lower() in _FILLERS or fold(
            tokens[0]).strip(".,").lower() in _RECAP_OPENERS):
        tokens = tokens[1:]
    kept: list[str] = []
    for token in tokens:
        if len(token.strip(".")) < 2 and kept:
            break  # the spelling that follows: "Liu L I U"
        kept.append(token)
    while kept and fold(kept[-1]) in _NOT_NAMES and not (
            named and len(kept) == 1 and fold(kept[0]).strip(".") in _WORD_NAMES):
        kept.pop()  # ("my name's Will": kept)
    words = [fold(t).strip(".") for t in kept]
    if not words or len(words[0]) < 2 or any(w.endswith("'s") for w in words) or (
            words[0] in _FIRST_PERSON_WORDS):
        return None  # "Pickle's shots": a possessive, not a name
    # a brand first ("Honda Civic", "Toyota") is a car; a surname that is also one ("Jasmine
    # Ford", "Ann Lincoln") is a person's
    if any(w in _NOT_NAMES for i, w in enumerate(words) if w not in _PARTICLES and not (
            _word_name_first(words, i) or (named and len(words) == 1 and w in _WORD_NAMES))
            ) or words[0] in _BRANDS or (
            (words[-1] in _PLACE_ENDS and not (named and len(words) == 2)) or (
                len(words) > 1 and words[0] in _TOWN_STARTS)):
        # ("my name's Forrest Lane": a surname that is also a street's end, said as a name)
        return None
    if exclude and all(w in exclude for w in words):
        return None  # the business's own words: "Fleet Dental"
    return kept


def _candidates(line: str, exclude: frozenset[str]):
    """(strength, position, name) for every name the line seems to give as the caller's."""
    def found(pattern: re.Pattern[str], strength: int, *, full: bool = False,
              check=None):
        for m in pattern.finditer(line):
            before = line[:m.start("name")]
            if _TITLE.search(before) or _NAMES_SOMEONE.search(before) or (
                    strength == INTRODUCED and _WHOSE.search(line[:m.start()])):
                continue  # "Dr. Patel", "a man named Kevin", "my husband, Gary"
            words = _people_words(m.group("name").split(), exclude, named=bool(
                _NAME_SAID.search(before)))
            if not words or (full and len(words) < 2):
                continue
            level = check(m, words) if check else strength
            if level:
                yield level, m.start("name"), _title_name([fold(w) for w in words])

    def apposed(m: re.Match[str], words: list[str]) -> int:
        sentence = re.split(r"[.!?]\s", line[:m.start("name")])[-1]
        said_before = fold(sentence).strip(" ,;:")
        clause = said_before.rsplit(",", 1)[-1].strip()
        first_person = bool(_FIRST_PERSON.match(clause))
        if _SOMEONE_ELSES.search(clause):
            return 0  # "my son's a patient of yours, Leo Grant": not the caller
        if _SPELT_OR_BORN.search(line[m.end("name"):]):
            return CUED  # "Ann Lee, L E E", "Ann Lee, born May 2nd"
        if _GREETING.match(said_before) or first_person or _RECAP_CUE.match(said_before):
            # "Hi, Ann Lee. I've got...", "I'm a patient, Ann Lee, and...", "To recap: Ann
            # Lee, Thursday at ten"
            return LOOSE
        return 0

    yield from found(_INTRODUCED, INTRODUCED)
    yield from found(_CALLED, INTRODUCED)
    yield from found(_HERE, INTRODUCED)
    yield from found(_FOR, CUED, full=True)
    yield from found(_APPOSED, CUED, full=True, check=apposed)
    yield from found(_ITS, LOOSE)


# Words that end a name said in lower case ("it's kwame mensah i got an appointment"): the
# common words a caller goes on with, beside _NOT_NAMES.
_STOP = frozenset("""
    got gotta get have had has having need needed want wanted wanna calling called call here
    speaking from with again and so um uh like just also still already was were will would
    i'd i've i'll im ive id dob born date birthday spelled spelt that's thats yeah yes and but
    or if when because cause since the a an in on at for about regarding returning booked
    scheduled dropped drove bought brought came come coming went going at
    all any some every each both only even quite pretty kinda sorta kind sort bad worse worst
    better best nice slow fast loud quiet home away out off up down over under inside outside
    nothing something everything anything everywhere somewhere nowhere crazy stuck broken
    okay fine sure late early soon ready done tired sick ill hurt scared worried upset happy
    sad mad angry afraid glad lucky hard easy big small little old young same different other
    """.split())
# what follows a name said in lower case: the caller goes on ("... i got", "... calling about",
# "..., my number is") or stops
_AFTER_NAME = re.compile(r"\s*(?:$|[,.!?]|(?:i|i'?m|i'?ve|i'?d|i'?ll|and|calling|from|with|here|"
                         r"speaking|my|about|again|we|um|uh|so|just|returning|dob|born|date)\b)")
_LOWER_CUE = re.compile(
    # "i'm his mother denise wright", "im the sellers daughter lucy chen": the caller, named
    # after who they are to someone (tried first: "i'm the ..." is no name on its own)
    r"\b(?P<kin>(?:i'?m|i am|this is) (?:his|her|their|the \w+'?s) (?:mother|mom|mum|father|dad|"
    r"wife|husband|partner|daughter|son|sister|brother|aunt|uncle|grandmother|grandfather|"
    r"grandma|grandpa|friend|neighbou?r|roommate|caregiver|guardian|fiancee?))\s+"
    r"(?P<rest4>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})|"
    r"(?:^|[,.!?]\s*|\b(?:hi|hello|hey|yeah|yes|yep|um|uh|so|oh|morning)\s+)"
    r"(?P<cue>my name is|my name'?s|name'?s|the name is|my name|it'?d be me,?|it'?s me,?|"
    r"(?:under|in) (?:my|the) name(?: of)?,?|this is|it'?s|it is|i'?m|i am)"
    r"\s+(?P<rest>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})|"
    r"(?<!s )(?<!her )(?<!their )(?<!its )"  # "his name is", "my husbands name is": theirs
    r"\b(?P<strong>my name is|my name'?s|name'?s|the name is|name is)\s+"
    r"(?P<rest2>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})|"
    # "... for monday its joan whitaker w h i t a k e r": a name spelled after it is one
    r"\b(?P<spelt>it'?s|it is|this is|i'?m|i am|under)\s+(?P<rest3>[a-z][a-z'-]+\s+[a-z][a-z'-]+)"
    r"(?=\s+(?:[a-z][\s.-]+){2,}[a-z]\b)")
# a number said in words ("it's two zero six, two zero one...") is never a name
_NUMBER_WORDS = frozenset("""zero oh one two three four five six seven eight nine ten eleven twelve
    double triple hundred""".split())
# a name spelled out after it, letter by letter, maybe said again: "raman r a m a n", "lena
# w e i s s lena weiss", "derek a m o a h amoah"
_SPELLING = re.compile(r"\s*(?:that'?s |spelled |spelt |as in )?(?P<letters>(?:[a-z][\s.-]+){1,}"
                       r"[a-z])\b(?:(?:\s+[a-z][a-z'-]+){1,2}(?=\s*(?:$|[,.!?]|and|my|i|i'?m)\b))?")
_LOWER_APPOSED = re.compile(r"(?:^|[,.!?]\s*)(?P<rest>[a-z][a-z'-]+\s+[a-z][a-z'-]+)"
                            r"(?=\s*[,.]?\s*(?:dob\b|d\.o\.b|date of birth|born\b|"
                            r"birthday\b|(?:[a-z][-. ]){2,}[a-z]\b))")


def _lowercase_name(line: str, exclude: frozenset[str]) -> tuple[int, int, str] | None:
    """(strength, position, name) for a name said in lower case after a plain introduction
    ("hi this is olumide bakare i have a showing", "my name is jovana petrovic") or just before
    a date of birth or a spelling ("dmitri volkov. dob 2 14 85"). After "this is", "it's" or
    "I'm" two words are needed ("this is urgent", "I'm calling" are not names)."""
    text = fold(line).replace("’", "'")
    text = re.sub(r"\b(?:uh|um|er|erm|uhm)\b\s*", "", text)  # "this is uh rosa delgado"
    for m in list(_LOWER_CUE.finditer(text)) + list(_LOWER_APPOSED.finditer(text)):
        found = m.groupdict()
        cue = (found.get("cue") or found.get("strong") or found.get("spelt")
               or found.get("kin") or "")
        group = next((g for g in ("rest2", "rest3", "rest4") if found.get(g)), "rest")
        words: list[str] = []
        for token in m.group(group).split():
            if token in _NOT_NAMES or token in _STOP or token in _BRANDS or (
                    token in _NUMBER_WORDS) or len(token) < 2 or (
                    len(token) > 4 and token.endswith(("ing", "ly", "ed"))):
                break
            words.append(token)
        words = words[:3]
        # "my name is summer nguyen summer like the season n g u y e n": the first name said
        # again to spell or explain it ends the name
        repeated = len(words) == 3 and words[2] == words[0]
        words = words[:2] if repeated else words
        need = 1 if cue.startswith(("my name", "name", "the name")) or found.get("kin") else 2
        if len(words) < need or (exclude and all(w in exclude for w in words)):
            continue
        if words[-1] in _PLACE_ENDS or words[-1].endswith("'s"):
            continue
        end = m.start(group) + len(" ".join(words))
        spelled = _SPELLING.match(text[end:])
        if spelled:
            # "my name's lena w e i s s", "derek a m o a h amoah": the surname spelled out
            letters = re.sub(r"[^a-z]", "", spelled.group("letters"))
            if len(words) == 1 and letters != words[0]:
                words.append(letters)
            end += spelled.end()
        if not spelled and not repeated and not _AFTER_NAME.match(text[end:]):
            continue  # "it's pretty bad honestly": ordinary words go on, not a name
        strength = INTRODUCED if cue else CUED
        return strength, m.start(group), _title_name(list(words))
    return None


def caller_name(raw: str, *, least: int = LOOSE,
                exclude: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The caller's own name in a line and how plainly it was given, or None.

    The most plainly given wins ("it's lisinopril... my name is Howard Chen"); of two given
    alike, a full name over a single word ("It's Aoife Brennan... it's Irish, it sounds like
    Ee-fa"), then the later one (a correction: "Dan Okafor, well, put Daniel Okafor"). Names of
    pets, staff, other people, places and companies are not the caller's.
    """
    line = (raw or "").replace("’", "'").replace("‘", "'")
    best: tuple[int, bool, int, str] | None = None
    candidates = list(_candidates(line, exclude))
    if not candidates and not re.search(r"[A-Z][a-z]", line[1:]):
        lower = _lowercase_name(line, exclude)  # a recogniser that wrote it all in lower case
        candidates = [lower] if lower else []
    for strength, position, name in candidates:
        if " " not in name:
            # "It's Ben, by the way, Ben Alvarez": the first name said again with the surname
            full = re.search(rf"\b{re.escape(name)} ([A-Z][\w'-]+)\b", line[position + 1:])
            if full and _people_words([name, full.group(1)], exclude) == [name, full.group(1)]:
                name = f"{name} {_title(fold(full.group(1)), inside=False)}"
        rank = (strength, " " in name, position)
        if strength >= least and (best is None or rank > best[:3]):
            best = (*rank, name)
    return (best[3], best[0]) if best else None


def offered_name(raw: str, *, least: int = LOOSE,
                 exclude: frozenset[str] = frozenset()) -> str | None:
    """A name the caller volunteers mid-sentence: 'Hi, this is Ann Lee, I'd like...'.

    Only capitalised words count here (speech recognisers capitalise names), so "I'm calling
    about..." is not a name.
    """
    raw = _FALSE_START.sub("", raw or "")
    found = caller_name(raw, least=least, exclude=exclude)
    return _as_written(found[0], raw) if found else None


def fuller_name(name: str, held: str) -> bool:
    """Whether `name` is the name held, said in full ("Jordan" then "Jordan Mbeki", "Tanaka"
    then "Mireille Tanaka"): every word of it, and more."""
    said, kept = fold(name).lower().split(), fold(held).lower().split()
    return bool(kept) and len(said) > len(kept) and all(word in said for word in kept)
