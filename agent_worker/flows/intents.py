"""What the caller wants, decided by patterns first: a small model misreads intent, and a
receptionist must never book, transfer or reveal anything on a guess.

Each detector reads the cleaned line (see text.clean) and answers one question; the call flow
decides in which order they are asked.
"""

from __future__ import annotations

import re

from agent_worker.flows.text import WEEKDAYS, clean, fold, strip_accents

_BOOK = re.compile(
    r"\b(book|booking|schedule|make an? (?:appointment|booking|reservation)|set up an? "
    r"(?:appointment|time|visit|consultation)|(?:an?|my|the) (?:appointment|consultation|"
    r"visit|showing|viewing|checkup|check-up|check up)|appointment|come in|bring (?:him|her|"
    r"them|it|my \w+|our \w+) in|drop (?:it|the car|my car|him|her) off|see (?:the|a|dr|doctor)"
    r"\b|see me|see (?:him|her|them)|get (?:me|him|her|us) in|fit (?:me|him|her|us) in|"
    r"squeeze (?:me|him|her|us) in|send (?:someone|somebody|a technician|a plumber)|"
    # "I'd like to become a new patient": the first visit asked for
    r"(?:become|register as|sign up as|join as) an? (?:new )?(?:patient|client|customer)|"
    r"come (?:out|over|by|and)|get (?:a|my|an) \w+ (?:done|checked|looked at|fixed|cut)|"
    r"reserve|availability|available|any (?:openings?|times?|slots?)|opening(?! hours| times)|slot|"
    r"consultation|showing|viewing|tour|haircut|"
    # "please add that to the same visit", "while the plumber is there, could they also fix ..."
    r"add (?:that|it|this|them|one) (?:on )?to (?:the|my|that|our) (?:same )?(?:visit|"
    r"appointment|booking|trip|call)|while (?:the|your) (?:\w+ )?(?:is|are) (?:there|here|out|"
    r"over))\b")
_MESSAGE = re.compile(
    r"\b(leav(?:e|ing) (?:a|him|her|them) (?:quick |short |brief )?(?:message|note|voicemail)|"
    r"take a message|"
    # "leave a refill request for the nurse", "put in a request for the doctor"
    r"(?:leave|put in|send) (?:a|an) (?:[\w-]+ )?(?:request|note) (?:for|with) (?:the|my|"
    r"your|dr\.?) \w+|pass (?:on )?(?:a |the |my |this )?message|"
    r"give (?:him|her|them) a message|call (?:me|her|him|us|them) back|"
    # "Please make it urgent: ..., call me at ...": an urgent message asked for
    r"(?:make|mark|flag) (?:it|this|that|the message|my message) (?:as )?urgent|"
    # "So the message is: Hannah Reed returning the vet's call ...": the message, dictated
    r"(?:^|[.!?] |so )the message is\b|"
    # "I would be grateful if the agent would return my call": a call back, asked formally
    r"(?:return|returns|returned) my (?:call|message)|"
    # "I just need more pills, the same": a refill asked for in other words
    r"(?:need|want|get|order) (?:more|another (?:bottle|box|supply) of|a new (?:bottle|box|supply) "
    r"of) (?:\w+ )?(?:pills|meds|medication|medicine|tablets)\b|"
    r"have (?:someone|somebody|him|her|them|the "
    r"\w+(?: \w+)?|your \w+(?: \w+)?|an? \w+(?: \w+)?|one of (?:the|your|you) \w+)"
    r"(?: (?:from|at|on) (?:the|your) \w+)? (?:call|ring|phone|contact|reach) me|"
    # "I'd rather the agent call me first", "I'd prefer a nurse to ring me"
    r"(?:'d|would) (?:rather|prefer|like) (?:if )?(?:the|your|an?|one of (?:the|your)|someone|"
    r"somebody) ?(?:\w+(?: \w+)? )?(?:to )?(?:call|ring|phone) me|"
    # "Kindly ask the agent to call me", "tell your service advisor to ring me"
    r"(?:ask|tell) (?:the|your|an?|one of (?:the|your)) \w+(?: \w+)? to (?:call|ring|phone|"
    r"contact|reach|text) me|"
    # "I wanted somebody to know and call me about it"
    r"(?:someone|somebody) to (?:know|hear about it|look into it|check on it) and (?:call|"
    r"ring|phone|contact) me|"
    r"(?<!will )(?<!does )(?<!do )(?:someone|somebody)(?: (?:from|at|on) (?:the|your) \w+)? "
    r"(?:to )?(?:call|"
    r"ring|phone|contact) me|get back to me|"
    # a call back asked for, not the number for one ("callback is my cell", "my callback
    # number", "callback this number")
    r"(?<!the )(?<!my )(?<!your )(?<!best )(?<!a good )call-?back(?! (?:is|at|on|number|no\b|"
    r"this|that|to|the same|same|here|should|would|will be|'s|my|cell|line|\d|zero|oh|one|two|"
    r"three|four|five|six|seven|eight|nine)\b)|"
    r"ring me back|can (?:someone|somebody|they|he|she) (?:just |please )?call me|"
    # "need a copy of my file", "send my dog's vaccine records to the kennel": the team's to do
    r"(?:need|want|like|get) (?:a |an )?(?:copy|copies) of (?:my|the|our|his|her) |"
    r"(?:send|sent|forward|email|fax|transfer)(?:ed)? (?:over )?(?:my|the|our|his|her|their|"
    r"\w+'s) (?:[\w']+ ){0,2}?(?:records?|x-?rays?|files?|results|paperwork|chart|history)\b|"
    # "could one of the attorneys give me a call back?", "someone just give me a ring"
    r"give (?:me|us) a (?:quick )?(?:call|ring|buzz|bell)(?: back)?|"
    # an update the doctor asked for, and their answer wanted ("she asked me to call and tell
    # her how he's doing", "can she let me know if she wants to see him again?")
    r"(?:call (?:and|to) )?(?:tell|update|let) (?:her|him|them|the doctor|the vet|dr\.? \w+) "
    r"(?:know )?how (?:he|she|they|it)(?:'s| is| are) (?:doing|getting on)|"
    r"(?:can|could|would|will) (?:she|he|they|the doctor|the vet|dr\.? \w+) (?:please |just )?"
    r"(?:let me know|get back to me|give me a call)|"
    # "he'd just like a call back about what it would cost"
    r"(?:like|want|wants|need|needs|get|have|appreciate) (?:a |an )?(?:quick )?call ?-?back\b|"
    r"(?:can|could) (?:someone|somebody|you|they|he|she) (?:just |please )?(?:email|e-mail|mail|"
    r"send|fax) (?:it|that|them|me|a copy)|(?:can|could|would) (?:an?|the|"
    r"your|one of (?:your|the)) \w+(?: \w+)? (?:call|ring|phone) me|pass (?:that|this|it) "
    r"(?:on|along)|(?:i|we|she|he|(?:my|our|his|her) [\w'-]+)(?: need| needs| want| wants|'d like|"
    r" would like| am calling "
    r"(?:for|about)|'m calling (?:for|about)) (?:to (?:request|get|order|put in) )?"
    r"(?:a |my |another |the |her |his )?"
    r"(?:prescription |medication )?refill|(?:can|could) "
    r"(?:i|we) (?:get|have) (?:a |my )?(?:prescription )?refill|(?:get|have) (?:the|my|his|her) "
    r"(?:prescription|medication|meds) renewed|renew (?:my|his|her) "
    r"prescription|"
    # "tell him yes to the brake pads", "let her know I'll be late": words for someone there
    r"(?:please |can you |could you |just )?(?:tell|let) (?:him|her|them|the (?:advisor|doctor|"
    r"dentist|vet|agent|attorney|lawyer|stylist|technician|tech|mechanic|plumber|office|team)) "
    r"(?:know |that |yes\b|no\b|to |i |we |it'?s |he |she )|"
    # "can someone who does weddings call me?", "I'd like an agent to call me"
    # ("will someone ring me before doing the work?" asks how it goes, not for a call)
    r"(?:can|could|would) (?:someone|somebody|an? \w+|the \w+|one of (?:your|the) \w+)"
    r"(?: (?!me\b|us\b|come\b|and\b)[\w'-]+){0,5}? (?:call|ring|phone|contact) (?:me|us)|"
    r"(?:i'?d|i would|i|we'?d|we) (?:like|want|need) (?:someone|somebody|an? \w+|the \w+|"
    r"one of (?:your|the) \w+)(?: (?!me\b)[\w'-]+){0,3}? to (?:call|ring|phone|contact) me|"
    # for someone else: "he'd like an attorney to call him back", "she wants someone to ring her"
    r"(?:he|she|they|(?:my|our) [\w'-]+)(?:'d| would)? (?:like|likes|want|wants|need|needs) "
    r"(?:someone|somebody|"
    r"an? \w+|the \w+|one of (?:your|the) \w+)(?: (?!him\b|her\b|them\b)[\w'-]+){0,3}? to "
    r"(?:call|ring|phone|contact) (?:him|her|them))\b")
# a call back that never came, results only the team can give: a message for them, unless the
# caller asks for a person
_NO_CALLBACK = re.compile(
    r"\b(?:(?:no ?one|nobody|no one)(?:'s| has)? (?:ever )?(?:called|rung|phoned|gotten back "
    r"to|got back to) (?:me|us)|(?:haven'?t|have not|never) (?:heard|gotten|got) (?:back|anything)|"
    r"(?:still )?waiting (?:for|on) (?:a |the |my )?(?:call|callback|call back|results?)|"
    r"(?:calling|call|ringing) (?:about|for|to get|regarding) (?:my|the|his|her|our) "
    r"(?:[\w'-]+ ){0,2}results?)\b")
_CANCEL = re.compile(
    # ("I was in the middle of cancelling my appointment when we got cut off")
    r"\b(cancel(?!lation)|cancell?ing|call off)\b.*\b(appointment|booking|visit|consultation|"
    r"reservation|showing|it)\b|\b(?:cancel(?!lation)|cancell?ing) (?:my|our|the)\b|"
    # "I have an appointment I need to cancel"
    r"\b(?:appointment|booking|visit|reservation|consultation|showing) (?:that |which )?"
    r"(?:i|we) (?:need|have|want|got|'ve got|'d like) to cancel\b|"
    # "it has to come off the calendar", "take her off the schedule for Tuesday", "remove the
    # appointment"
    r"\b(?:take|get|come|comes|coming|taken) (?:(?:it|that|this|her|him|me|us|them|the "
    r"(?:appointment|booking)) )?off (?:the|my|her|his|our|your|their) (?:calendar|schedule|books|"
    r"diary)\b|\bremove (?:the|my|her|his|our|their) (?:appointment|booking|visit|"
    r"reservation)\b|"
    # "cancel Gina Russo, Monday the sixteenth at nine thirty": whose and when, no noun for it
    r"\bcancel(?:l?ing)?\b(?! that\b)(?: [\w'-]+,?){0,4}? (?:on |for )?(?:mondays?|tuesdays?|"
    r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?|tomorrow|today)\b")
# what a booking is called, in any trade ("my Friday appointment", "my dog's checkup")
_BOOKED_THING = (r"(?:appointment|appt|booking|visit|consultation|consult|showing|viewing|tour|"
                 r"time|slot|reservation|checkup|check-up|check up|cleaning|exam|physical|"
                 r"haircut|cut|color|colour|blowout|trim|session|service|oil change|"
                 r"inspection|vaccines?|shots?|grooming|surgery|procedure|meeting)")
_WEEKDAY_WORD = rf"(?:{'|'.join(WEEKDAYS)})"
_RESCHEDULE = re.compile(
    rf"\b(reschedul\w*|(?:move|change|push|shift|switch|bump) (?:my|our|the|his|her|their)"
    rf"(?: [\w'-]+){{0,3}}? {_BOOKED_THING}\b(?! (?:number|address|card))|(?:move|push|shift|"
    rf"switch|bump) (?:my|our|the|his|her|their)(?: [\w'-]+){{1,4}}? (?:to|till|until|over to) "
    rf"(?:a |another |next |the |this )?(?:{_WEEKDAY_WORD}|tomorrow|next|later|earlier|another|"
    rf"different|\d))")
_HUMAN = re.compile(
    r"\b(real person|a human|human being|speak (?:to|with) (?:a|an|the|some|your)|talk (?:to|with) "
    # "I require a word with the listing agent"
    r"(?:a|an|the|some|your)|(?:have|need|require|want|like|get) a (?:quick |brief )?word with "
    r"(?:a|an|the|some|your)|speak to someone|talk to someone|operator|representative|"
    r"put me through|transfer me|connect me|"
    r"(?:get|put) (?:me )?(?:an?|the|your|one of your) \w+(?: \w+)? on the (?:line|phone)|"
    r"(?<!at the )(?<!by the )(?<!from the )(?<!in the )front desk|"
    r"live person|actual person|"
    r"(?:speak|talk) (?:to|with) (?:somebody|anybody|anyone)(?! (?:\w+ ){0,3}about)|"
    r"(?:speak|talk) (?:to|with) (?:somebody|someone|anybody|anyone) (?:there|in the office|"
    r"(?:right )?now|live|in person|(?:in|from|at) (?:the|your) (?:\w+ )?(?:office|department|"
    r"team|desk))|"
    r"(?:speak|talk) to (?:dr|doctor)|(?:speak|talk) (?:to|with) (?:him|her|them)|"
    # "can I talk to one of the stylists?", "one of your service guys"
    r"(?:speak|talk) (?:to|with) one of (?:the|your|you|y'all'?s?) (?:\w+ ){0,2}?\w+s\b|"
    r"(?:speak|talk) (?:to|with) (?:whoever|someone who|somebody who|the person who|the one who|"
    r"the (?:\w+ )?(?:person|lady|guy|woman|man) (?:who|that|for|in charge))|"
    r"(?:speak|talk) (?:to|with) my (?:own )?(?:attorney|lawyer|agent|realtor|doctor|dentist|"
    r"hygienist|vet|veterinarian|mechanic|service advisor|advisor|stylist|technician|nurse|"
    r"paralegal|case manager|property manager)|"
    # "who do I talk to?", "who should I speak with about an offer?"
    r"who (?:do|should|can|could) (?:i|we) (?:talk|speak) (?:to|with)|"
    # "is there someone there I could talk to?", "anyone in I can speak with now?"
    r"(?:is there |is |are there )?(?:someone|somebody|anyone|anybody)(?: (?:there|in|"
    r"available|around))? (?:that |who )?(?:i|we) (?:could|can|might) (?:talk|speak) (?:to|"
    r"with)|"
    r"who (?:do|should|can) (?:i|we) (?:ask for|call|contact)\b(?! (?:for|about) (?:a|an) "
    r"(?:quote|estimate|price)))\b")
# "Can I speak with Linda?": a person asked for by name (capitalised, as the recogniser writes
# names), read on the line as said
_NAMED_PERSON = re.compile(r"\b(?:speak|talk|get through) (?:to|with) (?:(?:Dr|Mr|Mrs|Ms)\.? )?"
                           r"[A-Z][a-z]+\b(?! (?:about|regarding))|"
                           # "Hi, is Diane there?", "Is Dr. Okafor in today?"
                           r"\b[Ii]s (?:(?:Dr|Mr|Mrs|Ms)\.? )?[A-Z][a-z]+(?= (?:there|in|around|"
                           r"available|free|back)\b)")
_NOT_A_PERSON = frozenset({"Someone", "Somebody", "Anyone", "Anybody", "The", "A", "An", "Your",
                           "My", "Him", "Her", "Them", "You", "Customer", "Billing", "Sales",
                           "Service", "Reception", "English", "Spanish", "It", "This", "That",
                           "There", "Everyone", "Everybody", "Today", "Tomorrow", "Tonight",
                           "Parking", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                           "Saturday", "Sunday", "January", "February", "March", "April", "May",
                           "June", "July", "August", "September", "October", "November",
                           "December", "Noon", "Morning", "Afternoon", "Evening"})
# goodbye in the other languages callers speak, for the goodbye and the farewell patterns below
_FOREIGN_FAREWELLS = (r"adi[oó]s|hasta luego|chao|ciao|au revoir|tsch[uü]ss|auf wiedersehen|tchau|"
                      r"arrivederci|do widzenia|tạm biệt|再见|再見|拜拜|до свидания|"
                      r"paalam|annyeong|안녕히")
# the caller ending the call ("I have to hang up now", "you can hang up"), not telling someone
# on another phone to ("Ed, I've got it, hang up")
_HANG_UP = (r"(?:i'?ll|i will|i'?m going to|i'?m gonna|i (?:have|need) to|i gotta|i must|you can|"
            r"we can|let me|let'?s|going to|gonna|about to) hang up")
_GOODBYE = re.compile(
    # "time to say goodbye to him" is not a farewell
    r"(?<!say )(?<!said )(?<!saying )(?<!says )\b(bye|goodbye|good bye|"
    r"that'?s all(?! (?:correct|right|good|fine|true|set))|"
    # ("Nothing else feels off", "nothing else is wrong": a symptom's absence, not a farewell)
    r"that is all|that'?s it|that'?ll be all|nothing else(?! (?:feels?|is|seems?|looks?|"
    r"sounds?|was|has|happened|hurts?|changed|wrong)\b)|"
    r"have a (?:good|nice|great) (?:day|one|evening|night|afternoon)|talk to you later|"
    # ("Thank you very much. Good night.", not "a good night's sleep")
    r"good ?night(?!'?s\b| sleep| of\b| to\b)|"
    # ("so I'm done with them": done with someone else, not the call)
    r"see you|i'?m all set|i'?m good(?! with\b)|i'?m done(?! with\b| there\b| going\b| being\b)|"
    r"that'?s everything|no thanks?,? (?:bye|that'?s "
    rf"all)|{_HANG_UP}|"
    # a farewell in the language the caller spoke ("Sí, gracias. Adiós.")
    rf"hasta pronto|{_FOREIGN_FAREWELLS})"
    r"(?!\w)")
_NEVERMIND = re.compile(
    r"\b(never ?mind|forget (?:it|that|about it|the (?:appointment|visit|booking|"
    r"consultation|viewing|session))|don'?t (?:want|need) (?:to book|it|that|an "
    r"appointment|the appointment) (?:anymore|any more|after all)?|changed my mind|"
    r"(?:i|we)(?:'?ll| will| shall) (?:call|ring|phone) (?:you )?(?:back|again)|"
    # "I'll call Tuesday.", "we'll ring you next week": the caller rings again on a day
    r"(?:i|we)(?:'?ll| will| shall) (?:call|ring|phone) (?:you )?(?:on |in |next |this )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|month)\b|"
    # "I will talk first to my husband", "let me check with my wife first": not deciding now
    r"(?:i|we)(?:'?ll| will| need to| have to| must| want to| should) (?:first )?(?:talk|speak|"
    r"check|discuss it) (?:first )?(?:to|with) (?:my|our) (?:husband|wife|partner|spouse|family|"
    r"boss|accountant|parents?|mom|mum|dad|son|daughter)|"
    r"and (?:call|ring|get back to) (?:you )?(?:back|"
    r"later)|(?:i|we) (?:call|ring) (?:you )?(?:back )?later|not right now|don'?t bother|"
    r"i'?ll pass|skip it|"
    r"cancel that|scratch that|no longer need|i'?ll think about it|let me think about it|"
    r"i need to check my (?:schedule|calendar)|i'?ll check my (?:schedule|calendar))\b")
_REPEAT = re.compile(
    r"\b(repeat (?:that|it|those|the times?)|say (?:that|it|those) again|come again|pardon|"
    r"what did you say|didn'?t (?:catch|hear|get) (?:that|it|you)|one more time|what were "
    r"the (?:times|options)|sorry,? what(?: was that| did you say)?\W*$|what (?:was|were|is) "
    r"(?:that|the|those) (?:\w+ )?again|what did you say (?:the|that) \w+ (?:was|is|were))")
# asked again about something said, not only the question ("what was that price again?")
_SAID_AGAIN = re.compile(r"\bwhat (?:was|were|is) (?:that|the|those) \w+ again|what did you say "
                         r"(?:the|that) \w+ (?:was|is|were)")
_GREETING = re.compile(r"^(hi|hello|hey|hiya|good (?:morning|afternoon|evening)|yes hello|"
                       r"hi there|hello there)[\s,.!]*$")
# only thanks, however it is dressed ("Cool, thanks.", "Okay, thanks so much.", "Thanks, man.")
_THANKS = re.compile(r"^(?:(?:ok(?:ay)?|cool|great|awesome|perfect|alright|all right|wonderful|"
                     r"lovely|excellent|sounds good|got it|good|brilliant|nice|oh|yes|yeah|right|"
                     r"fantastic|super)[,.!]?\s+)*(?:thanks|thank you|thank u|thanks a lot|"
                     r"many thanks|cheers|thx)(?:[,.!]?\s+(?:so much|very much|a lot|again|a "
                     r"bunch|a million|man|dear|mate|buddy|kindly|for (?:your|the) help|for that|"
                     r"for everything))*[\s,.!]*(?:you)?[\s,.!]*$")
_HERE = re.compile(r"^(?:yes|yeah|sorry|i'?m (?:still )?here|still here|i'?m here)\b")
_URGENT = re.compile(r"\b(urgent|urgently|emergency|asap|as soon as possible|right away|"
                     r"immediately|it can'?t wait|cannot wait)\b")
_SOONER = re.compile(r"\b(sooner|earlier|anything before|before that|nothing earlier)\b")
_LATER = re.compile(r"\b(later|anything after|after that|something later)\b")

# Attempts to reach the instructions, other people's data or a different persona.
_INJECTION = re.compile(
    r"\b(ignore (?:all |your |the |any )?(?:previous |prior |above |earlier )?(?:instructions|"
    r"rules|prompts?)|(?:system|initial|original|hidden) (?:prompt|message|instructions)|"
    r"your (?:instructions|prompt|rules|programming|guidelines|configuration)|"
    r"what (?:were|are) you told|repeat (?:everything|the text|the words|all) (?:above|before)|"
    r"developer mode|jailbreak|dan mode|you are now|pretend (?:to be|you are|you'?re)|"
    r"act as (?:a|an|my)|roleplay|role-play|new persona|disregard|override|"
    r"print (?:your|the) (?:prompt|instructions)|reveal|admin mode|debug mode|sudo|"
    r"(?:other|another) (?:patients?|clients?|customers?|callers?)'?s?'? (?:names?|numbers?|"
    r"details|appointments?|records?|information|info|data|address\w*)|about (?:other|another) "
    r"(?:patients?|clients?|customers?)|who else (?:is|has|booked|called|is coming)|"
    r"someone else'?s|somebody else'?s|anyone else'?s|"
    r"(?:list|read|tell me) (?:all |me )?(?:the |your )?(?:appointments|bookings|messages|"
    r"patients|clients|customers)\b|"
    r"(?:phone )?number (?:of|for) (?:the |your )?(?:patient|client|customer|person|caller)|"
    r"(?:who|which (?:patient|client|customer)) (?:is|has|have) (?:booked|scheduled|coming|"
    r"(?:an |the )?appointments?|(?:a |the )?bookings?)|"
    r"(?:address|number|appointment) of (?:mr|mrs|ms|dr)\b)")

_OUT_OF_SCOPE = re.compile(
    r"\b(weather|forecast|(?:supposed|going|gonna|expected) to (?:rain|snow|storm|pour|"
    r"be (?:hot|cold|warm|sunny|nice))|(?:will|is|does) it (?:rain|snow)|how (?:hot|cold|warm) "
    r"(?:is it|will it be|is it going to be)|(?:the|today'?s|latest) news|in the news|"
    r"headlines|sports? scores?|who won|"
    r"stock (?:price|market)|bitcoin|"
    # asked for, not words in a line about something else ("I come with her and translate",
    # "my tooth broke at the movies")
    r"crypto|(?:a|the|your|any) recipe|recipe for|tell me a joke|a joke|sing (?:me )?a song|"
    r"(?:write|tell|read|say|recite) (?:me )?a poem|(?:help|do) (?:me )?(?:with )?(?:my )?homework|"
    r"(?:can|could|would|will) you (?:please )?(?:help (?:me )?)?translate|translate (?:this|that|"
    r"something|it|for me)|"
    r"order (?:me )?(?:a |some )?(?:pizza|food|taxi|uber|cab)|book (?:me )?a (?:flight|hotel|"
    r"table|taxi|cab)|movie (?:times?|tickets?|recommendations?)|(?:watch|see|recommend) a movie|"
    r"lottery|horoscope|capital of|meaning of life|write (?:me )?(?:an? )?"
    r"(?:essay|email|code|program|story))\b")

# Emergencies the profession's template tells callers to act on at once, in the words callers
# use for them (issue 14: "in any phrasing"). `_near` lets a few words come between the parts.
def _near(a: str, b: str, gap: int = 5) -> str:
    """`a` then `b` (or `b` then `a`) with at most `gap` words between them."""
    between = rf"(?:\W+[\w']+){{0,{gap}}}?\W+"
    return rf"(?:(?:{a}){between}(?:{b})|(?:{b}){between}(?:{a}))"


_SWOLLEN = r"swollen|swelling|swelled|puffed up|puffy"
_SLURRED = r"slurr\w*"
_DROOPING = r"droop\w*|sagg\w*"
_BACKING_UP = r"back(?:s|ing|ed)? up|coming up|overflow(?:s|ing|ed)?"
_GAS = (r"smell (?:of )?gas|gas (?:leak|smell)|smells? (?:like|of) gas|leaking gas|"
        r"carbon monoxide|co alarm|rotten[- ]eggs?|(?:sulph?ur|sulf?ur) smell|smells? (?:like|of) "
        r"(?:sulph?ur|sulf?ur)")
_WATER_EMERGENCY = (
    r"burst(?:ed)? (?:pipe|main|water heater|hose)|pipe (?:has )?burst|pipes? (?:burst|bursted|"
    r"exploded|split)|pipes? (?:[\w']+ ){1,5}?(?:just )?(?:burst|bursted|exploded|split|snapped|"
    r"blew|broke) (?:open|apart|off)?|flood\w*|"
    r"water(?:'?s| is| has been| keeps| just)? (?:pouring|gushing|spraying|pissing|shooting|"
    r"everywhere|all over|coming (?:in|through|down)|won'?t stop|"
    # (what comes out of the tap, said of its colour or its heat, is no leak)
    r"coming out(?! (?:\w+ )?(?:rusty|brown|dirty|cloudy|milky|yellow|discolou?red|orange|murky|"
    r"muddy|slow|slowly|cold|lukewarm|warm|hot|of the (?:taps?|faucets?|shower|showerhead|"
    r"sinks?))\b))|(?:pouring|gushing) water|"
    r"sewage (?:backing|coming|everywhere|all over)|"
    # "the basement floor drain is backing up. It's sewage": a sewage backup, however told
    rf"{_near(r'sewage|sewer', _BACKING_UP, 12)}|"
    r"(?:toilet|drain)s? (?:is |are )?(?:backing "
    r"up|overflowing) (?:everywhere|into)|ceiling (?:is )?(?:caving|collapsing)|water heater "
    r"(?:has )?(?:burst|exploded)")
# chest pain in any order ("tight pressure in my chest", "my chest has felt tight")
_CHEST = _near(r"chest", r"pain|pains|hurts?|hurting|tight\w*|pressure|heavy|heaviness|"
                         r"squeez\w*|crushing", 4)
# a brake pedal that is soft or sinks: the car is not safe to drive
_SINKING_PEDAL = (r"(?:really |very |too )?(?:soft|spongy|mushy)|sinks?|sinking|"
                  r"(?:goes|going|went) "
                  r"(?:all the way )?(?:down|to the floor)|to the floor")
# a home broken into, someone maybe still inside
_INTRUDER = (r"(?:door|window|lock)(?:s? (?:is |was |has been |'?s been |been |got )?|'s been )"
             r"(?:like |just |"
             r"all )?(?:smashed|kicked|broken|forced|busted) (?:in|open)|"
             r"(?:broken )?glass (?:is )?(?:everywhere|all over)|"
             r"(?:someone|somebody|they|people|burglars?)(?: (?:just )?(?:broke|has broken|"
             r"have broken|had broken)|'s broken|'ve broken) in(?:to)?\b|"
             r"(?:glass|window) (?:is |was |got |'?s )?(?:smashed|shattered|broken)|"
             r"(?:someone|somebody|a man|a guy|people) (?:might|may|could) "
             r"(?:still )?be (?:inside|in there|in the house)|(?:someone|somebody) (?:is|'s) "
             r"(?:still )?(?:inside|in the house|in there)")
_EMERGENCY = {
    "dental": rf"\b({_near(_SWOLLEN, r'face|cheek|jaw|eye|neck|throat')}|swelling (?:is )?"
              r"(?:spreading|going|moving|getting worse)|(?:trouble|difficulty|hard|can'?t|"
              r"cannot) (?:breathing|breathe|swallowing|swallow)|bleeding (?:that )?(?:won'?t|"
              r"will not|doesn'?t|hasn'?t) stop\w*|"
              # "it's still bleeding, like, it won't stop" after an extraction
              r"still bleeding\b(?:[^.!?]{0,40}?)\b(?:won'?t|will not|doesn'?t|not) "
              r"stop|"
              r"(?:keeps|won'?t stop|can'?t stop (?:the|it)) bleeding|"
              r"knocked (?:\w+ )?(?:out|loose)|broken jaw|"
              # an adult tooth out ("his front tooth came completely out"; a baby tooth is not)
              # ("one of his front teeth came right out")
              r"(?:front|adult|permanent|whole|grown-up) (?:tooth|teeth) (?:came|come|fell|got|"
              r"was|has come)(?: \w+){0,2}? out|(?<!baby )(?:tooth|teeth) (?:came|fell) "
              r"(?:completely|clean|right) out|"
              r"(?:severe|unbearable|excruciating|agonizing|agonising|worst) (?:tooth ?|dental )?"
              r"(?:pain|ache|toothache)|(?:pain|toothache) is (?:unbearable|excruciating)|"
              r"abscess\w*)\b",
    "medical_clinic": rf"\b({_CHEST}|"
                      r"(?:arm|face|side|jaw) (?:is |feels |has gone |went |going )?(?:\w+ )?"
                      r"(?:numb|tingl\w*|weak)|numb(?:ness)? (?:in|down) (?:my |his |her )?"
                      r"(?:\w+ )?(?:arm|face|side|jaw)|heart attack|stroke|"
                      r"(?:trouble|difficulty|can'?t|cannot) breath\w*|unconscious|passed out|"
                      r"fainted|severe bleeding|bleeding (?:a lot|heavily|won'?t stop)|"
                      r"overdos\w*|suicid\w*|kill myself|seizure|anaphyla\w*|allergic "
                      r"reaction|face (?:is )?drooping|slurred speech)\b",
    "veterinary": r"\b((?:ate|eaten|eat|eating|got into|swallowed|chewed|chewing|licked|"
                  # (in one sentence: "he eat, he walk. I just need more pills" is no pills eaten)
                  r"drank)\b(?:[^\w.!?]+\w+){0,7}?[^\w.!?]+(?:chocolate|rat poison|poison|grapes|"
                  r"raisins|"
                  r"xylitol|sugar-?free|antifreeze|"
                  r"medication|pills|gum|ibuprofen|tylenol|bleach|onions?|lil(?:y|ies)|sago palm|"
                  r"marijuana|weed|edibles?|(?:rat|mouse|ant|slug|snail) bait|fertili[sz]er|"
                  r"detergent pods?|batter(?:y|ies)|macadamia)|bar of chocolate|"
                  r"poison\w*|toxic|xylitol|hit by a car|(?:not|isn'?t|stopped) breathing|"
                  r"(?:can'?t|cannot) (?:breathe|stand|get up)|seizure\w*|convuls\w*|collapsed|"
                  r"bleeding (?:a lot|heavily|badly|everywhere)|bloat\w*|(?:attacked|bitten) by|"
                  # a blocked bladder and a twisted stomach, as the template names them
                  r"(?:straining|strains|trying|tries|can'?t|cannot|unable) to (?:pee|urinate|"
                  r"wee)|(?:in and out of|keeps (?:going )?(?:in|to|back to)|back and forth to) "
                  r"(?:the |his |her )?litter ?box|nothing (?:comes|is coming|came|will come) "
                  r"out|swollen (?:belly|stomach|abdomen|tummy)|retching|dry heav\w*|trying to "
                  r"(?:vomit|throw up) (?:but|and) (?:nothing|can'?t))\b",
    "home_services": rf"\b({_GAS}|{_WATER_EMERGENCY}|sparking|electrical fire|on fire|"
                     rf"{_INTRUDER})\b",
    "auto_repair": r"\b(smoke (?:coming|pouring|from under|out of the (?:hood|engine))|"
                   # an engine overheating now, smoking, or its gauge in the red
                   r"(?:car|engine|hood|truck|van|it) (?:is |was |started |starts |keeps )?"
                   r"smoking|(?:temperature|temp) (?:gauge|needle|light) (?:is |was |went |goes "
                   r"|shot )?(?:up )?(?:in|into|to) the red|(?:is|keeps|started|it'?s) "
                   r"overheating|steam (?:coming|pouring|billowing)|"
                   r"on fire|caught fire|brakes? (?:(?:just|have|"
                   r"has|totally|completely|suddenly|all of a sudden) ){0,2}(?:failed|gone|"
                   r"stopped working|not working|don'?t work|went out|quit|gave out)|"
                   # a brake pedal that sinks: the car is not safe to drive
                   rf"{_near(r'brakes?|pedal', _SINKING_PEDAL, 6)}|"
                   r"steering (?:failed|gone|"
                   r"locked)|(?:broke|broken) down (?:on|in) (?:the )?(?:middle of )?(?:the )?"
                   r"(?:highway|interstate|freeway|motorway|expressway|road|bridge|tunnel)|"
                   r"(?:stuck|stranded) (?:on|at|in) (?:the )?(?:side of )?(?:the )?(?:highway|"
                   r"interstate|freeway|road|middle)|(?:car|truck|van) (?:is |just )?(?:died|"
                   r"dead|stalled|quit) (?:on|in) (?:the )?(?:highway|interstate|freeway|"
                   r"middle)|accident|crash\w*)\b",
    "real_estate": rf"\b({_GAS}|on fire|fire at|broken into|break-in|break in at|"
                   rf"burglar\w*|flood\w*|burst pipe|{_INTRUDER})\b",
    "law_firm": r"\b(arrested|in custody|in jail|detained|police (?:are|is) (?:here|at)|"
                r"locked up|being held|taken into custody|"
                r"(?:picked up|taken in|booked) by (?:the )?(?:police|cops|sheriff)|(?:at|in) "
                r"(?:the )?(?:county |city )?jail|bail|"
                r"(?:sees?|seeing|see|goes before|in front of) (?:a|the) judge (?:\w+ ){0,2}?"
                r"(?:tomorrow|today|tonight|in the morning|this (?:morning|afternoon))|"
                # a deadline that cannot wait: a hearing tomorrow, the locks changed
                r"(?:hearing|court date|court|trial|arraignment) (?:\w+ ){0,3}?(?:is )?(?:tomorrow|"
                r"today|in the morning)|(?:arraigned|arraignment) (?:tomorrow|today|tonight|in the "
                r"morning)|(?:change|changing) (?:the|my|our) locks|locked (?:me|us) out)\b",
    "salon": r"\b(allergic reaction|(?:chemical |scalp )?burn(?:ed|ing|s)? (?:my|her|his) "
             r"scalp|can'?t breathe)\b",
}

# Languages whose callers we can at least answer politely, by their commonest words.
LANGUAGE_WORDS = {
    "es": set("hola buenos buenas dias días tardes quiero quisiera necesito una cita por favor "
              "gracias habla hablar español usted para mañana mi perro gato con el la los las de "
              "que es estoy tengo puedo hacer señor señora doctor dentista ayuda un una del al "
              "se nos lo le y pero porque quién quien cómo como cuándo cuando dónde donde muy "
              "más también tiene hay llamo llamen número numero abogado sí su sus todo toda "
              "todos esta este esa ese mucha mucho poco algo alguien nada pueden puede podría "
              "quería necesita semana hoy agua casa carro coche baño cocina lavabo fregadero "
              "tiempo hace desde hasta ya aquí vez dolor diente muela pelo corte precio cuánto "
              "cuesta mandar venir llamar hijo hija esposo esposa mamá papá madre padre tiene "
              "están está soy fue era gotea fuga".split()),
    "fr": set("bonjour bonsoir je voudrais un une rendez-vous rendez vous merci parlez français "
              "s'il plaît madame monsieur avec pour demain mon ma chien chat est suis j'ai "
              "besoin docteur aide de la le les des du et ne pas c'est mes votre vos il elle "
              "nous vous avez aujourd'hui eau maison voiture semaine quelqu'un peut pouvez "
              "chez bonne journée".split()),
    "de": set("hallo guten tag ich möchte einen termin bitte danke sprechen sie deutsch für "
              "morgen mein meine hund katze ist bin habe brauche arzt zahnarzt hilfe".split()),
    "pt": set("olá ola bom dia boa tarde gostaria de marcar uma consulta obrigado obrigada "
              "você fala português para amanhã meu minha cachorro gato estou tenho preciso "
              "ajuda em não eu seu sua muito muita alguém hoje água casa carro troca óleo "
              "semana quero queria posso pode podem vocês tudo isso esse essa este esta com do "
              "da dos das na os um é são está estão filho filha".split()),
    "it": set("ciao buongiorno buonasera vorrei un appuntamento grazie parla italiano per "
              "domani mio mia cane gatto sono ho bisogno aiuto per favore".split()),
    "pl": set("dzień dzien dobry czy mówi mowi pan pani po polsku proszę prosze dziękuję "
              "dziekuje chciałbym chciałabym potrzebuję potrzebuje wizytę wizyte jest nie tak mam "
              "mój moj moja moje się sie na w z do że jak co to ten numer telefonu nazywam "
              "jutro dzisiaj pomoc woda wody mi mnie".split()),
    "vi": set("xin chào chao tôi toi muốn muon đặt dat lịch lich hẹn hen không khong có co "
              "được duoc cảm ơn cam on bạn ban nói noi tiếng tieng việt viet".split()),
    "tl": set("po opo ako ang ng mga sa na ko kong ka kayo kami namin ninyo niya siya ito iyan "
              "diyan dito ba may wala hindi oo salamat maraming magandang umaga hapon gabi "
              "tumatawag tawagan puwede pwede gusto kailangan anak lalaki babae asawa nanay "
              "tatay kotse bahay tubig aso pusa ngipin numero numerong pangalan nagsasalita "
              "marunong tagalog lang rin din naman kasi kapag niyo".split()),
}
# letters English never writes ("Dzień dobry", "chciałbym", "Tôi muốn"): a line with several of
# them is in another language, whichever it is
_FOREIGN_LETTERS = re.compile(r"[ąęłńśźżćőűřšžčěůăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự"
                              r"ỳỵỷỹ]")
_FILLER_SOUND = re.compile(r"(?:^|(?<=[,.!?;]))\s*(?:um+|uh+|erm?|ah|eh|hmm+|mm+|mhm)"
                           r"(?=\s*(?:[,.!?;]|$))|\b(?:uh+|erm?|hmm+|mhm)\b")
_ENGLISH_HINTS = set("the and i you to a is it for my can do what your have please "
                     "appointment book need want would like thanks thank bye goodbye yes yeah "
                     "okay ok hi hello that this just with about".split())
_SCRIPTS = {"zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff]", "ko": r"[\uac00-\ud7af]",
            "ar": r"[\u0600-\u06ff]", "ru": r"[\u0400-\u04ff]", "hi": r"[\u0900-\u097f]"}
_ASKS_LANGUAGE = re.compile(r"\b(?:do you|can you|anyone|someone|somebody) (?:who )?speaks? "
                            r"(spanish|french|german|portuguese|italian|chinese|mandarin|"
                            r"cantonese|japanese|korean|arabic|russian|hindi|vietnamese|polish|"
                            r"tagalog|filipino)\b")
_LANGUAGE_NAMES = {"spanish": "es", "french": "fr", "german": "de", "portuguese": "pt",
                   "italian": "it", "polish": "pl", "vietnamese": "vi", "tagalog": "tl",
                   "filipino": "tl"}
_ASKED_IN_IT = {
    "es": re.compile(r"\bhabla(?:n|s)?(?: usted| ustedes| alguien)? (?:en )?espa[nñ]ol\b|"
                     r"\ben espa[nñ]ol\b"),
    "fr": re.compile(r"\bparle[sz]?(?:[- ]vous)? (?:en )?fran[cç]ais\b|\ben fran[cç]ais\b"),
    "de": re.compile(r"\b(?:sprechen sie|spricht (?:hier )?jemand|sprichst du) deutsch\b|"
                     r"\bauf deutsch\b"),
    "pt": re.compile(r"\bfala(?:m)?(?: voc[eê]s?)? portugu[eê]s\b|\bem portugu[eê]s\b"),
    "it": re.compile(r"\bparla(?:te)? italiano\b|\bin italiano\b"),
    "tl": re.compile(r"\b(?:nagsasalita|marunong|nakakapagsalita)(?: po)?(?: ba)?(?: ng| mag)? "
                     r"(?:tagalog|filipino)\b|\bsa tagalog\b"),
}


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return bool(pattern.search(clean(text)))


# a booking turned down: "I won't book today", "not ready to book yet", "don't want to book"
_NOT_BOOKING = re.compile(
    r"\b(?:won'?t|will not|not going to|not gonna|don'?t (?:want|wanna|need) to|do not want to|"
    r"(?:i'?m|i am) not (?:ready|looking|wanting) to|rather not|not ready to|let'?s not|"
    # "no need to book anything yet"
    r"no need to|no longer (?:need|want|have) to|(?:won'?t|will not) (?:need|have) to|"
    r"let us not|maybe not) (?:\w+ )?"
    # ("I don't need to come in anymore": a visit no longer wanted)
    r"(?:book|schedule|make an appointment|commit|pin down|come (?:in|by|back)|bring (?:him|her|"
    r"it|them) (?:in|back))(?: (?:anything|it|that|one|a time))?"
    r"(?: (?:yet|today|now|just yet|right now|anymore|any more|after all))?\b|"
    # "It is not a matter for an appointment.", "this isn't about booking"
    r"\b(?:it|this|that)(?:'s| is|s)? (?:not|n'?t) (?:a matter |something |a thing )?(?:for|about) "
    r"(?:an? |the )?(?:appointment|booking|visit|consultation)s?\b|"
    # "if I make an appointment and something comes up, ...": a booking only supposed
    r"\b(?:if|when|once|say) (?:i|we) (?:do |ever )?(?:make|book|schedule) (?:an? |the )?"
    r"(?:appointment|booking|visit|consultation)\b|"
    # "can I buy it over the phone, or do I have to come in?": whether a visit is needed
    r"\b(?:do|would|will|does) (?:i|we|he|she|they) (?:have|need|got) to (?:come|bring (?:\w+ )?"
    r"\w+|stop|drop (?:\w+ )?\w+) (?:in|by|off)\b")


# "... under my (full) name", "... in his name": whose name a booking is under
_UNDER_WHOSE_NAME = r"(?:under|in) (?:my|his|her|our|their|the) (?:[\w'-]+ ){0,2}?name\b"
# where a booking already made is found, said to find it: "it's booked under my full name",
# "the appointment is booked as Robert Hale", "the number on the appointment"
_ON_THE_BOOKING = re.compile(
    r"\b(?:the|my|our) (?:number|name|phone|phone number|email|details) (?:on|for|in) (?:the|my|"
    r"our|your) (?:appointment|appt|booking|reservation|file|account|records?)\b|"
    r"\b(?<!put )(?<!book )(?<!make )(?<!have )(?:it'?s|it is|it was|they'?re|(?:the|my|our) "
    r"(?:appointment|appt|booking|reservation)(?:'s| is| was))"
    rf"(?: (?:booked|made|scheduled|listed|down))? {_UNDER_WHOSE_NAME}|"
    r"\b(?:the|my|our) (?:appointment|appt|booking|reservation) (?:is|was)(?: booked| made| "
    r"scheduled)? (?:as|under)\b|\b(?:it'?s|it is|it was) (?:booked|made|scheduled) (?:as|under)\b")


# the name a booking is or will be under, said to find it or to make it ("it'll be under my
# legal name", "the appointment should be under my name"): a name, no request
_UNDER_A_NAME = re.compile(
    r"\b(?:it'?ll|it will|it should|it'?d|it would|it can|(?:the|my|our) (?:appointment|appt|"
    rf"booking|reservation) (?:should|will|would|can|'ll)) be(?: booked| made| put)? "
    rf"{_UNDER_WHOSE_NAME}")


# whether a booking is needed, asked ("do I have to book right now?"): no booking asked for, and
# none turned down either
_BOOKING_ASKED_ABOUT = re.compile(r"\b(?:do|would|will) (?:i|we) (?:have|need|got) to (?:\w+ )?"
                                  r"(?:book|schedule|make an appointment)\b|"
                                  # "do I need an appointment for that, or can I just walk in?"
                                  r"\b(?:do|would|will) (?:i|we|you) (?:need|require) an? "
                                  r"(?:appointment|booking)(?= (?:for (?:that|it|this|one)|or\b)|"
                                  r"\W*$)")


def wants_booking(text: str) -> bool:
    said = _UNDER_A_NAME.sub(" ", _ON_THE_BOOKING.sub(" ", _NOT_BOOKING.sub(" ", clean(text))))
    said = _BOOKING_ASKED_ABOUT.sub(" ", said)
    return _has(_BOOK, said) or _has(_CONSULT, said)


def declines_booking(text: str) -> bool:
    """'I need to check with my accountant, so I won't book today': no booking now."""
    return _has(_NOT_BOOKING, text)


# a bill or a charge the caller disputes: the team's to sort out, never a price list's
_BILL_PROBLEM = re.compile(
    r"\b(?:overcharged|double[- ]charged|charged (?:me )?twice|two charges|charged (?:me|us) "
    r"(?:for|more)|(?:my|the|your|this|that) (?:bill|invoice|statement|receipt|charge)s?\b"
    r"(?: [\w'-]+){0,8}? (?:is wrong|wrong|twice|double|mistake|error|odd|isn'?t right|not right|"
    r"doesn'?t (?:look|seem) right|too (?:high|much)|never (?:got|received)))")


# a request said in a word or two, as the line's first words: "Message for the office.",
# "Refill. Lisinopril.", "Cancel. Vic Hale. Friday.", "Moving my appointment."
_TERSE_MESSAGE = re.compile(r"^(?:(?:a|one) )?(?:message|callback|call back|(?:prescription )?"
                            r"refill)(?: for (?:the |my |an? |your )?[\w' ]{1,25}?)?\s*(?:[.!,]|$)")
_TERSE_CANCEL = re.compile(r"^(?:cancel|cancelling|canceling)\b")
_TERSE_MOVE = re.compile(r"^(?:moving|move|rescheduling|reschedule|changing)(?: (?:my|the) "
                         r"(?:appointment|booking|visit|time))?\s*(?:[.!,]|$)")


# a message said not to be wanted ("I don't need to leave a message")
_NO_MESSAGE = re.compile(r"\b(?:don'?t|do not|no need to|won'?t|will not) (?:need to |want to |"
                         r"have to )?(?:leave|take) (?:a |any )?message\b")


# the number a call back would go to, said ("this number is fine for a callback"): contact
# details, no message asked for
_FINE_FOR_A_CALLBACK = re.compile(r"\b(?:fine|good|best|okay|ok|great|works|easiest) for (?:a |the "
                                  r"|any )?call-?backs?\b")


def wants_message(text: str) -> bool:
    text = _FINE_FOR_A_CALLBACK.sub(" ", _NO_MESSAGE.sub(" ", clean(text)))
    return _has(_MESSAGE, text) or bool(_TERSE_MESSAGE.match(clean(text))) or (
        (_has(_NO_CALLBACK, text) or _has(_BILL_PROBLEM, text)) and not _has(_HUMAN, text))


# a move said not to be wanted: "I don't have time to reschedule right now", "not rescheduling"
_NOT_MOVING = re.compile(r"\b(?:(?:don'?t|do not|can'?t|cannot|won'?t|will not|no) (?:(?:have|got) "
                         r")?(?:the )?(?:time|need|want|wanna|plan|intention)? ?(?:to )?|not "
                         r"(?:looking to |trying to |going to )?)reschedul\w*")


def wants_cancel(text: str) -> bool:
    text = _asked_for(_NOT_MOVING.sub(" ", clean(text)))
    return (_has(_CANCEL, text) or bool(_TERSE_CANCEL.match(clean(text)))) and not _has(
        _RESCHEDULE, text)


_CANCEL_BOOKING = re.compile(
    rf"\b(?:cancel(?!lation)|cancell?ing|call off)\b(?: (?:my|our|the|his|her|their|this|"
    rf"that))?(?: [\w'-]+){{0,3}}? {_BOOKED_THING}\b|"
    # "I have an appointment I need to cancel"
    rf"\b{_BOOKED_THING} (?:that |which )?(?:i|we) (?:need|have|want|got|'ve got|'d like) to "
    rf"cancel\b|\b(?:cancel(?!lation)|cancell?ing) (?:it|"
    rf"that|this one|the whole thing)\b")


def cancels_a_booking(text: str) -> bool:
    """A cancellation of something booked here ("cancel my Thursday cleaning", "cancel it"), not
    of something in the caller's own life ("I'll cancel my gym class for it")."""
    return wants_cancel(text) and _has(_CANCEL_BOOKING, text)


# a change asked about, not asked for: "how much notice do you need if I have to change it?"
_SUPPOSING = re.compile(
    r"\b(?:if|in case|what if|should) (?:i|we|you|he|she|they) (?:ever |later |then )?(?:have|"
    r"has|need|needs|want|wants|had|needed|wanted|ha(?:ve|s) got) to (?:change|cancel|move|"
    r"reschedule|shift|switch)\b[\w' ]*|"
    # "If I cancel the appointment, is there a charge?": a supposition, asked about
    r"\b(?:if|in case|what if|when|say) (?:i|we|you|he|she|they) (?:ever |later |then |do |did )?"
    r"(?:cancel|cancell?ed|change|changed|move|moved|reschedule|rescheduled|miss|missed|no-?show)"
    r"\b[\w' ]*|"
    # "rescheduling rule?", "your cancellation policy": how it works, not a request
    r"\b(?:cancel(?:lation|ling|ing)?|reschedul(?:e|ing)|no-?show) (?:rules?|polic(?:y|ies)|fees?|"
    r"charges?)\b")


def _asked_for(text: str) -> str:
    return _NOT_DONE.sub(" ", _SUPPOSING.sub(" ", clean(text)))


# a move or a cancellation said not to be wanted ("I don't want to move it or cancel it, I'll
# still be there")
_NOT_DONE = re.compile(
    r"\b(?:don'?t|do not|won'?t|will not|not|no need to|never) (?:want to |need to |going to |"
    r"have to |trying to |looking to )?(?:(?:move|change|reschedule|cancel)\w*(?: (?:it|that|"
    r"the \w+|my \w+))?(?: or | and |, )?){1,2}")


# running late for a booking ("I'm stuck in traffic, I'll be about fifteen minutes late"): word
# for the team, not a move
_RUNNING_LATE = re.compile(
    r"\b(?:running|be|i'?ll be|gonna be|going to be|i'?m|we'?re|we'?ll be|he'?ll be|she'?ll be|"
    r"a (?:bit|little)|minutes?|mins?) (?:a (?:bit|little|few minutes) |about |around |maybe |"
    r"(?:like )?(?:\w+ )?(?:minutes?|mins?) )?late\b|\bstuck in traffic\b|\bwon'?t be (?:home|"
    r"there|back) (?:until|till|before|by)\b")


def without_refusals(text: str) -> str:
    """The line without a move or a cancellation it says is not wanted."""
    return _NOT_DONE.sub(" ", clean(text))


# a booking the caller has, asked to be confirmed ("I'm calling to confirm my cleaning
# tomorrow", "is my appointment still on for Friday?")
_CONFIRMS_BOOKING = re.compile(
    r"\b(?:(?:calling|call|ringing|want|wanted|like|just) (?:to |in to )?confirm(?:ing)?|"
    r"just confirming|confirm(?:ing)? (?:my|our|his|her|the) (?:\w+ )?(?:appointment|booking|"
    r"visit|cleaning|exam|consultation|showing|service|cut|appt)|(?:is|are) (?:my|our|his|her|"
    r"the) (?:\w+ )?(?:appointment|booking|visit|consultation|showing) still (?:on|happening|"
    r"good|booked)|(?:it'?s|it is|that'?s) still on\b)")


def confirms_booking(text: str) -> bool:
    return _has(_CONFIRMS_BOOKING, text)


def running_late(text: str) -> bool:
    """The caller will be late for a booking they have ("running ten minutes late", "stuck in
    traffic", "won't be home until eleven thirty")."""
    return _has(_RUNNING_LATE, _asked_for(text))


# "can I move it to the next Saturday?" said of the booking just described
_MOVE_IT = re.compile(rf"\b(?:move|push|shift|switch|bump|change) (?:it|that|that one|this one) "
                      rf"(?:to|till|until|over to) (?:a |another |next |the |this )?(?:"
                      rf"{_WEEKDAY_WORD}|tomorrow|next|later|earlier|another|different|\d)|"
                      # "I need to change it", "I want to change to other day" (said of the
                      # booking the line describes)
                      r"\b(?:need|want|have|like|got) to (?:change|move|switch) (?:it|that|the "
                      r"(?:day|date|time))\b(?! (?:up|out|over|for)\b)|"
                      r"\b(?:change|move|switch) (?:it |that )?to (?:an ?)?(?:other|another|"
                      r"different) (?:day|date|time)\b")


def wants_reschedule(text: str) -> bool:
    text = _NOT_MOVING.sub(" ", clean(text))
    return _has(_RESCHEDULE, _asked_for(text)) or bool(_TERSE_MOVE.match(clean(text))) or (
        _has(_MOVE_IT, text) and refers_to_booked(text))


# The caller's own booking, described rather than named as a request: "I've got a cleaning with
# you Thursday at ten", "I'm booked in Saturday", "we have a plumber coming Friday", "I've got my
# dog booked for his checkup", "my Friday appointment". What they want done with it (a move, a
# cancellation) may come in the same line or a later one.
_OWN_THING = (r"(?:appointment|appt|booking|visit|consultation|consult|showing|viewing|tour|"
              r"reservation|checkup|check-up|check up|cleaning|exam|physical|haircut|colou?r|"
              r"blowout|trim|session|oil change|inspection|rotation|grooming|surgery|procedure|"
              r"meeting with (?:you|your|dr|doctor)|vaccines?|shots?|estimate|service call|"
              r"filling|crown|root canal|extraction|x-?rays?|perm|highlights|manicure|pedicure|"
              r"alignment|tune-?up|repair|install\w*|walk-?through|spay|neuter|dental|balayage|"
              r"cut|facial|wax(?:ing)?|treatment|lesson|adjustment|cleaning)")
_VISITOR = (r"(?:plumber|technician|tech|electrician|someone|somebody|guy|mechanic|agent|"
            r"groomer|inspector)")
_CUE = (rf"(?:booked|scheduled|set up|with you|with (?:you guys|your|dr|doctor)|coming|on|this|"
        rf"next|tomorrow|today|at|{_WEEKDAY_WORD})")
_NOT_ASKING = r"(?<!can )(?<!could )(?<!may )(?<!would )(?<!should )(?<!to )"
# "get my puppy's vaccine Monday", "a slot for my cleaning on Friday": a new one asked for
_NOT_GETTING = (r"(?<!get )(?<!need )(?<!want )(?<!book )(?<!schedule )(?<!bring )(?<!for )"
                r"(?<!do )(?<!have )")
_NOT_ASKING_HAVE = r"(?<!can i )(?<!could i )(?<!may i )(?<!can we )(?<!could we )(?<!to )"
_EXISTING = re.compile(
    # "the meeting I had booked with you on Friday", "the appointment we made last week"
    rf"\b(?:the|my|our) {_BOOKED_THING} (?:that |which )?(?:i|we) (?:had |have |'d |'ve )?"
    rf"(?:booked|scheduled|made|set up)\b|"
    # "I had an alignment booked for Monday", "we had booked a showing": still on the books
    rf"\b(?:i|we|(?:my|our) [\w'-]+) had (?:(?:a|an|my|our|the|this|that) (?:[\w'-]+ ){{0,3}}?"
    rf"(?:booked|scheduled|set up)|(?:booked|scheduled|made) (?:a|an|my|our|the) )\b|"
    # ("Ms. Solberg has a color appointment with you on Wednesday", "he has a showing with you")
    rf"{_NOT_ASKING}\b(?:i|we|he|she|they|(?:my|our) [\w'-]+|(?:mr|mrs|ms|miss|dr)\.? [\w'-]+)"
    rf"(?: have| has| have got| has got|'ve got|'s got|"
    rf"'ve| got) (?:a|an|my|our|the|this|that|his|her|their)"
    rf"(?: (?!needs?\b|wants?\b|due\b|requires?\b)[\w'-]+){{0,5}}? (?:{_OWN_THING}|{_VISITOR})"
    rf"\b(?: [\w'-]+){{0,4}}? {_CUE}\b|"
    rf"\b(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|(?:my|our) [\w'-]+(?: [\w'-]+)? "
    rf"(?:is|are)) (?:already )?(?:(?:booked|scheduled) (?:in\b|with (?:you|dr|doctor)\b)|"
    rf"(?:booked|scheduled|down|pencilled|penciled) (?:in )?for (?:a|an|my|the|his|her|our) "
    rf"(?:[\w'-]+ ){{0,2}}?{_OWN_THING}\b|(?:supposed|meant|due) to (?:come|be|bring [\w'-]+) "
    rf"in\b|(?:booked|scheduled) "
    rf"(?:for|on|this|next|at|tomorrow|today|{_WEEKDAY_WORD})\b(?: [\w'-]+){{0,5}}? (?:for|with) "
    rf"(?:a|an|my|the|his|her|our) "
    rf"(?:[\w'-]+ ){{0,2}}?{_OWN_THING}\b)|"
    rf"{_NOT_ASKING_HAVE}\b(?:have|'ve got|got|has) (?:my|our|him|her|them|it|the [\w'-]+|"
    rf"a [\w'-]+)(?: [\w'-]+){{0,3}}? (?:booked|scheduled)\b|"
    # "I've got Rufus booked in on Thursday": a pet or a child, by name
    rf"{_NOT_ASKING_HAVE}\b(?:have|'ve got|got|has) [\w'-]+ (?:booked|scheduled) (?:in|for|on)\b|"
    rf"{_NOT_GETTING}\bmy (?:[\w'-]+ ){{0,2}}?{_OWN_THING} (?:is )?(?:(?:booked |scheduled )?"
    rf"with (?:you|you guys|dr \w+|doctor \w+) )?(?:on|this|next|tomorrow|"
    rf"today|at|{_WEEKDAY_WORD})\b|"
    rf"{_NOT_GETTING}\bmy (?:{_WEEKDAY_WORD}|tomorrow'?s?|today'?s?)(?: [\w'-]+){{0,2}}? "
    rf"{_OWN_THING}\b|"
    # "I booked a cleaning for Monday", "there's a technician scheduled Wednesday"
    rf"{_NOT_ASKING}\b(?:i|we|(?:my|our) [\w'-]+)(?: have| has|'ve got|'s got| got) (?:a|an|my|"
    rf"our|the|his|her)(?: (?!problem|issue|question|complaint)[\w'-]+){{1,4}}? with "
    rf"(?:you|you guys)\b|"
    rf"\b(?:i|we|my [\w'-]+)(?: already)? (?:booked|made|scheduled) (?:a|an|my|the|our|his|her)"
    rf"(?: [\w'-]+){{0,3}}? {_OWN_THING}\b|"
    # "I booked my mother's cat in for this Friday", "we scheduled the dog for Tuesday"
    rf"\b(?:i|we)(?: already)? (?:booked|scheduled) (?:my|our|his|her|the)(?: [\w'-]+){{1,3}}? "
    rf"(?:in )?(?:for|on) (?:this |next |the )?(?:{_WEEKDAY_WORD}|tomorrow|\d)|"
    # "I have appointment on Thursday", "I have appointment for my cat on Friday": the article
    # a caller speaking English as a second language leaves out
    rf"{_NOT_ASKING}\b(?:i|we) (?:have|had|got) (?:{_OWN_THING})\b(?: [\w'-]+){{0,4}}? "
    rf"(?:on|this|next|tomorrow|today|at|{_WEEKDAY_WORD})\b|"
    rf"\bthere'?s (?:a|an|the) (?:[\w'-]+ ){{0,2}}?"
    rf"(?:{_OWN_THING}|{_VISITOR}) (?:booked|scheduled|coming)\b|"
    # "I've got Saturday the fourteenth at eleven and can't make it": a day and a clock time
    # the caller has (not one they are free: "I have Saturday at ten free")
    rf"{_NOT_ASKING}\b(?:i|we)(?: have| had|'ve got| got|'ve) (?:this |next |this coming )?"
    rf"(?:{_WEEKDAY_WORD}|tomorrow)(?: the \w+)?,? at [\w:]+(?: [ap]\.?m\.?)?\b"
    rf"(?! (?:free|open|available|off)\b)|"
    # "a different day for the guy coming Thursday": the visit already booked
    rf"\bthe (?:{_VISITOR}) (?:who'?s |that'?s |who is |that is )?(?:coming|booked|scheduled|"
    rf"due)(?: (?:out|over|in|by))? (?:on |this |next )?(?:{_WEEKDAY_WORD}|tomorrow)\b")
# a new booking asked for ("book my cleaning for Friday") is not a booking already had
_ASKS_NEW = re.compile(r"\b(?<!re)(?:book|schedule)\b(?! (?:in|with you))|\bmake an? "
                       r"(?:appointment|booking|reservation)\b|\bset up an?\b")
# a wish to move it: said as a move ("push it back", "need to move it") or as the reason it
# cannot stay ("I can't make Friday", "something came up", "I have to work Friday now")
_CHANGE_WISH = re.compile(
    r"\b(?:(?:push|move|shift|bump|switch|change|rebook|reschedule) (?:it|that|this one|them|"
    r"things|the (?:time|day|date))\b|push (?:it |that )?(?:back|out)|reschedul\w*|rebook\w*|"
    r"(?:need|want|have|like|got|has) to (?:move|change|push|shift|switch|bump)\b|"
    r"(?:can'?t|cannot|can not|won'?t|will not|(?:not|won'?t|will not) be able to|unable to|"
    r"couldn'?t|not going to) (?:make|do|attend|keep|come|be (?:home|there|here|in|around|"
    r"available|free|able)|get (?:there|in|off|away))\b|something(?:'s| has)? come up|"
    r"something came up|(?:have|has|got|need) to work\b|(?:another|some other|a different|"
    # ("a time after work" is the time asked for, not a change)
    r"a new|a later|an earlier) (?:day|time|date)\b|a (?:day|time|date) (?:instead|else)\b|"
    # "so I need something earlier", "anything sooner instead"
    r"(?:need|want|like|have) (?:something|anything|a (?:time|slot|day)) (?:earlier|sooner|"
    r"later)\b|"
    r"(?:doesn'?t|does not|won'?t|will not|no longer|not going to|"
    r"isn'?t going to) work\b|no good for)")
_NO_REBOOK = re.compile(r"\b(?:don'?t|do not|not|no need to|won'?t) (?:want to |need to |"
                        r"going to )?(?:re)?(?:book|schedule|move|change)\w*"
                        r"(?: (?:it|another|one|again))?")
_CALL_OFF_WISH = re.compile(
    r"\b(?:cancel(?!lation)\w*|call (?:it|that|this|that one|this one|the \w+ one|(?:the|my|our|"
    r"his|her) \w+(?: (?!off\b)\w+){0,3}) off|(?:don'?t|do not|won'?t|"
    r"no longer) need (?:it|that|the appointment|to come)|take (?:me|us|him|her|it) off|"
    # "so I shan't be needing the meeting I had booked", "we won't be needing it now"
    r"(?:won'?t|shan'?t|will not|shall not|don'?t|do not) (?:be )?need(?:ing)? (?:it|that|"
    r"(?:the|my|our|his|her) (?:appointment|meeting|booking|consultation|viewing|visit|"
    r"slot|session)))\b")
_OLD_DAY = re.compile(
    rf"\b(?:(?:can'?t|cannot|won'?t|couldn'?t|unable to|not able to|be able to) (?:make|do|be "
    rf"[\w-]+|come|get [\w-]+)(?: (?:it|in|on|there|home))*|(?:have|has|got|need) to work|"
    rf"(?:cancel|drop|scrap) the|not)(?: on)? (?:this |next |that )?{_WEEKDAY_WORD}\b"
    rf"(?! (?:is )?(?:fine|good|great|works|perfect|better|open))|\b{_WEEKDAY_WORD}'?s? (?:is )?"
    rf"(?:no good|not good|out|off)\b")


# "I had a blowout Thursday at 5": a booking spoken of in the past tense, the day still ahead;
# only a booking when the caller also wants it cancelled or moved
_HAD_THING = re.compile(rf"\b(?:i|we|he|she) had (?:a|an|my|his|her|the) (?:[\w'-]+ ){{0,2}}?"
                        rf"{_OWN_THING}\b(?: [\w'-]+){{0,2}}? (?:on |this |next |for )?"
                        rf"(?:{_WEEKDAY_WORD}|tomorrow)\b")


def had_a_booking(text: str) -> bool:
    return _has(_HAD_THING, text)


def refers_to_booked(text: str) -> bool:
    """The caller describes a booking they already have (not asking for a new one)."""
    t = clean(text)
    return bool(_EXISTING.search(t) or _ON_THE_BOOKING.search(t)) and not _ASKS_NEW.search(t)


def wants_to_change(text: str) -> bool:
    """A wish to move a booking already spoken of: on its own it names nothing, so the flow
    asks it only when the caller has described their booking. "I don't want to rebook" is not
    one."""
    return bool(_CHANGE_WISH.search(_NO_REBOOK.sub(" ", _asked_for(text))))


_MOVE_WORD = re.compile(r"\b(?:push|move|shift|bump|switch|rebook\w*|reschedul\w*|another|"
                        r"different|instead|later|earlier)\b")


def says_move(text: str) -> bool:
    """The caller asks for another time, not only why this one fails ("I can't make it, please
    cancel" is a cancellation; "I can't make it, can we find another day" a move)."""
    return bool(_MOVE_WORD.search(_NO_REBOOK.sub(" ", clean(text))))


def wants_to_call_off(text: str) -> bool:
    """A wish to cancel a booking already spoken of ("I need to cancel it", "call it off")."""
    t = _asked_for(text)
    return bool(_CALL_OFF_WISH.search(t)) and not re.search(
        r"\b(?:don'?t|do not|not|never) (?:want to |need to |trying to |going to |looking to )?"
        r"cancel", t)


def names_old_day(text: str) -> bool:
    """A day said as the one that no longer works ("I can't make Friday", "drop the Thursday
    one"): the booking being moved, never the new time."""
    return _has(_OLD_DAY, text)


# "I'd like to talk to a lawyer about my divorce": the trade's professional, about a matter, is a
# consultation to book, not a request to be put through to whoever answers.
_PROFESSIONAL = (r"(?:lawyer|attorney|doctor|dentist|hygienist|vet|veterinarian|agent|realtor|"
                 r"mechanic|stylist|technician|plumber|electrician|nurse practitioner)s?")
_CONSULT = re.compile(rf"\b(?:speak|talk|meet|sit down|consult) (?:to|with) (?:a|an|the|one of "
                      rf"your|your) {_PROFESSIONAL}\b.*\b(?:about|regarding|for|because|over)\b")


# "is there a charge to talk to someone?": what talking to someone costs, not a wish to now
_PRICE_OF_TALKING = re.compile(r"\b(?:charge|fee|cost|pay|free)\b[^.?!]{0,20}\b(?:to|for) "
                               r"(?:talk|speak|meet|see)")


def wants_human(text: str) -> bool:
    return _has(_HUMAN, text) and not _has(_MESSAGE, text) and not _has(_CONSULT, text) and (
        not _PRICE_OF_TALKING.search(text))


# where a caller corrects themselves: what comes after is what they settled on
_CHANGED_MIND = re.compile(r"\b(?:but )?actually\b|\binstead\b|\bno,? wait\b|\bon second "
                           r"thought\b|\bscratch that\b|\bchange of plans?\b|\bforget (?:that|it|"
                           r"about (?:that|it))\b")


def last_said(text: str) -> str:
    """What the caller settled on: the words after their last self-correction ("I was going to
    move it, but actually, just cancel it" -> "just cancel it"), or the whole line."""
    marks = list(_CHANGED_MIND.finditer(text))
    if not marks:
        return text
    after = text[marks[-1].end():].strip(" ,.;")
    return after if len(after.split()) >= 2 else text


def named_person(raw: str) -> bool:
    """'Can I speak with Linda?': someone asked for by name (read on the line as said, since
    the name's capital is the sign)."""
    named = _NAMED_PERSON.search(raw or "")
    return bool(named) and named.group(0).split()[-1] not in _NOT_A_PERSON and not (
        wants_message(raw) or _has(_CONSULT, raw))


# Bad news the caller is living through: said with sympathy before anything else.
_DISTRESS = re.compile(
    r"\b(very (?:sick|ill)|dying|passed away|passed on|died|put(?:ting)? (?:him|her|them) "
    r"down(?! for| as| under| on| at| in)|put(?:ting)? (?:him|her|them|it|\w+) to sleep|"
    r"say goodbye to|euthan\w*|bereave\w*|lost (?:my|our) (?:\w+ )?(?:husband|wife|son|"
    r"daughter|mother|father|mom|dad|dog|cat|job|home)|funeral|terminal|end of (?:his|her|their) "
    r"life)\b")


def distress(text: str) -> bool:
    return _has(_DISTRESS, text)


# the caller unhappy with the business, said in so many words ("frankly I'm upset", "I sat in
# your waiting room for over an hour", "nobody has called me back", "my last visit was rushed")
_DISSATISFIED = re.compile(
    r"\b(?:i'?m|i am|i was|we'?re|we are|we were)(?: (?:really|very|so|a bit|a little|pretty|"
    r"quite|frankly|honestly|getting|kind of))* (?:upset|frustrated|annoyed|disappointed|"
    r"unhappy|not happy|not thrilled|not pleased|fed up|angry|mad)\b|"
    r"\b(?:nobody|no one|no-one)(?: has| ever| from your \w+)* (?:called|got back|gets back|"
    r"picks up|picked up|answered|showed up|returned)\b|"
    r"\b(?:waited|sat|was waiting)(?: in (?:your|the) (?:\w+ )?room)? for (?:over |more than |"
    r"almost |nearly |about )?(?:an hour|\w+ hours|\d+ minutes|forty|fifty)\b|"
    r"\b(?:was|felt|were) (?:really |so |very )?rushed\b|\bdidn'?t (?:show|turn) up\b|"
    r"\bkeep getting (?:a|the) (?:machine|voicemail|recording)\b|"
    r"\b(?:came out|turned out|it'?s) (?:all )?(?:brassy|wrong|uneven|too short|orange)\b")


def dissatisfied(text: str) -> bool:
    """The caller says they are unhappy with the business (its wait, its work, its calls)."""
    return _has(_DISSATISFIED, text)


def says_goodbye(text: str) -> bool:
    return _has(_GOODBYE, text)


# a farewell in so many words: "that's it" and "that's everything" said to a read-back confirm
# what was read ("yes, that's it"), they do not end the call
_FAREWELL = re.compile(r"(?<!say )(?<!said )(?<!saying )(?<!says )\b(?:bye|goodbye|good bye|"
                       r"have a (?:good|nice|great) (?:day|one|evening|night|afternoon)|"
                       r"good ?night(?!'?s\b| sleep| of\b| to\b)|"
                       rf"talk to you later|see you|{_HANG_UP}|{_FOREIGN_FAREWELLS})(?!\w)")


def says_farewell(text: str) -> bool:
    return _has(_FAREWELL, text)


def never_mind(text: str) -> bool:
    return _has(_NEVERMIND, text)


def asks_repeat(text: str) -> bool:
    return _has(_REPEAT, text)


def asks_what_was_said(text: str) -> bool:
    """"What was that price again?": what the receptionist said, not only its question."""
    return _has(_SAID_AGAIN, text)


def greeting(text: str) -> bool:
    return _has(_GREETING, text)


def thanks(text: str) -> bool:
    return _has(_THANKS, text)


def still_here(text: str) -> bool:
    return _has(_HERE, text)


# "not urgent", "no rush", "it can wait", "nothing's leaking": said to say it is not one
_NOT_URGENT = re.compile(
    r"\b(?:not|isn'?t|nothing|non|no)[- ](?:\w+ )?(?:urgent|an emergency|emergency)\b|"
    r"\bno (?:rush|hurry)\b|\b(?:it )?can wait\b|"
    r"\bnothing(?:'s| is) (?:leaking|overflowing|flooding|broken)\b|"
    r"\b(?:it'?s |is )?not (?:leaking|overflowing|flooding) or anything\b|"
    # said in Spanish or French: "no es urgente", "no hay fuga", "ce n'est pas urgent"
    r"\bno (?:es|está) (?:urgente|una emergencia)\b|\bno hay (?:fuga|emergencia|urgencia)\b|"
    r"\bpas (?:urgent|une urgence|d'urgence|de fuite)\b")


def says_not_urgent(text: str) -> bool:
    """The caller says it is not urgent: their word is taken over a reading of their problem."""
    return _NOT_URGENT.search(clean(text)) is not None


def without_not_urgent(text: str) -> str:
    """The line without its "not urgent", "no rush"."""
    return _NOT_URGENT.sub(" ", clean(text))


def urgent(text: str) -> bool:
    return _has(_URGENT, _NOT_URGENT.sub(" ", clean(text)))


def wants_sooner(text: str) -> bool:
    return _has(_SOONER, text)


def wants_later(text: str) -> bool:
    return _has(_LATER, text)


def injection(text: str) -> bool:
    return _has(_INJECTION, text)


def out_of_scope(text: str) -> bool:
    return _has(_OUT_OF_SCOPE, text)


# what the caller says is not happening: "nothing's flooding", "no bleeding", "it isn't leaking"
_NEGATED_SIGN = re.compile(
    r"\b(?:nothing(?:'s| is)?|no|not|isn'?t|aren'?t|wasn'?t|never)\s+(?:(?:really|actually|"
    r"currently|even|any|visibly|having|had|got|getting|a|an) ){0,3}(?:leak\w*|flood\w*|"
    r"overflow\w*|bleed\w*|swell\w*|"
    r"smok\w*|spark\w*|burst\w*|gushing|pouring|spraying|fire|collaps\w*|unconscious|"
    r"seiz\w*|convuls\w*|limp|"
    # "I feel fine, no chest pain or anything like that", "no fever, not dizzy"
    r"(?:chest |severe |bad |real )?pains?|shortness of breath|short of breath|fever\w*|"
    r"vomit\w*|dizz\w*|faint\w*|numb\w*|"
    # "there's no gas smell", "no emergency, nothing toxic"
    r"gas(?: smell\w*| odou?r)?|smell\w*(?: of gas)?|emergenc\w*|toxic|poison\w*)\b|"
    r"\b(?:don'?t|do not|can'?t|cannot|didn'?t) smell (?:any )?(?:gas|smoke|burning)\b|"
    # "she's not having trouble breathing", "no difficulty swallowing"
    r"\b(?:no|not|isn'?t|aren'?t|wasn'?t|without|never)(?: (?:having|had|got|getting|any|"
    r"really|seem(?:s|ing)? to (?:have|be having)))* (?:trouble|difficulty|problems?|issues?) "
    r"(?:with )?(?:breath\w*|swallow\w*)\b")


def denies_a_sign(text: str) -> bool:
    """The caller says a sign of an emergency is not there ("it's not leaking", "no trouble
    breathing"): the intent model, which reads the sign's word, is not taken over them."""
    return _NEGATED_SIGN.search(clean(text)) is not None


# a person in danger, whatever the trade was called for (a reaction after a hair colour, a
# client who collapses in the office): breathing, swallowing, a swelling throat or lips
# someone thinking of ending their life ("a client thinking of ending his life", "she said she
# wants to hurt herself")
_SELF_HARM = (r"suicid\w*|(?:end|ending|ended|take|taking) (?:his|her|their|my) (?:own )?life|"
              # (wanting to, not an accident: "my son hurt himself at soccer" is no crisis)
              r"(?:wants?|wanted|trying|tried|going|gonna|threaten\w*|thinking (?:about|of)|"
              r"talk\w* about|said (?:he|she|they)(?:'d| would| will|'ll| might| was going)|"
              r"'d|would|will|'ll|might) (?:to )?(?:hurt|hurting|harm|harming|kill|killing) "
              r"(?:him|her|them|my)sel(?:f|ves)|self[- ]harm\w*|(?:doesn'?t|don'?t|does not|do "
              r"not) want to (?:live|be alive|be here anymore)|better off dead")


def self_harm(text: str) -> bool:
    """Whether the caller tells of someone who may end their life or hurt themselves."""
    return re.search(rf"\b(?:{_SELF_HARM})\b", _NEGATED_SIGN.sub(" ", clean(text))) is not None


_PERSON_IN_DANGER = re.compile(
    rf"\b((?:trouble|difficulty|hard|harder|struggling|can'?t|cannot) (?:to )?(?:breath\w*|"
    rf"swallow\w*)|{_near(_SWOLLEN, r'lips?|tongue|throat', 4)}|(?:lips?|tongue|throat) "
    r"(?:is |are |feels? |feel |getting |looks? )?(?:\w+ )?(?:swollen|swelling|puffy|tight)|"
    r"unconscious|not breathing|stopped breathing|passed out|anaphyla\w*|"
    # someone thinking of ending their life, in any trade: 988 or 911
    rf"{_SELF_HARM}|"
    # the signs of a stroke, however they are put ("her speech is all slurred and one side of
    # her face looks droopy"): 911, in any trade
    rf"{_near(r'speech|talking|words', _SLURRED, 4)}|"
    rf"{_near(r'face|mouth|smile|eyelid', _DROOPING, 4)}|"
    r"one side of (?:my |his |her |their |the )?(?:face|body|mouth) (?:[\w']+ ){0,3}?(?:droop\w*|"
    r"numb|weak|sagg\w*|fallen|dead|paralys\w*)|"
    r"(?:suddenly |sudden )(?:can'?t|cannot|couldn'?t) (?:speak|talk|see|walk|move (?:his|her|my) "
    r"\w+))\b")


# water reaching something electrical: the home-services template's own warning is owed
_POWER = (r"outlets?|plugs?|sockets?|power points?|electric\w*|wires?|wiring|(?:breaker|fuse|"
          r"electrical) (?:panel|box)|panel|breakers?|extension cords?|switch(?:es)?")
_WATER_NEAR_POWER = re.compile(
    _near(r"water|wet|flood\w*|leak\w*|dripping|puddles?", _POWER, 7))
_NOT_NEAR = re.compile(r"\b(?:not|nowhere|isn'?t|aren'?t|no) (?:near|close to|by|touching|"
                       r"reach(?:ed|ing)?)\b|\baway from\b")


def water_near_power(text: str) -> bool:
    """'the water go near the plug in the wall', 'water dripping onto the electrical panel':
    water reaching something electrical (not said to be away from it)."""
    said = clean(text)
    return bool(_WATER_NEAR_POWER.search(said)) and not _NOT_NEAR.search(said)


_NOW_HAPPENING = re.compile(r"\b(?:right now|happening now|it'?s happening|as we speak|getting "
                            r"worse|worse now|now it'?s|just now|suddenly|all of a sudden)\b")


# the trouble goes on and what the safety line said cannot be done: "I can't find the
# shut-off", "the water's still coming", "the bleeding won't stop"
_NOT_MADE_SAFE = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to|don'?t know (?:how to|where)) (?:find|"
    r"reach|turn|shut|get to|locate|stop|open|get (?:it|him|her|them) to)\b|"
    r"\b(?:still|keeps?|won'?t stop|not stopping|isn'?t stopping) (?:coming|pouring|gushing|"
    r"leaking|running|spraying|flooding|rising|bleeding|smoking|sparking)\b|"
    r"\bwon'?t (?:stop|shut off|turn off)\b|\b(?:it'?s|is|are) still (?:coming|pouring|"
    r"gushing|leaking|running|spraying|bleeding|rising)\b")


def not_made_safe(text: str) -> bool:
    """The danger goes on: the caller cannot do what the safety line said, or it is not
    stopping ("I can't find the shut-off valve", "it won't stop bleeding")."""
    return bool(_NOT_MADE_SAFE.search(clean(text)))


def happening_now(text: str) -> bool:
    """'it's happening right now', 'it's getting worse': the trouble is under way as they speak."""
    return bool(_NOW_HAPPENING.search(clean(text)))


def emergency(profession: str, text: str) -> bool:
    said = _NEGATED_SIGN.sub(" ", clean(text))
    pattern = _EMERGENCY.get(profession)
    return bool(pattern and re.search(pattern, said)) or bool(_PERSON_IN_DANGER.search(said))


def other_language(text: str) -> str | None:
    """The language code of a caller who is not speaking English, or who asks for another
    language in English; None for English."""
    t = fold(text)
    for code, script in _SCRIPTS.items():
        if len(re.findall(script, t)) >= 2:
            return code
    asked = _ASKS_LANGUAGE.search(t)
    if asked:
        return _LANGUAGE_NAMES.get(asked.group(1), "other")
    for code, pattern in _ASKED_IN_IT.items():
        if pattern.search(t):
            return code  # "¿Hablan español?": asked for in the language itself
    # an English caller's "Um, ..." is no Portuguese ("um" is its "a"): a sound said between
    # pauses, not a word ("tenho um problema" keeps its "um")
    t = _FILLER_SOUND.sub(" ", t)
    tokens = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", t)  # "días" is one word, not "d" "as"
    if not tokens:
        return None
    plain = [strip_accents(w) for w in tokens]
    english = sum(w in _ENGLISH_HINTS for w in tokens)
    best, best_hits = None, 0
    for code, vocab in LANGUAGE_WORDS.items():
        folded = {strip_accents(v) for v in vocab}
        hits = sum(w in vocab or p in folded for w, p in zip(tokens, plain, strict=True))
        if hits > best_hits:
            best, best_hits = code, hits
    if best and best_hits >= 2 and best_hits > english and (best_hits * 2 >= len(tokens) or (
            # a longer line: its language's common words, several times its English ones
            best_hits >= 5 and best_hits >= 3 * max(english, 1) and best_hits * 3 >= len(tokens))):
        return best
    if len(_FOREIGN_LETTERS.findall(text.lower())) >= 2 and english * 4 < len(tokens):
        return best or "other"
    return None


# Talk about the call's own line, not about what the caller wants: checking the caller is heard
# ("Hello? Can you hear me?"), saying the line cut out ("Sorry, you broke up there"), and where
# they are that makes it hard ("I'm in the car", "I'm at work so I can't talk long"). Read clause
# by clause, so what else the sentence says is kept.
_OPENERS = r"(?:(?:hi|hello|hey|oh|okay|ok|good|sorry|yeah|yes|great|alright|all right|um|uh|so|" \
           r"and|but|now|there)[,.!?\s]+)*"
_HEAR_CHECK = re.compile(
    _OPENERS + r"(?:(?:hello|hi|hey)(?:\?+\s*(?:hello|hi)?)*\?+|(?:can|could|do) you (?:still )?"
    r"hear me(?: (?:now|okay|ok|alright|all right|there|at all|clearly|well|better|properly))?|"
    r"are you (?:still )?there|is (?:anyone|anybody|someone|somebody) there|you there|"
    r"(?:oh )?(?:good|great|okay),? you can hear me(?: now)?|you can hear me(?: now| okay| ok)?|"
    r"i can hear you(?: now)?|(?:is )?(?:this|that|it) better(?: now)?|(?:i think )?(?:it'?s|"
    r"that'?s|this is|the line'?s|the line is) (?:better|clearer|quieter)(?: now)?|(?:the "
    r"line'?s|the line is|it'?s|that'?s) (?:okay|ok|fine) now|"
    r"(?:i'?m|i am) back(?: now)?(?: inside)?(?: now)?|(?:it'?s|that'?s) (?:much )?(?:better|"
    r"quieter)(?: now)?|testing)[\s,.!?]*$")
_CUT_OUT = re.compile(
    _OPENERS + r"(?:you|it|the line|the call|the signal|the connection|your voice)?(?:'re| are|"
    r" were| was| just| kind of| kinda)? ?(?:cut|cutting|broke|breaking|went|going) (?:out|up)"
    r"(?: (?:there|a bit|a little|again|on me|for a second|for a sec))*[\s,.!?]*$")
# the caller asks the receptionist to wait a moment, or is pulled away by someone beside them
# ("give me a second to pull over", "hang on, let me grab a pen", "my husband's asking me
# something"): nothing to answer but "take your time"
_WAIT = re.compile(
    _OPENERS + r"(?:(?:(?:can|could) you (?:please |just )?)?(?:hold|hang) on(?: (?:a|one|just "
    r"a) (?:sec|second|moment|minute))?|"
    r"(?:one|a|just a|half a) (?:sec|second|moment|minute)(?: please)?|"
    r"(?:give|gimme) me (?:a|one|just a|half a) (?:sec|second|moment|minute)|wait a (?:sec|"
    r"second|moment|minute)|bear with me|let me (?:just )?(?:grab|get|find) (?:a pen|a pencil|"
    r"something to write(?: with| on)?|a piece of paper|my (?:calendar|diary|card|wallet|"
    r"glasses|insurance card|planner))|(?:let me|i need to|i have to|i'?ll|i'?m going to) "
    r"pull over|(?:sorry,? )?(?:someone|somebody|my \w+|the \w+)(?:'s| is) (?:at the door|"
    r"talking to me|asking me (?:something|a question)|calling me|crying|barking))"
    r"(?: (?:to|so|while) (?:i |we )?(?:pull over|park|grab a pen|get a pen|find a pen|write "
    r"(?:it|this|that) down|get (?:my|a) \w+(?: \w+)?))?(?: please)?[\s,.!?]*$")
_ONLY_OPENERS = re.compile(_OPENERS + r"[\s,.!?]*$")
_SETTING = re.compile(
    _OPENERS + r"(?:(?:i'?m|i am|we'?re|we are) (?:(?:on|in) (?:a |my )?(?:bad|terrible|weak|"
    r"poor|spotty|crappy) (?:line|connection|signal|reception)|(?:still )?(?:at work|driving|"
    r"in the car|in my car|(?:just )?getting (?:into|in) (?:my|the) car|in a parking "
    r"(?:garage|lot)|on the road|on the highway|on my (?:cell|"
    r"cellphone|mobile|break|lunch break|lunch)|outside|out walking (?:the|my) dog|walking "
    r"(?:the|my) dog|in a tunnel|going into a tunnel|on the train|on the bus|at the store)"
    r"(?: (?:right now|now|at the moment|at the minute|in (?:a|the) [\w-]+(?: [\w-]+)?|on my "
    r"(?:cell|phone|mobile)|with (?:him|her|the dog|my dog|the kids)))*)|(?:the )?(?:line|"
    r"connection|signal|reception) (?:is|was|'s) (?:bad|terrible|weak|poor|spotty|crappy)"
    r"(?: here)?|(?:so )?(?:tell|let) me (?:know )?if (?:i|you) (?:cut|break) (?:out|up)|"
    r"(?:you'?re|you are|i'?ve got you|i have you|i'?m|i am) on (?:the )?speaker(?: ?phone)?|"
    r"(?:i'?m |i am )?calling (?:you )?from (?:the road|the car|my car|the highway|work|my "
    r"work|the office|my cell|a cell|my mobile)|so i(?:'m| am) keeping my voice down|"
    r"(?:so )?i (?:can'?t|cannot) (?:really )?talk"
    r"(?: long| much| loud| loudly| right now)?)[\s,.!?]*$")


def line_talk(raw: str) -> tuple[str, str]:
    """The caller's line without its talk about the call's line, and what that talk was: "hear"
    (checking they are heard), "cut" (the line cut out, so what was said is asked again),
    "wait" (asked to wait a moment), "setting" (only where they are), or "" when there was
    none."""
    kept: list[str] = []
    kind = ""
    for sentence in re.split(r"(?<=[.!?])\s+", (raw or "").strip()):
        clauses = re.split(r"(?<=[,;])\s+|\s+(?=so (?:i|tell|let)\b)|\.\.\.\s*", sentence,
                           flags=re.IGNORECASE)
        rest: list[str] = []
        for clause in clauses:
            said = fold(clause).strip(" ,;")
            said = re.sub(r"[\u2014\u2013]", " ", said).strip()
            if not said:
                continue
            if _CUT_OUT.match(said):
                kind = "cut"
            elif _WAIT.match(said):
                kind = "wait" if kind != "cut" else kind
            elif _HEAR_CHECK.match(said):
                kind = "hear" if kind not in ("cut", "wait") else kind
            elif _SETTING.match(said):
                kind = kind or "setting"
            else:
                rest.append(clause)
        if rest:
            kept.append(" ".join(rest).strip())
    if kind:
        # what is left of a sentence once its line talk is gone: "Sorry," "Okay, good."
        kept = [x for x in kept if not _ONLY_OPENERS.match(fold(x).strip())]
    if not kind:
        return raw, ""
    return " ".join(kept).strip(), kind


# a call from the business the caller is returning or asking about
_CALLED_BY_YOU = re.compile(
    r"\b(?:(?:have|had|got|saw|see) a missed call|missed (?:a |your |the )?call from|(?:you|"
    r"someone|somebody|your office) (?:called|rang|phoned|tried to (?:call|reach)) (?:me|us|my|"
    r"our)|got a "
    r"(?:call|voicemail|message) from (?:you|your office|this number|someone there)|returning "
    r"(?:a|your|the|the \w+'s|dr\.? \w+'s) (?:phone )?call|"
    # "the vet left me a voicemail about Milo's bloodwork"
    r"(?:you|someone|somebody|the \w+|your \w+|dr\.? \w+) (?:left|sent) (?:me|us) a (?:voicemail|"
    r"voice mail|message|text))\b")
# a staff member's own number asked for ("her personal cell", "the doctor's private number")
_PRIVATE_NUMBER = re.compile(
    # (asked for, "give me her cell", never given: "can I give you his cell for the call back?")
    r"\b(?:(?:give|share|pass|send|tell) (?:me|us)|(?:you|you guys) (?:have|know)|get|what'?s|"
    r"what is)\b(?: [\w'.-]+){0,5}? (?:(?:personal|"
    r"private|own|direct|home) (?:cell|cellphone|mobile|phone|number|line|email)|(?:his|her|"
    r"their) (?:cell|cellphone|mobile)(?: phone)?(?: number)?)\b")


def called_by_the_business(text: str) -> bool:
    """"I have a missed call from this number", "I'm returning the vet's call": the caller was
    called by the business (who and why is the team's to say, never guessed)."""
    return _CALLED_BY_YOU.search(clean(text)) is not None


# what the call was about already said ("the vet left me a voicemail about Milo's bloodwork"),
# not asked ("do you know who called me, or what it was about?")
_CALL_ABOUT_SAID = re.compile(r"\b(?:about|regarding|returning)\b")
_WHO_CALLED_ASKED = re.compile(r"\b(?:who|why|what (?:it|that) was)\b")


def knows_why_they_were_called(text: str) -> bool:
    """"I'm returning Doctor Lee's call about my results": a caller called back by the business
    who says what it was about (and is not asking who called or why)."""
    said = clean(text)
    return bool(_CALL_ABOUT_SAID.search(said)) and not _WHO_CALLED_ASKED.search(said)


def asks_private_number(text: str) -> bool:
    """"Could you give me Doctor Alvarez's personal cell?": a staff member's own number asked
    for, which is never given out."""
    return _PRIVATE_NUMBER.search(clean(text)) is not None


# a promise asked of whoever answers ("can you promise me it'll be ready by five?", "can you
# guarantee they'll be there by noon?"): only the team can make it
_A_PROMISE = re.compile(r"\b(?:can|could|will|would) you (?:\w+ )?(?:promise|guarantee)(?: me| us)?"
                        r"\b(?! (?:the |your )?(?:work|workmanship|repairs?|parts|price)\b)")


def asks_a_promise(text: str) -> bool:
    """Whether the caller asks the receptionist to promise something (a time, a result)."""
    return _A_PROMISE.search(clean(text)) is not None


# a further booking asked for while one is being made, for after it ("can I get a flu shot for
# myself too, right after his?", "then my blowout right after hers", "and book my husband in
# as well"): booked next, once this one is written
_KIN = (r"(?:son|daughter|kid|child|boy|girl|husband|wife|partner|mom|mother|dad|father|"
        r"brother|sister|grandson|granddaughter|friend)")
_ANOTHER_BOOKING = re.compile(
    rf"\b(?:right|straight|just|directly|immediately) after (?:his|hers|theirs|him|her|them|me|"
    rf"mine|that one|the first(?: one)?|(?:my|his|her|our) {_KIN}(?:'s)?)(?! (?:school|work|"
    rf"lunch|class|practice|shift|appointment with)\b)"
    r"|\b(?:another|a second|one more|a separate) (?:one|appointment|booking|slot|visit|spot) "
    r"for\b"
    rf"|\bfor (?:me|myself|him|her|them|my {_KIN}|his {_KIN}|her {_KIN})(?: \w+){{0,2}}? "
    r"(?:too|as well)\b"
    r"|\balso (?:book|schedule|get|put|fit|squeeze|add) (?:in )?(?:me|myself|him|her|them|"
    rf"my {_KIN}|one|another)\b"
    rf"|\b(?:book|schedule|put|fit|squeeze) (?:me|myself|him|her|them|my {_KIN})(?: in)? "
    r"(?:too|as well)\b")
# (not a second booking: the one being made, moved "instead")
_INSTEAD = re.compile(r"\b(?:instead|rather than|change (?:it|that)|move (?:it|that))\b")
# both bookings asked for at once ("yes, please book both", "book them both", "both of them")
_BOOK_BOTH = re.compile(r"\b(?:book|do|schedule|confirm|make|put in|lock in) (?:them |those |"
                        r"these |us )?(?:both|all|the two)\b|\bboth (?:of them|of those|"
                        r"appointments|bookings|please|are (?:fine|good|right|correct))\b|"
                        r"\bbook (?:them|those|these|us)(?: in)?\b")


# a time that suits someone ("Thursday works for me too"): no booking for them
_SUITS_THEM = re.compile(r"\b(?:works?|fine|good|okay|ok|great|perfect|suits?|convenient|better|"
                         r"easier|best|easy) for (?:me|myself|us|him|her|them)\b")


def another_booking(text: str) -> bool:
    """Whether a sentence asks for a further booking beside the one being made (for someone
    else, or for the caller after someone else's), not a change to it."""
    said = _SUITS_THEM.sub(" ", clean(text))
    return _ANOTHER_BOOKING.search(said) is not None and _INSTEAD.search(said) is None


def books_both(text: str) -> bool:
    """Whether a go-ahead asks for both (all) the bookings described, not only the one read
    back ("Yes, Ava at ten and Claire at eleven, please book both")."""
    return _BOOK_BOTH.search(clean(text)) is not None
