"""Tell the receptionist's synthesised speech from a recording: look for its watermark in a WAV.

Prints one line (score, verdict, seconds of sound analysed) and exits 0 when the file carries the
mark of one of the configured WATERMARK_KEY keys, 1 when it does not, 2 when the file cannot be
read or holds too little speech to judge (one line saying why, on stderr).
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from voice.watermark import THRESHOLD, UnreadableAudio, watermark_detect, wav_read

MAX_BYTES = 200 * 1024 * 1024  # about 20 minutes of 48 kHz 16-bit stereo


class Command(BaseCommand):
    help = ("Look for the receptionist's watermark in a WAV file. Exit status: 0 marked, "
            "1 not marked, 2 unreadable.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("wav", help="the WAV file (any rate, PCM, float or G.711)")

    def handle(self, *args, **o) -> None:
        path = Path(o["wav"])
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise UnreadableAudio(f"the file is {size / 1024 / 1024:.0f} MB; the limit is "
                                      f"{MAX_BYTES // (1024 * 1024)} MB (cut it shorter)")
            samples, rate = wav_read(path.read_bytes())
            found = watermark_detect(samples, rate, keys=settings.WATERMARK_KEYS)
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file", returncode=2) from None
        except IsADirectoryError:
            raise CommandError(f"{path}: is a directory, not a WAV file", returncode=2) from None
        except OSError as exc:
            raise CommandError(f"{path}: cannot be read ({exc.strerror})", returncode=2) from None
        except UnreadableAudio as exc:
            raise CommandError(f"{path}: {exc}", returncode=2) from None
        self.stdout.write(f"score={found.score:.2f} verdict={found.verdict} "
                          f"threshold={THRESHOLD} seconds={found.seconds:.1f}")
        if not found.marked:
            sys.exit(1)
