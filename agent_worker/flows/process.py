"""Questions about the call itself, answered honestly: why the receptionist needs a number, who
or what the caller is talking to, whether the call is recorded, who calls back and when, whether
they can get a text, what happens to their details.

A caller who asks one of these is still in the middle of whatever they were doing, so the flow
answers and then puts the pending question again; the question is never taken as an answer (a
name, a message's reason) and never sent to a model.
"""

from __future__ import annotations

import re
from datetime import datetime

from agent_worker.flows.text import clean
from calls.appointments import ordinal, spoken_clock

_WHY_NUMBER = re.compile(
    r"\b(why (?:do|would|does) (?:you|she|he|they|it) (?:need|want|ask for) (?:my|a|the) "
    r"(?:number|phone|phone number|contact|details|info\w*)|do you (?:really |actually )?need "
    r"(?:my|a|the) (?:number|phone|phone number)|what (?:do|will) you (?:need|want|use|do with) "
    r"(?:my|the) (?:number|phone number) for|why (?:my|the) (?:number|phone number)|"
    r"what'?s (?:my|the) number for|is (?:my|the|a) (?:number|phone number) (?:required|"
    r"necessary|needed)|do i (?:have|need) to (?:give|share) (?:you )?(?:my|a) (?:number|phone))"
    r"\b")
# why another detail is asked for: the place, the name, an email, a birth date, an insurance
_DETAILS = {
    "address": r"(?:home |street |full |exact )?(?:address|zip(?: code)?|post ?code|location)",
    "name": r"(?:full |last |first )?name",
    "email": r"e-?mail(?: address)?",
    "birth": r"(?:date of birth|birth ?date|birthday|age)",
    "insurance": r"(?:insurance|insurer|policy)(?: details| info\w*| number)?",
}
_WHY_DETAIL = {detail: re.compile(
    rf"\b(?:why (?:do|would|does) (?:you|she|he|they|it|the \w+) (?:(?:even|really|actually) )?"
    rf"(?:need|want|ask for|ask me for) (?:my|a|the|our) {words}|"
    rf"do you (?:really |actually |even )?need (?:my|a|the|our) {words}|"
    rf"what (?:do|will) you (?:need|want|use|do with) (?:my|the|our) {words} for|"
    rf"why (?:my|the) {words}\b|what'?s (?:my|the) {words} for|"
    rf"is (?:my|the|an?) {words} (?:required|necessary|needed)|"
    rf"do i (?:have|need) to (?:give|share|tell) (?:you )?(?:my|an?|the) {words})\b")
    for detail, words in _DETAILS.items()}
_IS_AI = re.compile(
    r"\b(are you (?:a |an )?(?:real|human|person|robot|bot|machine|computer|ai|artificial|"
    r"recording|automated|virtual)|am i (?:even |actually |really )?(?:talking|speaking) (?:to|"
    r"with) (?:a |an )?(?:actual |live |real )?(?:real|human|person|robot|bot|machine|computer|"
    r"ai|recording|automated)|is this (?:a |an )?(?:actual |real |live )?"
    r"(?:robot|bot|machine|computer|ai|recording|automated|real person|person|human)|"
    # "is this a real dispatcher or an automated system?"
    r"is (?:this|it) (?:a |an )?(?:real|actual|live) \w+ or (?:a |an )?(?:automated|robot|bot|"
    r"recording|machine|computer|ai)\w*|"
    # "... or another one of those robot things?"
    r"(?:or|another one of those|one of those) (?:robot|bot|automated|ai|computer) (?:thing|"
    r"system|voice|answering)s?|you'?re (?:a |an )?"
    r"(?:robot|bot|machine|computer|ai)\b\??$|are you ai)\b")
_WHO = re.compile(
    r"\b(who (?:am i|is this|are you)(?: (?:talking|speaking) (?:to|with))?|what'?s your name|"
    r"what is your name|who'?s (?:this|speaking)|who am i (?:talking|speaking) (?:to|with)|"
    r"who (?:do|did) i (?:reach|call|get)|"
    # "Is this the clinic?", "is this Fleet Dental?": checking who answered
    r"is this (?:the |a )?(?:[a-z]+ ){0,2}(?:clinic|office|dentist|dental|vet|veterinar\w*|"
    r"animal hospital|salon|shop|garage|law firm|firm|lawyers?|attorneys?|realty|real estate|"
    r"plumb\w*|practice|surgery|receptionist)(?: office)?\?)")
_TEXT = re.compile(
    r"\b((?:can|could|would|will) (?:you|someone|they) (?:please |just )?(?:text|sms|message) "
    r"(?:me|my (?:cell|cellphone|mobile|phone|number))|(?:send|get) (?:me )?(?:a |an )?"
    r"(?:text|sms|text message|confirmation text)|(?:by|via|over) (?:text|sms)|text me|"
    r"do you (?:do|send) (?:texts|text messages|reminders|confirmations)|will i get a "
    r"(?:text|confirmation|reminder))\b")
_PRIVACY = re.compile(
    # "who's going to see this message?", "who gets to see this?"
    r"\b(who(?:'s| is| will| would| else)? (?:actually |really |else |even )?(?:going to |gonna |"
    r"get to |gets to |be able to )?(?:see|sees|read|reads|hear|hears|listen to|listens to|get|"
    r"gets|have access to|has access to) (?:all (?:of )?)?(?:this|that|the|my)(?: message| info\w*|"
    r"| details| call| note| data| recording)?\b|"
    r"what (?:do|will) you do with my (?:info\w*|details|data|number|name)|(?:who|will "
    r"anyone) (?:sees?|gets?|has access to) my (?:info\w*|details|data|number)|is (?:this|my "
    r"(?:info\w*|data|number)) (?:private|confidential|safe|secure)|are you (?:recording|"
    r"keeping) (?:this|my))\b")
_RECORDED = re.compile(
    r"\b(?:is|are) (?:this|the|our|my) (?:call|conversation)? ?(?:being )?(?:recorded|taped|"
    r"monitored)|is this (?:a )?recorded (?:line|call)|are you recording( (?:this|me))?\b")
_CALLBACK = re.compile(
    r"\b(?:who(?:'s| is| will| will be| would)? (?:going to |gonna )?(?:call|ring|phone|"
    r"get back to) me|"
    r"(?:when|how soon|how long) (?:will|would|can|until|before) (?:someone|somebody|they|you|"
    r"he|she|i|the \w+) (?:call|ring|get back|hear|phone)|"
    r"when (?:should|can|will) i (?:expect|hear)|"
    r"how (?:long|soon) (?:does|will) it take (?:for )?(?:someone|them|you)? ?to (?:call|get "
    r"back))")

# where the call is answered ("is this the office itself, or an answering service in another
# state?", "is this some call centre?")
_OFFICE = re.compile(
    r"\b(?:is this|are you|am i (?:talking|speaking) to) (?:the (?:actual |real )(?:office|"
    r"business|shop|clinic|salon|firm|practice|agency)\b|the (?:office|business|shop|clinic|"
    r"salon|firm|practice|agency) itself\b|(?:a |an |some |one of "
    r"those )?(?:call cent(?:er|re)s?|answering services?|outsourced|overseas))|"
    r"\b(?:call cent(?:er|re)|answering service)s? (?:answering|somewhere|in another|for a bunch)|"
    # "is this the vet itself, or an answering service?"
    r"\bis this the \w+(?: \w+)? itself\b|\bor (?:an? |some |one of those )?(?:answering "
    r"services?|call cent(?:er|re)s?)\b")
# today's date or the time asked, sometimes to test who answers ("what's today's date?")
_TODAY = re.compile(
    r"\b(?:what(?:'s| is) (?:today'?s date|the date(?: today)?|the day today|today'?s day)|"
    r"what day is (?:it|today)(?: today)?|what(?:'s| is) today|what time is it(?: there| now)?|"
    r"do you (?:even )?know (?:what day|the date|what today|today'?s date|what time))\b")
KINDS = ("why_number", "is_ai", "who", "text", "privacy", "recorded", "callback", "today", "office",
         *(f"why_{detail}" for detail in _DETAILS))


def process_question(raw: str) -> str:
    """Which question about the call this line asks ('' if none)."""
    text = clean(raw)
    for kind, pattern in (("why_number", _WHY_NUMBER), ("recorded", _RECORDED),
                          ("is_ai", _IS_AI), ("office", _OFFICE), ("privacy", _PRIVACY),
                          ("callback", _CALLBACK),
                          ("text", _TEXT), ("who", _WHO), ("today", _TODAY)):
        if pattern.search(text):
            return kind
    for detail, pattern in _WHY_DETAIL.items():
        if pattern.search(text):
            return f"why_{detail}"
    return ""


def process_answer(kind: str, *, business: str, sms: bool = False, task: str = "",
                   now: datetime | None = None) -> str:
    """The honest answer, in one or two short sentences; `now`: the business's local time, for
    a question about today's date or the time."""
    if kind == "today" and now is not None:
        return (f"Today is {now:%A}, {now:%B} {ordinal(now.day)}, and it's "
                f"{spoken_clock(now.time())} here.")
    if kind == "why_number":
        if task == "message":
            return (f"It's only so the team at {business} can call you back about your "
                    "message; it isn't shared with anyone else.")
        if task in ("book", "reschedule"):
            return (f"It's only so {business} can reach you if anything changes with your "
                    "appointment; it isn't shared with anyone else.")
        return (f"It's only so the team at {business} can call you back; it isn't shared with "
                "anyone else.")
    if kind.startswith("why_"):
        return _why_detail(kind.removeprefix("why_"), business=business, task=task)
    if kind == "is_ai":
        # (neither "yes" nor "no": asked "are you a robot?" or "am I talking to a person?")
        return (f"I'm {business}'s virtual receptionist, an automated assistant, not a person. I "
                "can book appointments, take a message, or put you through to the team where I "
                "can.")
    if kind == "office":
        return (f"You've reached {business} directly: I'm its own virtual receptionist, not a "
                f"call centre, and everything you tell me goes straight to the team at "
                f"{business}.")
    if kind == "who":
        # ("Is anybody there?", "who am I talking to?"): who answers, and what it can do
        return (f"I'm the virtual receptionist for {business}. I can book appointments or take "
                "a message for the team.")
    if kind == "text":
        if sms:
            return "Yes, the team can send you a text on the number you give me."
        return ("I can't send texts from this line, I'm afraid, but the team will have your "
                "number and can call you back.")
    if kind == "recorded":
        return (f"I'm {business}'s virtual receptionist, an automated assistant, and what we say "
                f"is written down so the team at {business} can follow up; it's kept by them "
                "only.")
    if kind == "callback":
        return (f"Someone from the team at {business} will call you back as soon as they can, "
                "during opening hours. I can't promise an exact time, I'm afraid.")
    if kind == "privacy":
        return (f"Your details are kept by {business} only, to book your visit or call you "
                "back, and are never shared with other callers.")
    return ""


def _why_detail(detail: str, *, business: str, task: str) -> str:
    """Why a detail other than the number is asked for, and that it stays with the business."""
    kept = "it isn't shared with anyone else"
    if detail == "address":
        return (f"It's so the team at {business} knows where the work is and can check it's in "
                f"the area they cover; you can give it now or when they call, and {kept}.")
    if detail == "name":
        who = "the booking is for" if task in ("book", "reschedule") else "to ask for"
        return f"It's only so the team at {business} knows who {who}; {kept}."
    if detail == "email":
        return (f"You don't need to give one: {business} only uses an email to send details if "
                f"you'd like them, and {kept}.")
    if detail == "birth":
        return (f"It's only so the team at {business} can find the right records; you can give "
                f"it to them when you come in if you'd rather, and {kept}.")
    return (f"It's only so the team at {business} can check your cover before the visit; you can "
            f"give it to them when they call if you'd rather, and {kept}.")
