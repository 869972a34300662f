"""What the LLM may say on an open turn, checked sentence by sentence as it streams.

A small model repeats itself, drifts into lists, recites its prompt or claims it booked a time;
a large one can still be talked into reading its instructions out. Each sentence is passed on
only if it is new, short, spoken text that does not echo the instructions, claim a booking or
transfer that code did not make, or offer a clock time the appointment book did not give.

It also checks what the sentence claims, against the caller's question and the business's own
information (the Qwen 0.5B model answered "Can I sue my employer? Just yes or no." with "Yes.",
"platinum blonde in one visit?" with "Absolutely!", and turned down a callback request):

- advice no receptionist may give: a yes/no verdict or a recommendation on a legal, medical,
  dental, veterinary, financial or mechanical question, a diagnosis, a dose;
- a promise of a result, a date or an outcome;
- terms the business never set: a price or percentage its information does not contain, a
  commission, fee or deposit it never mentioned;
- invented facts: speaking as the caller ("the number I'm calling from is..."), or saying who
  someone is when the business's information does not name them;
- a refusal of an ordinary request ("I can't assist with that"): the receptionist can always
  take a message.

Such a sentence ends the reply (`cut` says why) and the agent says the helpful default instead
(agent_worker.agent). Everything here is lexical, so it costs microseconds per sentence.
"""

from __future__ import annotations

import re

from agent_worker.flows.text import fold, words

MAX_SENTENCES = 3
MAX_CHARS = 400
SHINGLE = 6  # words in a row shared with the instructions that count as reciting them
GROUNDED = 0.8  # share of a sentence's word triples found in the business's own words
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_MARKDOWN = re.compile(r"[*#`>|~]+|(?<!\w)_+|_+(?!\w)|^\s*(?:[-•]|\d+[.)])\s+", re.MULTILINE)
_EMOJI = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf]")
_META = re.compile(
    r"\b(system prompt|my (?:instructions|prompt|guidelines)|these instructions|i was told to|"
    r"as an ai|language model|check_availability|book_appointment|take_message|"
    r"transfer_to_human|end_call|function call|tool call|assistant:|user:|caller:)\b",
    re.IGNORECASE)
# the call's greeting said again in the middle of it ("Thank you for calling Fleet Homes."), a
# small model's way of saying nothing; a goodbye that thanks the caller is not this
_GREETING_AGAIN = re.compile(r"^(?:thank you|thanks) for calling\b(?!.*\b(?:good ?bye|bye)\b)|"
                             r"\bhow (?:can|may) i help you today\b", re.IGNORECASE)
# the open turn's note and the prompt, said back in other words
_LEAK = re.compile(
    r"\b(?:answer|respond|reply) (?:only )?(?:to )?the caller|\bthe caller'?s? (?:last|latest) "
    r"(?:message|line|question)|\b(?:one|1) or (?:two|2) (?:short )?(?:spoken )?sentences|"
    r"\b(?:short|brief) spoken sentences?|\b(?:use|using|rely on|based on) only (?:the )?"
    r"(?:business(?:'s)? )?information|\bbusiness(?:'s)? information (?:above|below|provided|"
    r"given)|\binformation (?:above|provided above|given above)|\bnever (?:mention|reveal|"
    r"share) (?:these|the|my|any) (?:instructions|rules|prompt)|\bdo not offer,? promise or "
    r"confirm|\b(?:i am|i'm) (?:instructed|told|supposed|required|programmed) to\b|\bmy (?:role|"
    r"task|job|purpose) (?:here )?is to (?:answer|respond|reply)|\bthe caller\b",
    re.IGNORECASE)
_BOOKING_CLAIM = re.compile(
    r"\b(?:i'?ve|i have|we'?ve|we have|i'?ll|i will|you'?re|you are|it'?s|that'?s|is now) "
    r"(?:all )?(?:booked|scheduled|confirmed|reserved|set up|put you down|booked you|"
    r"scheduled you|got you (?:booked|down|in))|your (?:appointment|booking|visit) (?:is|has "
    r"been) (?:booked|confirmed|scheduled|set)|\bi(?:'ve| have) (?:booked|scheduled|reserved|"
    r"cancelled|canceled)|(?:message|note) (?:has been|is) (?:saved|sent|passed|taken)|"
    r"i(?:'ve| have) (?:passed|sent|left) (?:on )?(?:your|the|a) message",
    re.IGNORECASE)
_TRANSFER_CLAIM = re.compile(r"\b(transferr?ing you|put(?:ting)? you through|connect(?:ing)? "
                             r"you (?:to|with|now)|i'?ll transfer)\b", re.IGNORECASE)
_TIME_OFFER = re.compile(r"\b\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?)|\bo'?clock\b",
                         re.IGNORECASE)
_AVAILABILITY = re.compile(r"\b(available|availability|opening|open slot|slot|free|book|"
                           r"appointment|come in|i have|we have|how about|would you like)\b",
                           re.IGNORECASE)

# --- the caller's question (folded: lower case, straight apostrophes) ------------------------
_DRUG = (r"(?:ibuprofen|tylenol|advil|aleve|motrin|aspirin|acetaminophen|paracetamol|"
         r"benadryl|antibiotics?|amoxicillin|painkillers?|pain killers?|medication|medicine|"
         r"meds|pills?|tablets?|supplements?)")
_CAR = (r"(?:car|truck|vehicle|van|engine|transmission|brakes?|battery|alternator|starter|"
        r"clutch|tires?|tyres?|timing belt|head gasket|radiator|water pump|fuel pump|"
        r"thermostat|catalytic converter|spark plugs?|sensor|exhaust|suspension|axle|"
        r"water heater|furnace|boiler|pipes?|drain|toilet|compressor)")
_CONDITION = (r"(?:flu|cold|virus|viral infection|bacterial infection|infection|cavity|cavities|"
              r"abscess|allergy|allergies|allergic reaction|migraine|sprain|strain|fracture|"
              r"strep|strep throat|sinus infection|ear infection|uti|gum disease|gingivitis|"
              r"cracked tooth|arthritis|tendonitis|pulled muscle|concussion|worms|parvo|fleas|"
              r"kennel cough|hot spot|dermatitis|eczema|pneumonia|covid|bronchitis|"
              r"food poisoning|stomach bug|dehydration|ulcer|hernia|cyst|tumor|cancer)")
_ADVICE_QUESTION = re.compile("|".join([
    # whether something is safe or all right to do now: the trade's safety line or a person
    # answers it, never the model's yes ("Is it okay to turn the kitchen lights on?")
    r"\b(?:is it|is that|would it be|will it be) (?:ok|okay|alright|all right|fine|safe|dangerous)"
    r" (?:to|if)\b",
    # legal
    r"\b(?:can|could|should|shall) (?:i|we) (?:still )?(?:sue|sign|settle|plead|testify|take "
    r"(?:them|him|her|it|my \w+) to court|press charges|file (?:a )?(?:claim|lawsuit|suit|"
    r"complaint)|get (?:custody|divorced|compensation|my (?:deposit|money) back)|break "
    r"(?:my|the|a|our) (?:lease|contract)|be (?:fired|evicted|sued|arrested|charged|deported))\b",
    r"\bcan (?:they|he|she|my \w+|the \w+) (?:fire|evict|sue|arrest|charge|deport|keep my) "
    r"(?:me|us|my)\b",
    r"\b(?:is|was|isn't) (?:it|this|that|my \w+) (?:legal|illegal|lawful|unlawful|wrongful|"
    r"discrimination|harassment|enforceable|binding|valid)\b",
    r"\b(?:am|are) (?:i|we) (?:legally )?(?:entitled|liable|eligible|responsible|at fault|in "
    r"trouble)\b",
    r"\b(?:do|would) (?:i|we) (?:have|win|stand) (?:a )?(?:good |strong |any )?(?:case|claim|"
    r"chance)\b", r"\bwill (?:i|we) (?:win|lose|get (?:custody|compensation|money))\b",
    r"\bwhat are my (?:chances|rights|options)\b", r"\blegal advice\b",
    r"\b(?:sue|suing|lawsuit|custody|alimony|eviction|statute of limitations|settlement|"
    r"compensation|wrongful(?:ly)?)\b[^?]*\?",
    # medical, dental, veterinary
    r"\b(?:is|are) (?:it|this|that|(?:my|his|her|their|the) [\w']+) (?:\w+ )?(?:serious|"
    r"dangerous|contagious|infected|broken|fractured|normal|cancer|an emergency)\b",
    r"\b(?:is it|it's|would it be|will it be) (?:\w+ )?(?:safe|okay|ok|fine|bad|alright|all right) "
    r"(?:to|for (?:me|him|her|my \w+) to) (?:just |still |keep )?(?:drive|driving|eat|drink|take|"
    r"give|wait|fly|swim|exercise|work|walk|leave it|ignore|skip|stop|miss|double|mix|cut)\b",
    r"\bshould (?:i|we|he|she|they) (?:be (?:worried|concerned)|worry|go to the (?:er|"
    r"emergency)|take|give|stop|keep|ice|use|try|wait)\b",
    r"\b(?:can|could|may) (?:i|we|he|she|my \w+) (?:eat|drink|exercise|swim|fly|mix|skip|stop "
    r"taking|keep taking|still drive)\b",
    rf"\b(?:take|give|use|have)\b[^?.]*\b{_DRUG}\b", rf"\b{_DRUG}\b[^?.]*\?",
    r"\bdo(?:es)? (?:i|he|she|my \w+) (?:need|have) (?:a |an )?(?:root canal|filling|crown|"
    r"extraction|surgery|stitches|antibiotics|x-?rays?|an? infection|infection|cavity|"
    r"fracture|new \w+)\b",
    r"\bwhat (?:should|can|could|do you think) (?:i|we) (?:do|take|give|try)\b",
    r"\bwhat(?:'s| is| could be| might be) (?:wrong|causing|the (?:problem|matter|issue))\b",
    r"\b(?:what|which) (?:medicine|medication|antibiotic|painkiller|dose|dosage)\b",
    r"\bhow (?:much|many|often)\b[^?]*\b(?:mg|milligrams|pills|tablets|dose)\b",
    r"\bdiagnos(?:e|is)\b[^?]*\b(?:me|my|it|this|him|her)\b",
    # financial
    r"\bshould (?:i|we) (?:buy|sell|invest|refinance|rent|list|accept|counter|lock|cash out|"
    r"pay off)\b",
    r"\b(?:is|would|will) (?:it|this|now|that) (?:be )?(?:a )?(?:good|bad|smart|wise|the "
    r"right) (?:time|idea|investment|deal|price|move)\b",
    r"\bwhat(?:'s| is| would be) (?:my|our|the) (?:house|home|condo|property|place|apartment|"
    r"car) worth\b", r"\bhow much (?:is|would|could|will|can) (?:my|our) (?:house|home|condo|"
    r"property|place|apartment|car|case) (?:be worth|sell|get|go|fetch)\b",
    r"\b(?:tax|taxes|mortgage|capital gains|credit score|interest rate|deductible|"
    r"investment)\b[^?]*\?",
    # mechanical diagnosis
    r"\b(?:is|are) (?:it|my|the|this|that) (?:\w+ )?(?:still )?(?:safe|okay|ok|fine) to "
    r"(?:drive|use|run)\b", r"\bsafe to (?:drive|use|run)\b",
    r"\bcan (?:i|we) (?:still |keep )?(?:drive|driving|run|running) (?:it|on|with|my|the)\b",
    rf"\b(?:is|could|might) (?:it|this|that) (?:be )?(?:the|my|a|an) (?:\w+ )?{_CAR}\b",
    r"\bwhat(?:'s| is| does| could) (?:that|this|the|it) (?:noise|sound|light|smell|leak|"
    r"grinding|squeal\w*|knock\w*|mean|be)\b",
    rf"\bwhy (?:is|does|do|would|won't|isn't) (?:my|the) (?:\w+ )?{_CAR}\b",
    rf"\bdo(?:es)? (?:i|my \w+|it) need (?:a |an )?(?:new )?{_CAR}\b",
]))
_YES_OR_NO = re.compile(r"\byes or no\b|\byes/no\b|\bjust (?:say |tell me )?(?:a )?(?:yes|no)\b")
# what a question is about when the caller wants it settled with a bare yes or no
_ADVICE_TOPIC = re.compile(
    r"\b(?:sue|suing|court|judge|lawyer|attorney|legal|illegal|law|contract|lease|landlord|"
    r"tenant|employer|boss|fired|custody|divorce|visa|estate|tax|taxes|mortgage|loan|"
    r"invest\w*|stocks?|worth|doctor|dentist|vet|symptoms?|pain|hurts?|fever|rash|infection|"
    r"infected|swollen|swelling|bleeding|tooth|teeth|gums?|dog|cat|puppy|kitten|pet|sick|"
    r"medicine|medication|pills?|dose|pregnan\w*|surgery|car|engine|brakes?|transmission|noise|"
    r"leak\w*|smell|safe|serious|normal|dangerous|broken)\b")
# a result, a date or an outcome the caller wants promised
_PROMISE_QUESTION = re.compile("|".join([
    r"\b(?:in|within) (?:just )?(?:one|a single|1|the first) (?:visit|session|appointment|go|"
    r"sitting|day|treatment)\b",
    r"\b(?:can|could|will|would) you (?:make|turn|get) (?:me|my|it|him|her)\b",
    r"\b(?:guarantee|guaranteed|promise|for sure|definitely|100 percent|hundred percent)\b",
    r"\bwill (?:it|this|that|they|you|my \w+|the \w+) (?:\w+ )?(?:be (?:ready|done|fixed|"
    r"finished|covered|available|gone|there|back)|work|last|look|fix|cover|come out|get rid|"
    r"take (?:my|the|our) case|win|arrive|show up)\b",
    r"\b(?:ready|done|fixed|finished|there) (?:by|before) (?:today|tonight|tomorrow|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|noon|the end of)\b",
    r"\b(?:is|are) (?:it|the \w+|that \w+|this \w+) still (?:available|for sale|on the "
    r"market)\b", r"\b(?:will|does|would) (?:my )?insurance (?:cover|pay)\b",
    r"\b(?:is|are) (?:it|this|that|they) covered\b", r"\bwill you take (?:my|the|our) case\b",
    # "Do you take Aetna?": only the business's own words say which plans it takes
    r"\b(?=[^.?!]*\b(?:insurance|aetna|cigna|kaiser|humana|medicare|medicaid|blue ?cross|"
    r"blue ?shield|united ?health\w*|delta|metlife|guardian|anthem|tricare|plan|coverage|ppo|"
    r"hmo)\b)(?:do|does) (?:you|the \w+|your \w+) (?:take|accept|work with|bill|go through)\b",
    r"\bcan you (?:be|get) (?:here|there|out) (?:today|tonight|in|within|by|right)\b",
]))

# --- the reply (folded) -----------------------------------------------------------------------
_VERDICT_START = re.compile(
    r"^(?:(?:well|so|oh|okay|ok|honestly|hmm|look)[,.!]? )?(?:yes|yeah|yep|yup|no|nope|nah|"
    r"absolutely|definitely|certainly|of course|sure(?:ly)?|correct|right|exactly|totally|"
    r"probably|likely|unlikely|maybe|possibly|not really|not at all|for sure|i(?: think| "
    r"believe| guess| would say|'d say| do not think| don't think| doubt)|it(?: is| isn't|'s| "
    r"should| shouldn't| could| might| may| will| won't| would| depends)|you(?: can| can't| "
    r"cannot| could| should| shouldn't| do| don't| will| won't| would| wouldn't| have| need| "
    r"may| might| are| aren't|'re|'ll)|"
    r"that(?:'s| is) (?:fine|okay|ok|normal|safe|legal|illegal|right|correct|true|a good|a bad|"
    r"not|probably|likely)|(?:he|she|they) (?:can|should|will|is|are|does|needs?))\b")
# a condition said before the main clause ("if it gets worse, ...", "as long as ..., ")
_CONDITION_FIRST = re.compile(r"^(?:if|when|since|as long as|once|until|unless|because) "
                              r"[^,.;]{1,80}, ")
# after an advice question, any sentence that weighs in (the first one may not even open with a
# verdict: see _VERDICT_START)
_HEDGE = re.compile(
    r"\b(?:probably|likely|sounds like|could be|might be|may be|indicates?|suggests?|means "
    r"(?:that|you|your|it)|a sign of|is a symptom|i (?:would|'d) (?:recommend|suggest|say)|i "
    r"(?:recommend|suggest|advise)|my advice|best to|you (?:should|shouldn't|should not|ought "
    r"to|must|need to|don't need|do not need|have to)|(?:he|she|they|it|your \w+) (?:should|"
    r"shouldn't|needs?|must|isn't|aren't))\b")
_ADVICE = re.compile("|".join([
    # diagnosis
    r"\b(?:this|that|it|which|these|those|what you're describing|your symptoms) (?:\w+ )?"
    r"(?:indicates?|suggests?|could indicate|may indicate|might indicate|points to|is a sign|"
    r"is a symptom|are signs)\b|\bsounds like (?:you have|you've got|your \w+ (?:is|has|needs)|"
    r"it(?:'s| is| could| might| may)|(?:a|an) (?:\w+ )?(?:infection|problem|issue|leak|cavity|"
    r"abscess|fracture|sprain|allergy|reaction|virus|condition|failure))\b",
    r"\b(?:you|he|she|it|they|your \w+|his \w+|her \w+) (?:probably|likely|most likely|may|might|"
    r"could) (?:have|has|need|needs|be suffering|be infected|be broken)\b",
    r"\b(?:is|are|isn't|aren't|'s|'re|is not|are not|'s not|'re not) (?:\w+ )?safe to (?:drive|"
    r"eat|drink|take|give|use|wait|ignore|fly|swim|leave)\b",
    r"\b(?:it|this|that)(?:'s| is) (?:probably |likely |most likely |just |only )?(?:nothing "
    r"serious|not serious|serious|nothing to worry about|normal|not an emergency|infected|"
    r"broken|fractured|an infection|a cavity|cancer|an abscess)\b",
    rf"\b(?:your|the) (?:\w+ )?{_CAR} (?:probably |likely |definitely )?(?:is|are|needs?|has|"
    r"have) (?:a |an )?(?:bad|broken|failing|worn|dead|shot|blown|leaking|cracked|clogged|"
    r"(?:to be )?replaced|replacing|fine|okay|ok|unsafe|not safe)\b",
    rf"\b(?:it|this|that|which|you|he|she|they)(?:'s| is| are| could be| might be| may be| sounds "
    rf"like| looks like| seems like| has| have| probably have| likely have)(?: probably| likely| "
    rf"most likely| just| only| definitely)* (?:a |an |the |your |some )?(?:\w+ )?(?:{_CONDITION}|"
    rf"{_CAR} (?:problem|issue|failure))\b",
    # a safety instruction: emergencies are the call flow's (the template's safety line, a
    # transfer or an urgent message); a model turn is one the flow did not judge urgent, and a
    # small model says "please call 911 now" to a nervous patient
    r"\b(?:call|dial|ring|phone) (?:9-?1-?1|999|112|emergency services|an ambulance|the "
    r"(?:emergency|poison) (?:line|hotline|number|services)|animal poison control|poison "
    r"control)\b|\b(?:go|head|get|take (?:him|her|it|them|your \w+)) (?:straight |right |"
    r"directly )?to (?:the |an |your nearest )?"
    r"(?:er|emergency room|emergency department|hospital|urgent care|emergency vet)\b",
    # how to take a medicine, or whether to wait ("it's okay to skip a few days")
    r"\b(?:it|that|this)(?:'s| is| should be| would be| will be)(?: probably| usually| generally|"
    r" perfectly| totally)? (?:ok|okay|fine|safe|alright|all right) (?:to|if you) (?:just )?"
    r"(?:skip|stop|miss|go without|double|wait|take|give|drive|eat|drink|mix|ignore)\b",
    r"\byou (?:can|could|should|may|might) (?:safely |just |probably )?(?:skip|stop taking|"
    r"miss (?:a|your|the|some|doses?)|double|go without|cut back on|halve|take (?:more|less|"
    r"extra|two|a double))\b",
    # dose or a remedy
    r"\b\d+(?:\.\d+)? ?(?:mg|milligrams?|ml|milliliters?|cc|tablets?|pills?|capsules?)\b",
    rf"\b(?:take|give (?:him|her|it|them|your \w+)?|try|use) (?:some |an? |two |one )?"
    rf"{_DRUG}\b", r"\b(?:rinse with|apply (?:ice|heat|a cold|a warm)|make (?:him|her|it|them) "
    r"vomit|induce vomiting|salt water)\b",
    # legal verdicts
    r"\byou (?:have|'ve got|don't have|do not have|probably have) (?:a |an )?(?:good |strong |"
    r"solid |weak |great )?(?:case|claim)\b",
    r"\b(?:you|i|we)(?: can| could| should| will| would|'ll) (?:definitely |probably |likely )?"
    r"(?:sue|win|lose|get custody|be compensated)\b",
    r"\byou(?:'re| are) (?:probably |likely |definitely )?(?:not )?(?:entitled|liable|eligible|"
    r"at fault)\b",
    r"\b(?:that|it|this)(?:'s| is) (?:not |definitely |probably )?(?:legal|illegal|unlawful|"
    r"wrongful|discrimination|harassment)\b",
    # recommendations
    r"\b(?:you|he|she|they) (?:should|shouldn't|should not|ought to|must|need to|have to|"
    r"might want to|may want to) (?:definitely |probably |really |just )?(?:sue|file|sign|"
    r"settle|plead|accept|reject|testify|press charges|sell|buy|invest|refinance|list|wait|"
    r"stop|keep driving|avoid|replace|rest|drink|ice|elevate|rinse|gargle|get (?:a |an )?"
    r"(?:lawyer|attorney|filling|crown|root canal|extraction|x-?ray|new))\b",
    r"\bi (?:would |'d )?(?:recommend|suggest|advise)\b(?! (?:booking|a consultation|an "
    r"appointment|coming in|that you book|scheduling|speaking|talking))",
    # financial
    r"\b(?:it's|this is|that's|now is|now's) (?:a |the )?(?:good|great|bad|right|wrong|perfect) "
    r"(?:time|idea|investment|deal|price|move) to\b", r"\b(?:worth|valued at|sell for|list it "
    r"at) (?:about |around |roughly |at least )?\$?\d", r"\b(?:your|the) (?:home|house|condo|"
    r"property|place|apartment) (?:is|would be|could be|should be) (?:probably )?worth\b",
]))
_PROMISE = re.compile("|".join([
    r"\b(?:i|we)(?: can| will|'ll)? (?:guarantee|promise)\b",
    r"(?<!n't )(?<!not )(?<!cannot )(?<!no )\bguaranteed?\b",
    r"\b(?:you'll|you will|it'll|it will|they'll|they will|we'll|we will|he'll|she'll)"
    r"(?: definitely| certainly| surely| absolutely| for sure)? (?:be (?:ready|done|fixed|"
    r"finished|covered|there|back|platinum|blonde|gone|approved)|look (?:amazing|great|perfect|"
    r"exactly)|get (?:the|your|that) (?:result|look|color|money|refund|deposit)|win|take "
    r"(?:your|the) case|arrive|show up)\b",
    r"\b(?:will|can) (?:definitely|certainly|surely|absolutely) (?:do|get|make|have|fix|be)\b",
    r"(?<!n't )(?<!not )\b(?:in|within) (?:just )?(?:one|a single|1) (?:visit|session|"
    r"appointment|go|sitting|day|treatment)\b",
    r"\b(?:insurance|your plan) (?:will|should|does) (?:definitely |certainly )?(?:cover|pay)\b",
    r"\b(?:it|the \w+|that \w+) is still (?:available|for sale|on the market)\b",
    r"\bwithout (?:a|any) doubt\b",
]))
_AFFIRM_START = re.compile(
    r"^(?:(?:well|so|oh|okay|ok)[,.!]? )?(?:yes|yeah|yep|yup|absolutely|definitely|certainly|of "
    r"course|sure(?:ly)?|for sure|totally|no problem|we(?: can| will|'ll| could)|i(?: can| will|"
    r"'ll)|it(?: will|'ll| should| can)|that(?:'s| is) (?:possible|doable|no problem)|you(?: "
    r"will|'ll| can))\b")
_REFUSAL = re.compile("|".join([
    r"\b(?:i|we)(?: can't| cannot| can not| am unable to|'m unable to| are unable to|'re unable "
    r"to| am not able to|'m not able to| are not able to|'re not able to| won't be able to| do "
    r"not| don't) (?:\w+ )?(?:assist|help|handle|process|do that|do this|fulfill|accommodate|"
    r"support|provide (?:that|this|assistance|help)|book|schedule|make (?:an|the|a|your) "
    r"(?:appointment|booking|reservation)|take (?:a|your|the) message|call (?:you )?back|"
    r"arrange|reschedule|cancel|set (?:that|this|it) up|put you through|transfer|connect you|"
    r"pass (?:it|that|this|your message) on)\b",
    r"\b(?:that's|this is|it's) (?:not something|outside|beyond) (?:i|what i|my|of my)\b",
    r"\bunfortunately,? (?:i|we)(?: can't| cannot|'m unable| am unable| don't| do not)\b",
    r"\b(?:i'm|i am) (?:sorry|afraid),? (?:but )?(?:i|we)(?: can't| cannot|'m unable| am "
    r"unable|'m not able| am not able| won't be able)\b(?! to (?:give|offer|provide) (?:you )?"
    r"(?:any )?(?:legal|medical|dental|veterinary|financial|tax|mortgage) advice)",
]))
_ROLE_SWAP = re.compile(
    r"\b(?:the number i'm calling (?:from|on)|i'm calling (?:from|about|because|to (?:book|ask|"
    r"make|see|schedule|cancel))|i am calling (?:from|about|because)|my (?:phone |callback |cell "
    r")?number is|my name is|i'd like to (?:book|make|schedule|cancel)|i need (?:an appointment|"
    r"to book|to make an|to schedule|to cancel)|i want to (?:book|make|schedule|cancel)|my "
    r"(?:appointment|tooth|teeth|dog|cat|car|employer|landlord|lawyer|"
    r"dentist|doctor) (?:is|was|has|needs))\b")
_MONEY = re.compile(
    r"\$ ?(\d[\d,]*(?:\.\d+)?)|\b(\d[\d,]*(?:\.\d+)?) ?(?:%|(?:dollars?|bucks|usd|percent|"
    r"per cent)\b)|\b((?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|a|and|point)[- ]?)+) ?(?:dollars?|bucks|"
    r"percent|per cent)\b")
_TERMS = re.compile(
    r"\b(?:commissions?|deposits?|retainers?|surcharges?|discounts?|refunds?|markups?|"
    r"financing|interest rates?|late fees?|cancellation fees?|no-show fees?|booking fees?|"
    r"service fees?|percentage)\b")
_TERM_CLAIM = re.compile(
    r"\b(?:i|we)(?:'ll|'d| will| would| usually| typically| normally| also| only)? (?:charge|"
    r"bill|take|ask for|require|collect|waive|offer you|give you)s? (?:a |an |the |our |you |"
    r"your )?(?:\w+ )?(?:commission|fee|deposit|retainer|percent|percentage|rate|discount|"
    r"refund|\$|\d)|\b(?:our|the|my|a|your) (?:\w+ )?(?:commission|fee|deposit|retainer|rate|"
    r"discount|refund)s? (?:is|are|would be|will be|of|runs?)\b|\bthere(?:'s| is| will be| "
    r"would be) (?:a |an |no )?(?:\w+ )?(?:fee|charge|commission|deposit|discount)\b")
# "available for free", "at no cost": a price of nothing, which only the business may state
_FREE_CLAIM = re.compile(r"\b(?:for free|free of charge|(?:at )?no (?:extra |additional )?(?:cost|"
                         r"charge)|complimentary|(?:is|are|it's|they're|that's) (?:completely |"
                         r"totally |always )?free)\b")
_NAMES = re.compile(
    r"\b((?:Dr|Mr|Mrs|Ms|Miss|Doctor)\.? [A-Z][a-z'-]+|[A-Z][a-z'-]+ [A-Z][a-z'-]+)(?:,)? "
    r"(?:is|was|works|isn't|is not|has|does|doesn't|specializes|handles|practices|will|can)\b"
    r"|^([A-Z][a-z'-]+) (?:is|was|works) (?:a|an|one of (?:our|the)|our|the) (?:\w+ )?"
    r"(?:dentist|doctor|physician|lawyer|attorney|vet|veterinarian|nurse|hygienist|stylist|"
    r"agent|realtor|mechanic|technician|plumber|partner|owner|manager|patient|client|customer|"
    r"specialist|surgeon)\b")
_NOT_NAMES = frozenset("""
    the our this that these those yes no sure well we you your it its i a an and but so if
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow parking insurance
    there here what when where which who how please thanks thank hello hi he she they
    new old our my his her their everyone someone nobody anyone each every one
""".split())
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})

# why a sentence ended the reply
# the business said not to offer something: the salon "doesn't sell gift cards" when its own
# information says it does (the local model, 2026-12-05). Such a claim stands only when the
# business's information says it too, in a sentence of its own with a "no" or "not" in it.
_DENIAL = re.compile(
    r"\b(?:we|the (?:salon|clinic|office|shop|practice|firm|garage|business|team)|they)"
    r"(?: currently| unfortunately| actually)? (?:do not|don't|does not|doesn't|no longer|"
    r"are not able to|aren't able to|can't|cannot) (?:currently |really )?(?:offer|sell|do|have|"
    r"provide|accept|take|carry|stock|service|repair|fix|work on|treat|see|handle|perform|give|"
    r"issue|make|allow)\b|\b(?:we're|we are) not (?:offering|selling|accepting|taking|seeing|"
    r"able to offer)\b|\b(?:is|are|isn't|aren't) not (?:something|a service|services?) (?:that )?"
    r"(?:we|the \w+) (?:offer|sell|do|provide)\b|\bisn't something (?:that )?we (?:offer|sell|do|"
    r"provide)\b")
_NEGATION = re.compile(r"\b(?:no|not|never|don't|doesn't|isn't|aren't|can't|cannot|won't|only)\b")
_PLAIN_WORDS = frozenset("""a an the any of for to in on at or and your our my you we it them
that this those these with by from as such kind kinds type types sort sorts there here
right now currently yet all either""".split())

ADVICE, PROMISE, TERMS, INVENTED, REFUSAL = ("advice", "promise", "invented terms",
                                             "invented fact", "refusal")
ECHO = "echoes the caller"
ECHO_WORDS = 3  # words in a row of the caller's own line that, said back alone, are an echo
SLOW = "slow"  # not the guard's: the reply had not started by the open turn's limit


def _spoken_number(text: str) -> float | None:
    """'two hundred and fifty' -> 250, 'ninety-five' -> 95; None when it is not a number."""
    total = current = 0
    seen = False
    for word in re.split(r"[- ]+", text.strip()):
        if word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word in ("a", "and", ""):
            continue
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def money_in(text: str) -> set[float]:
    """The prices and percentages the business's information states as money ("$150", "10%",
    "fifty dollars"): the only amounts a reply may quote. Other numbers in it (the hours' "10
    AM", "15 minutes") are no price."""
    return _money(text)


def _money(text: str) -> set[float]:
    """The prices and percentages a sentence states."""
    out = set()
    for digits, digits_unit, spoken in _MONEY.findall(text):
        value = (float((digits or digits_unit).replace(",", "")) if digits or digits_unit
                 else _spoken_number(spoken))
        if value is not None:
            out.add(value)
    return out


def _triples(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)}


def advice_question(caller: str) -> bool:
    """Whether the caller's line asks for a verdict or advice no receptionist may give: a
    question of the kind the trades forbid, or one on their subjects the caller wants settled
    with a bare yes or no."""
    asked = fold(caller)
    return bool(_ADVICE_QUESTION.search(asked)
                or (_YES_OR_NO.search(asked) and _ADVICE_TOPIC.search(asked)))


def question_in_play(caller_lines: list[str]) -> str:
    """The caller's line the reply answers; a bare "just yes or no" carries the question before
    it ("Can I sue my employer?" ... "Yes or no?")."""
    lines = [line for line in caller_lines if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    asked = fold(last)
    if len(lines) > 1 and _YES_OR_NO.search(asked) and len(
            words(_YES_OR_NO.sub(" ", asked))) <= 3:
        return f"{lines[-2]} {last}"
    return last


class ReplyGuard:
    """Feed it the model's text as it arrives; it returns the sentences that may be spoken."""

    def __init__(self, instructions: str, *, speakable: str = "", caller: str = "",
                 may_claim_booking: bool = False, may_claim_transfer: bool = False) -> None:
        """`speakable`: the parts of the instructions the receptionist may read out (the FAQ
        answers, the price list, the hours), which are facts, not instructions; the only
        prices, terms and names the reply may state. `caller`: the caller's line it answers."""
        tokens = words(instructions)
        said = words(speakable)
        self._shingles = ({tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
                          - {tuple(said[i:i + SHINGLE]) for i in range(len(said) - SHINGLE + 1)})
        self._instructions = f" {' '.join(tokens)} "
        self._speakable = f" {' '.join(said)} "
        self._facts = _triples(said)
        self._fact_words = set(said)
        self._negated_words = {w for sentence in _SENTENCE_END.split(speakable)
                               if _NEGATION.search(fold(sentence)) for w in words(sentence)}
        self._prices = money_in(fold(speakable))
        self._caller = f" {' '.join(words(caller))} "
        self._advice_asked = advice_question(caller)
        self._promise_asked = bool(_PROMISE_QUESTION.search(fold(caller)))
        self._may_claim_booking = may_claim_booking
        self._may_claim_transfer = may_claim_transfer
        self._buffer = ""
        self._said: list[set[str]] = []
        self._chars = 0
        self.dropped: list[str] = []
        self.cut = ""  # why the reply was ended early: the agent says its default instead
        self.done = False

    def feed(self, text: str) -> list[str]:
        if self.done:
            return []
        self._buffer += text
        parts = _SENTENCE_END.split(self._buffer)
        self._buffer = parts.pop()
        return [s for s in (self._check(p) for p in parts) if s]

    def finish(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        out = self._check(rest) if rest.strip() and not self.done else None
        self.done = True
        return [out] if out else []

    @property
    def spoke(self) -> bool:
        return bool(self._said)

    def _check(self, sentence: str) -> str | None:
        if self.done:
            return None
        text = _EMOJI.sub("", _MARKDOWN.sub(" ", sentence))
        text = " ".join(text.split()).strip()
        if not re.search(r"[A-Za-z]", text):
            return None
        reason = self._reject(text)
        if reason:
            self.dropped.append(f"{reason}: {text}")
            if reason == "repeat":  # a model that starts repeating has nothing more to say
                self.done = True
            elif reason == ECHO:  # parroting the caller: nothing it says next is an answer
                self.done, self.cut = True, reason
            elif reason in (ADVICE, PROMISE, TERMS, INVENTED, REFUSAL):
                self.done, self.cut = True, reason  # what follows builds on it
            return None
        self._said.append(set(words(text)))
        self._chars += len(text) + 1
        if len(self._said) >= MAX_SENTENCES or self._chars >= MAX_CHARS:
            self.done = True
        return text

    def _reject(self, text: str) -> str:
        tokens = words(text)
        bag = set(tokens)
        for earlier in self._said:
            if bag and len(bag & earlier) / len(bag | earlier) >= 0.7:
                return "repeat"
        if _META.search(text):
            return "meta"
        if len(tokens) >= ECHO_WORDS and f" {' '.join(tokens)} " in self._caller and (
                f" {' '.join(tokens)} " not in self._speakable):
            return ECHO  # "It's my own house.": the caller's own words said back to them
        if _GREETING_AGAIN.search(text):
            return "greets again"
        if any(tuple(tokens[i:i + SHINGLE]) in self._shingles
               for i in range(len(tokens) - SHINGLE + 1)) or (
                len(tokens) >= 4 and f" {' '.join(tokens)} " in self._instructions
                and f" {' '.join(tokens)} " not in self._speakable):
            return "recites instructions"
        grounded = self._grounded(tokens)
        if _LEAK.search(text) and not grounded:
            return "recites instructions"
        if not self._may_claim_booking and _BOOKING_CLAIM.search(text):
            return "claims a booking"
        if not self._may_claim_transfer and _TRANSFER_CLAIM.search(text):
            return "claims a transfer"
        if _TIME_OFFER.search(text) and _AVAILABILITY.search(text) and not re.search(
                r"\b(open|close|closed|hours)\b.*\b(to|until|till)\b", text, re.IGNORECASE):
            return "offers a time the book did not give"
        if not grounded:
            said = fold(text)
            reason = self._claims(text, said)
            if reason:
                return reason
        if self._chars + len(text) > MAX_CHARS + 100:
            return "too long"
        return ""

    def _grounded(self, tokens: list[str]) -> bool:
        """The business's own words (its FAQ, price list, safe alternative), read out."""
        if len(tokens) >= 4 and f" {' '.join(tokens)} " in self._speakable:
            return True
        triples = _triples(tokens)
        return len(triples) >= 3 and len(triples & self._facts) >= GROUNDED * len(triples)

    def _claims(self, text: str, said: str) -> str:
        first = not self._said
        # ("If you run out before it's approved, yes, you can ...": the verdict after the if)
        main = _CONDITION_FIRST.sub("", said, count=1)
        if _ADVICE.search(said) or (self._advice_asked and (
                (first and (_VERDICT_START.search(said) or _VERDICT_START.search(main)))
                or _HEDGE.search(said))):
            return ADVICE
        if _PROMISE.search(said) or (self._promise_asked and first
                                     and _AFFIRM_START.search(said)):
            return PROMISE
        if _REFUSAL.search(said):
            return REFUSAL
        if _FREE_CLAIM.search(said) and 0.0 not in self._prices and not _FREE_CLAIM.search(
                self._speakable):
            return TERMS
        if any(p not in self._prices for p in _money(said)) or _TERM_CLAIM.search(said) or any(
                f" {t.removesuffix('s')}" not in self._speakable for t in _TERMS.findall(said)):
            return TERMS
        if _ROLE_SWAP.search(said) or self._invented_person(text) or self._denies(said):
            return INVENTED
        return ""

    def _denies(self, said: str) -> bool:
        """Says the business does not offer something its information does not say it lacks."""
        for match in _DENIAL.finditer(said):
            thing = [w for w in words(said[match.end():])[:4] if w not in _PLAIN_WORDS]
            if not thing or not any(w in self._negated_words for w in thing):
                return True
        return False

    def _invented_person(self, text: str) -> bool:
        """Who someone is, said of a name the business's information does not hold."""
        for match in _NAMES.finditer(text):
            name = words(match.group(1) or match.group(2))
            name = [w for w in name if w not in ("dr", "mr", "mrs", "ms", "miss", "doctor")]
            if not name or any(w in _NOT_NAMES for w in name):
                continue
            if not all(w in self._fact_words for w in name):
                return True
        return False
