"""What a caller's line looks like once speech recognition has had its way with it: lower case,
one kind of apostrophe, duplicated phrases collapsed, fillers and noise markers gone.

Everything else in the flows reads the output of `clean`, so a pattern never has to allow for
"Tuesday at ten Tuesday at ten" or "um, uh, yes".
"""

from __future__ import annotations

import re
import unicodedata

FILLERS = frozenset({"um", "umm", "uh", "uhh", "er", "erm", "ah", "ahh", "hmm", "hm", "mm",
                     "mhm"})
_NOISE = re.compile(r"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*")  # [BLANK_AUDIO], (coughs), *static*
_WHISPER_PHANTOMS = frozenset({"you", "thank you.", "thanks for watching!", "bye.", "."})
_REPEAT = re.compile(r"\b((?:\w+[\s,]+){0,5}?\w+)(?:[\s,.]+\1\b)+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def fold(text: str) -> str:
    """Lower case, straight apostrophes, no accents on Latin letters, single spaces."""
    text = (text or "").replace("’", "'").replace("‘", "'").replace("`", "'")
    return _SPACES.sub(" ", text).strip().lower()


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def collapse_repeats(text: str) -> str:
    """'tuesday at ten tuesday at ten' -> 'tuesday at ten': STT echoes and stammers.

    A phrase said twice in a row is kept once; digits are left alone (a phone number really
    can say 'five five five').
    """
    def keep_one(match: re.Match[str]) -> str:
        phrase = match.group(1)
        return match.group(0) if re.search(r"\d|\b(five|one|two|three|four|six|seven|eight|"
                                           r"nine|zero|oh|double)\b", phrase) else phrase
    previous = None
    while previous != text:
        previous, text = text, _REPEAT.sub(keep_one, text)
    return text


# words said in full, as the patterns read their short forms: "that is all" is "that's all",
# "I would like" is "I'd like" (callers who never contract are as common as those who do)
_SHORT_FORMS = {"i am": "i'm", "i would": "i'd", "i will": "i'll", "do not": "don't",
                "does not": "doesn't", "did not": "didn't", "is not": "isn't", "are not": "aren't",
                "was not": "wasn't", "were not": "weren't", "cannot": "can't", "can not": "can't",
                "will not": "won't", "would not": "wouldn't", "could not": "couldn't",
                "should not": "shouldn't", "have not": "haven't", "has not": "hasn't",
                "that is": "that's", "it is": "it's", "what is": "what's", "there is": "there's",
                "we are": "we're", "you are": "you're", "they are": "they're", "he is": "he's",
                "she is": "she's", "we will": "we'll", "you will": "you'll"}
_FULL_FORMS = re.compile(r"\b(?:" + "|".join(sorted(_SHORT_FORMS, key=len, reverse=True))
                         + r")\b", re.IGNORECASE)


def said_short(text: str) -> str:
    """The caller's own line with its full forms said short, its capitals kept ("It is for Theo
    Nakamura" -> "It's for Theo Nakamura", "I am Ana" -> "I'm Ana")."""
    def short(match: re.Match[str]) -> str:
        said = _SHORT_FORMS[match.group(0).lower()]
        return said[:1].upper() + said[1:] if match.group(0)[:1].isupper() else said
    return _FULL_FORMS.sub(short, text)


def clean(text: str) -> str:
    """The caller's line as the flows read it."""
    text = _NOISE.sub(" ", text or "")
    text = said_short(fold(text))
    text = collapse_repeats(text)
    words = [w for w in re.split(r"(?<=\w)[,]?\s+", text) if w.strip(",.!?") not in FILLERS]
    return _SPACES.sub(" ", " ".join(words)).strip(" ,")


# sounds that are never words of an English line, wherever they fall ("I um need", "Uh, the
# doctor called"); and talk that only fills a pause when commas set it off ("Well, you know, and
# the seller...", "It's, like, Thursday"), or opens the line ("You know, I was thinking")
# ("I mean" stays: "Thursday, I mean, Friday" is a correction)
# ("er" and "erm" only in lower case and before a pause: "the ER" is the emergency room)
_SOUNDS = re.compile(r"(?<![\w'-])(?:(?i:u+h*m+|u+h+|h+m+|m+h*m+)|[Ee]r+m*(?=[,.]))(?![\w'-])"
                     r"[,.]*\s*")
_PAUSE_TALK = re.compile(
    r"(?:(?<=,)|(?<=^))\s*(?:you know|like|ah|oh well)\s*,\s*|"
    r"^\s*(?:so|well|okay so|ok so|and so)\s*,\s*(?=\S)", re.I)


def without_fillers(text: str) -> str:
    """The caller's line without "um", "uh" and a pause's "you know," or "like,", its full forms
    said short ("It is for Theo" -> "It's for Theo"): what they said, its capitals, punctuation
    and spellings kept ("Uh, the doctor called" -> "The doctor called"). A line of nothing else
    is left as it is."""
    out = said_short(_SOUNDS.sub("", text or ""))
    previous = None
    while previous != out:
        previous, out = out, _PAUSE_TALK.sub(" ", out)
    out = re.sub(r"\s+([,.!?])", r"\1", _SPACES.sub(" ", out)).strip(" ,")
    out = re.sub(r"^[,.]\s*", "", out)
    if not re.search(r"[^\W\d_]", out):
        return text
    return out[0].upper() + out[1:] if text[:1].isupper() or not text[:1].isalpha() else out


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", fold(text))


_VOWELS = set("aeiouy")
_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "of", "to", "in", "it", "is", "that",
                             "this", "i", "you", "uh", "um"})
_KNOWN_SHORT = frozenset({"hmm", "mm", "shh", "psst", "brr", "tsk", "nth", "st", "nd", "rd", "th",
                          "mr", "mrs", "ms", "dr", "pm", "am", "tv", "dvd", "pdf", "ssn", "zip",
                          "ok", "vs"})


def _odd_word(word: str) -> bool:
    w = word.strip("'")
    if not w or w.isdigit() or w in _KNOWN_SHORT:
        return False
    if not (_VOWELS & set(w)):
        return True
    if re.search(r"[bcdfghjklmnpqrstvwxz]{5,}", w) or re.search(r"(.)\1\1", w):
        return True
    return bool(re.search(r"q(?!u|$)|[xzjq]{2}|[^aeiou\s]{2,}[xzjq]", w) and len(w) > 3)


_SPELLED = re.compile(r"\b[a-z](?:[-.,\s]+[a-z]\b){2,}")


def is_garbled(raw: str) -> bool:
    """Nothing a receptionist could act on: noise markers, fillers, Whisper's phantom 'you',
    or mostly letter salad ('xzqv brrk fffft')."""
    text = clean(raw)
    if not re.search(r"[a-z0-9]", strip_accents(text)):
        return True
    # a name spelled out ("T-A-R-I-Q", "S U B R A") is letters on purpose, not salad
    spelled = _SPELLED.search(text)
    text = _SPELLED.sub(" ", text)
    if spelled and not words(strip_accents(text)):
        return False
    if fold(raw).strip() in _WHISPER_PHANTOMS and len(fold(raw)) <= 3:
        return True
    tokens = words(strip_accents(text))
    if not tokens:
        return True
    if len(tokens) <= 2 and all(t in _FUNCTION_WORDS for t in tokens):
        return True
    odd = sum(_odd_word(t) for t in tokens)
    return odd * 2 >= len(tokens) and odd >= 1


_YES = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|ya|aye|sure|correct|right|exactly|absolutely|definitely|certainly|"
    r"of course|please do|please|go ahead|sounds (?:good|great|perfect)|perfect|great|"
    r"brilliant|lovely|wonderful|excellent|fantastic|grand|"
    r"that works|that would work|works for me|that'?s (?:fine|right|correct|perfect|great|good)|"
    r"fine|ok|okay|alright|all right|uh[- ]?huh|mm[- ]?hmm|book it|do it|let'?s do (?:it|that)|"
    r"confirm(?:ed)?|si|sí|sim|oui|ja|opo|да|no problem|no worries|i do|"
    # yes in the other languages callers speak ("Tak, dziękuję", "对，对", "Vâng")
    r"tak|certo|sì|claro|exacto|d'accord|genau|vâng|dạ|对|對|是|是的|好|好的|"
    # "That should be fine.", "I believe that's right", "I suppose so", "go for it"
    r"(?:that|it|this) (?:should|would|will|'?ll|'?d) (?:be )?(?:fine|good|great|perfect|work|"
    r"do)|i (?:believe|think|guess|suppose) (?:that'?s (?:right|correct|fine|it)|so)|go for it|"
    r"mm[- ]?hm+|that'?ll do|"
    # as a formal caller says it: "Please proceed.", "Kindly go ahead.", "That is correct."
    r"(?:kindly|you may) (?:proceed|go ahead)|proceed|by all means|very well|indeed|"
    r"that is (?:fine|right|correct|perfect|good)|"
    r"that'?s (?:my|the) (?:cell|number|mobile|phone|one|best one)|"
    r"(?:(?:this|that|the) )?(?:number|one) is (?:fine|good|right|correct|best)|"
    r"use (?:this|that|the same) (?:one|number))\b")
_NO = re.compile(
    r"^(?:no(?![ ,]+(?:rush|hurry|worries|pressure|big deal|problem)\b)|nope|nah|not really|"
    r"not quite|neither|none|negative|wrong|incorrect|"
    r"that'?s (?:wrong|not right|incorrect|not it)|that is (?:wrong|not right)|i don'?t think so|"
    r"not (?:that|those|them)|non|nein)\b")


# "No swelling, the face is normal.": "no" that says there is none of something, not an answer
# (read on the words as said, with their commas: "No, swelling" would be one)
_NO_THING = re.compile(
    r"^\W*no\s+(?!(?:thanks?|thank|i|i'?m|we|we'?re|it|it'?s|that|that'?s|not|way|need|sorry|"
    r"please|one|no|nope|just|actually|but|and|dear|sir|ma'?am|never|wait|you|he|she|they|my|"
    r"this|the|problem|worries|rush|hurry|pressure|sure|idea|clue|longer|more|other|thing|"
    r"i'?d|i'?ll|we'?ll|ok|okay|sorry)\b)[a-z]+", re.IGNORECASE)


def says_none_of(raw: str) -> bool:
    """Whether a line starts with "no" that says there is none of something ("No swelling, the
    face is normal.", "No smoke, nothing."), told rather than said to turn something down; a
    line of two words or fewer ("No pain.") is still an answer to a question about it."""
    return bool(_NO_THING.match(raw or "")) and len(raw.split()) > 2


def is_yes(text: str) -> bool:
    t = clean(text)
    return bool(_YES.match(t)) and not _NO.match(t) and not re.match(r"^no\b", t) or bool(
        re.match(r"^no (?:problem|worries)\b", t))


def is_no(text: str) -> bool:
    t = clean(text)
    return bool(_NO.match(t)) and not re.match(r"^no (?:problem|worries)\b", t)


# "and you call before doing anything right": a statement about the business checked with a tag
_TAGGED = re.compile(r"^(?:and |so |but |oh |also )*(?:you|you guys|y'?all|they|the \w+) \w+\b.*"
                     r"\b(?:right|correct|yeah|isn'?t it|don'?t you|do you|is that right)\W*$")


# a question passed on from someone beside the caller ("she wants to know if you sell gift
# cards", "my husband's asking how much it costs")
_ASKED_FOR_SOMEONE = re.compile(
    r"\b(?:(?:he|she|they|my \w+)(?:'s| is| was| are| were) (?:asking|wondering)|(?:he|she|"
    r"they|my \w+) (?:wants|wanted|would like|'d like|asks|asked|wonders|wondered))"
    r"(?: me)?(?: to know| to ask)?,? "
    r"(?:if|whether|how|what|whats|when|where|why|who|which|do you|does|can you|are you)\b")


def is_question(text: str) -> bool:
    t = fold(text)
    return t.endswith("?") or bool(_QUESTION_START.match(clean(text))) or bool(
        _TAGGED.match(clean(text))) or bool(_ASKED_FOR_SOMEONE.search(clean(text)))


# a sentence ends at . ! or ?, never after a title ("Dr. Green", "Mr. Lee", "St. Paul")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)"
                       r"(?<!\bdr\.)(?<!\bmr\.)(?<!\bms\.)(?<!\bmrs\.)(?<!\bst\.)\s+(?=\S)")
_QUESTION_START = re.compile(r"^(?:and |also |oh |so |but |sorry,? |hi,? |hello,? |hey,? |yeah,? |"
                             r"yes,? |ok(?:ay)?,? |um+,? |uh+,? |like,? |well,? |then,? |"
                             r"alright,? |right,? |great,? |"
                             r"(?:a |one )?(?:quick|other|more|couple|few) questions?,? |"
                             r"i (?:have|had|got) (?:a |two |some )?(?:quick )?questions?,? |"
                             # "Two questions while I have you: how much is ..."
                             r"(?:two|three|a couple of|a few|some) (?:quick |more )?questions?"
                             r"(?: while i have you| for you)?[,:]? )*"
                             # the recogniser drops apostrophes: "whats", "hows", "wheres"
                             r"(?:what|whats|when|whens|"
                             r"where|wheres|who|whos|why|how|hows|which|do|does|did|can|could|"
                             r"will|would|is|are|"
                             r"should|may|have|has)\b")


def split_sentences(raw: str) -> list[str]:
    """The caller's line as sentences ('Weekday hours are hard for me. Okay, Monday at 10.'):
    at sentence punctuation, and before a question tacked on with 'and'/'also' after a comma
    ('I need a cleaning, and do you take Delta?')."""
    parts: list[str] = []
    for sentence in _SENTENCE.split((raw or "").strip()):
        pieces = re.split(r",\s+(?=(?:and |also |plus )?(?:do|does|can|could|is|are|what|how|"
                          r"when|where|will|would)\b[^,]*\?$)", sentence, flags=re.IGNORECASE)
        if len(pieces) == 2 and (len(pieces[0].split()) <= 3 or re.match(
                r"(?i)(?:and |so |but )?(?:if|when|once|before|after|in case|say)\b", pieces[0])
                and len(pieces[1].split()) <= 5):
            # "The balayage, how much is it?", "If I call off late, is there a charge?": what
            # the question is about, not a sentence of its own
            pieces = [sentence]
        parts.extend(p.strip() for p in pieces if p.strip())
    return parts or [raw]
