"""Is a caller in another language recognised, and what does the check cost?

Takes: about 1 minute on 2 cores, every run (no data kept); --quick (one line per language)
about 20 s (35 s the first time, while the models' files come into the page cache).

Run from the repo root: ``.venv/bin/python bench/language_id.py [--quick]``. Callers are
synthesised at run time: 8 receptionist lines each in Spanish, French and German (espeak-ng
voices) and in English (espeak-ng en-us, the shipped Piper voice, which is closer to a person,
and English with an accent: two of the shipped Kokoro voices, Japanese speakers, reading
English), each sent through the modelled phone line (300-3400 Hz, 8 kHz, mu-law) into
``WhisperSTT.recognize`` as a call's first utterance, with language identification on (tiny.en,
checked by whisper base). The lines are not the ones the thresholds in voice/stt/whisper.py were
chosen on.

An utterance counts as right when an English caller's transcript says "en" and another
language's says anything else. Prints one row per utterance, then ``RESULT name=value`` lines:

- ``language_id_accuracy``: right / all utterances.
- ``language_id_english_kept``: of the English utterances, the share kept as English (a caller
  taken for another language is handed off in it: the worst mistake for an accented caller).
- ``language_id_named``: of the non-English utterances, the share tagged with their own language.
- ``language_id_ms_p50``: the check itself (base's language probabilities on the utterance), the
  median over every utterance; what an utterance tiny.en is unsure of pays on top of tiny.en.
- ``language_id_checked_english``: the share of English utterances tiny.en was unsure of (those
  pay the check; the others pay nothing).
- ``recognize_ms_p50_english`` / ``recognize_ms_p50_other``: a whole recognize call; the other
  languages also pay base's transcript in their language.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from _common import bench_parser, bench_start, quick, result  # noqa: E402

from tests.voice import audio  # noqa: E402
from voice import assets  # noqa: E402
from voice.stt.whisper import (  # noqa: E402
    SAMPLE_RATE,
    WhisperSTT,
    buffer_to_16k,
    language_probabilities,
    transcribe_short,
    unsure,
)

LINES: dict[str, list[str]] = {
    "es": [
        "Buenas tardes, llamo para pedir una cita con el doctor.",
        "Perdone, ¿usted habla español?",
        "Mi hijo tiene fiebre desde ayer y quiero que lo vean.",
        "¿Cuánto cuesta una limpieza dental?",
        "Quiero cambiar mi cita para el jueves por la tarde.",
        "¿Dónde está la clínica? No encuentro la dirección.",
        "Por favor, que alguien me llame a este número.",
        "Tengo una emergencia, me sangra la encía.",
    ],
    "fr": [
        "Bonsoir, j'appelle pour prendre un rendez-vous avec le docteur.",
        "Excusez-moi, est-ce que quelqu'un parle français?",
        "Mon fils a de la fièvre depuis hier, je voudrais qu'il soit vu.",
        "Combien coûte un détartrage?",
        "Je voudrais déplacer mon rendez-vous à jeudi après-midi.",
        "Où se trouve le cabinet? Je ne trouve pas l'adresse.",
        "S'il vous plaît, demandez à quelqu'un de me rappeler.",
        "C'est urgent, ma gencive saigne beaucoup.",
    ],
    "de": [
        "Guten Abend, ich rufe an, um einen Termin beim Arzt zu machen.",
        "Entschuldigung, spricht hier jemand Deutsch?",
        "Mein Sohn hat seit gestern Fieber und ich möchte, dass er untersucht wird.",
        "Wie viel kostet eine Zahnreinigung?",
        "Ich möchte meinen Termin auf Donnerstagnachmittag verschieben.",
        "Wo ist die Praxis? Ich finde die Adresse nicht.",
        "Bitte rufen Sie mich unter dieser Nummer zurück.",
        "Es ist ein Notfall, mein Zahnfleisch blutet.",
    ],
    "en": [
        "Good afternoon, I'm calling to make an appointment with the doctor.",
        "Sorry, is this the right number for the dental office?",
        "My son has had a fever since yesterday and I'd like him to be seen.",
        "How much does a cleaning cost?",
        "I'd like to move my appointment to Thursday afternoon.",
        "Where is the clinic? I can't find the address.",
        "Please have someone call me back at this number.",
        "It's an emergency, my gums are bleeding.",
    ],
}
KOKORO_ENGLISH = ("jf_alpha", "jm_kumo")  # English said with an accent
ESPEAK_VOICES = {"es": "es", "fr": "fr", "de": "de", "en": "en-us"}


def callers() -> list[tuple[str, str, str, np.ndarray]]:
    """(language, voice, line, 8 kHz phone-line audio) for every line (the first of each
    language in quick mode)."""
    out = []
    for language, lines in LINES.items():
        for text in lines[:1] if quick() else lines:
            speech, rate = audio.espeak_speech(text, voice=ESPEAK_VOICES[language])
            out.append((language, "espeak", text, audio.phone_line(speech, rate)))
            if language == "en":
                speech, rate = audio.piper_speech(text)
                out.append((language, "piper", text, audio.phone_line(speech, rate)))
                # English with an accent: Kokoro's shipped voices are Japanese speakers
                for voice in KOKORO_ENGLISH:
                    speech, rate = assets.load_kokoro().create(text, voice=voice, lang="en-us")
                    out.append((language, voice, text,
                                audio.phone_line(np.asarray(speech, dtype=np.float32), rate)))
    # padded as the call's VAD pads an utterance (voice/vad.py: 0.5 s before, 0.3 s of quiet after)
    return [(lang, voice, text, audio.with_silence(line, audio.PHONE_RATE, lead=0.5, tail=0.3))
            for lang, voice, text, line in out]


async def main() -> None:
    print("synthesising callers and loading whisper tiny.en + base ...", flush=True)
    calls = callers()
    await WhisperSTT(language_id_model="base").warm()
    tiny, base = assets.load_whisper("tiny.en"), assets.load_whisper("base")

    rows = []
    for i, (language, voice, _text, line) in enumerate(calls, start=1):
        frames = audio.to_frames(line, audio.PHONE_RATE)
        engine = WhisperSTT(language_id_model="base")  # a new call: its first utterance
        started = time.perf_counter()
        event = await engine.recognize(frames)
        recognize_ms = (time.perf_counter() - started) * 1000
        heard = event.alternatives[0]
        samples = buffer_to_16k(frames)
        started = time.perf_counter()
        probabilities = language_probabilities(base, samples)
        check_ms = (time.perf_counter() - started) * 1000
        checked = unsure(transcribe_short(tiny, samples, language="en", min_window=10.0))
        said = str(heard.language)
        right = (said == "en") == (language == "en")
        top = ", ".join(f"{k} {p:.2f}" for k, p in list(probabilities.items())[:2])
        rows.append((language, said, right, recognize_ms, check_ms, checked,
                     len(samples) / SAMPLE_RATE))
        print(f"{i:2d}/{len(calls)} {language} {voice:8s} -> {said:3s} {'ok ' if right else 'BAD'}"
              f" {'checked' if checked else 'trusted'} recognize {recognize_ms:5.0f} ms, "
              f"check {check_ms:4.0f} ms [{top}] {heard.text[:50]!r}", flush=True)

    other = [r for r in rows if r[0] != "en"]
    english = [r for r in rows if r[0] == "en"]
    for language in LINES:
        mine = [r for r in rows if r[0] == language]
        print(f"{language}: {sum(r[2] for r in mine)}/{len(mine)} right")
    result("language_id_accuracy", f"{sum(r[2] for r in rows) / len(rows):.3f}")
    result("language_id_english_kept", f"{sum(r[2] for r in english) / len(english):.3f}")
    result("language_id_named", f"{sum(r[1] == r[0] for r in other) / len(other):.3f}")
    result("language_id_ms_p50", f"{statistics.median(r[4] for r in rows):.0f}")
    result("language_id_checked_english", f"{sum(r[5] for r in english) / len(english):.3f}")
    result("recognize_ms_p50_english", f"{statistics.median(r[3] for r in english):.0f}")
    result("recognize_ms_p50_other", f"{statistics.median(r[3] for r in other):.0f}")
    result("utterance_s_p50", f"{statistics.median(r[6] for r in rows):.1f}")


if __name__ == "__main__":
    bench_start(bench_parser(__doc__))
    asyncio.run(main())
