"""The receptionist's fixed sentences: short, spoken, and the same whatever model is behind it."""

from __future__ import annotations

from datetime import date

from agent_worker.flows.when import day_phrase
from calls.appointments import Slot, spoken_clock

HOW_CAN_I_HELP = "How can I help you today?"
ANYTHING_ELSE = "Is there anything else I can help you with?"
ASK_TIME = "What day and time would work best for you?"
ASK_NAME = "May I have your full name, please?"
ASK_NUMBER = "What's the best number to reach you, including the area code?"
ASK_REASON = "What would you like me to tell the team?"
NAME_NOT_GIVEN = "(name not given)"  # a message taken without the caller's name
STILL_THERE = "Are you still there?"
NOT_CAUGHT = "Sorry, I didn't catch that. Could you say it again?"
INJECTION = ("I'm sorry, I can't share that. I can help you book an appointment, answer "
             "questions about {business}, or take a message for the team.")
# the same refusal once the caller has heard what else the receptionist can do
INJECTION_AGAIN = "I'm sorry, I can't share that."
OUT_OF_SCOPE = ("I'm sorry, I can't help with that. I'm the receptionist for {business}, so I "
                "can book appointments, answer questions about us, or take a message.")
TRANSFER_NOW = "Of course. I'll put you through to the team now, please hold."
GOODBYE = "Thank you for calling {business}. Goodbye!"
# a question beside a request that the business's information does not answer
QUESTION_PASSED_ON = ("I don't have that information here, so I'll pass your question on to the "
                      "team.")
# the home-services template's warning for water near outlets or the electrical panel
WATER_NEAR_POWER = ("Please stay out of the water near anything electrical, and if there's "
                    "sparking or a burning smell, call 911.")
SAFE_FALLBACK = ("I'm not sure about that, but I can take a message and have someone from the "
                 "team call you back.")
# Said instead of a model reply the guard dropped (flows.llm_guard): the receptionist can always
# take a message, and put the caller through when someone can take the call.
TAKE_MESSAGE = "I can take a message for the team and have someone call you back."
PUT_THROUGH = "I can put you through to someone on the team."
NOT_SURE_PUT_THROUGH = "I'm not sure about that, but I can put you through to someone on the team."
WOULD_YOU = "Would you like me to do that?"
# Said while a slow open-turn answer is coming (agent_worker/open_turns.py), in turn.
BRIDGES = ("One moment.", "Let me check.", "Just a second.")
INSTEAD_OF_MODEL = (SAFE_FALLBACK, TAKE_MESSAGE, PUT_THROUGH, NOT_SURE_PUT_THROUGH, WOULD_YOU)

# A caller we cannot serve in their language hears, in it, what we can do, then the same in
# English (the voices and speech recognition here are English).
HANDOFF = {
    "es": ("Lo siento, solo puedo atenderle en inglés. Si me deja su nombre y su número, alguien "
           "del equipo le devolverá la llamada."),
    "fr": ("Je suis désolé, je ne peux vous aider qu'en anglais. Si vous me laissez votre nom et "
           "votre numéro, quelqu'un de l'équipe vous rappellera."),
    "de": ("Es tut mir leid, ich kann Ihnen nur auf Englisch helfen. Wenn Sie mir Ihren Namen und "
           "Ihre Nummer nennen, ruft Sie jemand aus dem Team zurück."),
    "pt": ("Desculpe, só posso ajudar em inglês. Se me deixar o seu nome e número, alguém da "
           "equipe vai retornar a ligação."),
    "it": ("Mi dispiace, posso aiutarla solo in inglese. Se mi lascia il suo nome e il suo "
           "numero, qualcuno del team la richiamerà."),
    "ru": ("Извините, я могу помочь только на английском. Если вы оставите своё имя и номер, "
           "кто-нибудь из нашей команды вам перезвонит."),
    "tl": ("Paumanhin po, sa Ingles lang po ako makakatulong. Kung iiwan po ninyo ang inyong "
           "pangalan at numero, tatawagan kayo ng isa sa aming team."),
}
HANDOFF_TRANSFER = {
    "es": "Un momento, le paso con alguien del equipo.",
    "fr": "Un instant, je vous passe quelqu'un de l'équipe.",
    "de": "Einen Moment, ich verbinde Sie mit jemandem aus dem Team.",
    "pt": "Um momento, vou transferir para alguém da equipe.",
    "it": "Un momento, la passo a qualcuno del team.",
    "ru": "Одну минуту, я соединю вас с кем-нибудь из нашей команды.",
    "tl": "Sandali lang po, ikokonekta ko kayo sa isa sa aming team.",
}
LANGUAGE_NAMES = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
                  "it": "Italian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
                  "ar": "Arabic", "ru": "Russian", "hi": "Hindi", "pl": "Polish",
                  "vi": "Vietnamese", "tl": "Tagalog", "other": "another language"}


def slot_phrase(slot: Slot, today: date) -> str:
    """'today at 10 AM', 'tomorrow at 2:30 PM', 'Thursday, March 12th at 9 AM'."""
    local = slot.local_start
    return f"{day_phrase(local.date(), today)} at {spoken_clock(local.time())}"


def offer_text(slots: list[Slot], today: date) -> str:
    if len(slots) == 1:
        return f"I have {slot_phrase(slots[0], today)}. Would that work for you?"
    first, second = slots[0].local_start, slots[1].local_start
    if first.date() == second.date():
        times = " or ".join(spoken_clock(s.local_start.time()) for s in slots)
        return f"I have {day_phrase(first.date(), today)} at {times}. Which would you prefer?"
    return (f"I have {slot_phrase(slots[0], today)} or {slot_phrase(slots[1], today)}. "
            "Which would you prefer?")


def first_name(name: str) -> str:
    return name.split()[0] if name and name != NAME_NOT_GIVEN else ""


def booking_notes(notes: str) -> str:
    """The owner's booking instructions ("bring your insurance card") as one spoken sentence,
    said once a booking is made; empty when there are none."""
    text = " ".join((notes or "").split())
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?" else f"{text}."


def instead_of_model(*, transfer: bool, pending: bool, refused: bool) -> str:
    """What the caller hears when the model's reply was dropped: an offer to take a message, or
    to put them through when a transfer is possible now; no "I'm not sure" when the model had
    refused an ordinary request. With a question of the flow still to come (`pending`), a
    statement only, so the caller is not asked two things at once."""
    if pending:
        return SAFE_FALLBACK
    if transfer:
        offer = PUT_THROUGH if refused else NOT_SURE_PUT_THROUGH
    else:
        offer = TAKE_MESSAGE if refused else SAFE_FALLBACK
    return f"{offer} {WOULD_YOU}"

# said again when the caller's answer was not caught (agent_worker/flows/engine.py)
NAME_AGAIN = "Sorry, I didn't catch your name. Could you say your first and last name?"
NUMBER_AGAIN = ("Sorry, I didn't catch a full phone number. Could you say it again, with the area "
                "code?")
TIME_AGAIN = ("Sorry, I didn't catch that. Which day and time would suit you? For example, "
              "tomorrow morning or Friday at 2.")
OFFER_MESSAGE = "Would you like me to take a message so someone can call you back?"
TROUBLE_UNDERSTANDING = f"I'm sorry, I'm having trouble understanding. {OFFER_MESSAGE}"
