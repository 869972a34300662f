"""Forms of the receptionist settings pages. Each turns what the owner typed into the values
`receptionist_config_update` (or a tenants service) stores, and refuses what would break a call."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.conf import settings

from frontdesk.models import ReceptionistConfig
from frontdesk.templating import PLACEHOLDERS, TemplateError, template_check
from tenants.business_hours import DAY_NAMES, DAYS
from tenants.forms import timezone_choices
from voice.factory import VoiceAssistantFactory

ADDRESS_MAX = ReceptionistConfig._meta.get_field("address").max_length


def greeting_check(text: str) -> None:
    """ValidationError unless every brace in `text` is one of the placeholders the call
    configuration fills in, written exactly (no format specs, conversions or attributes)."""
    try:
        template_check(text, allowed=PLACEHOLDERS)
    except TemplateError as exc:
        raise forms.ValidationError(str(exc)) from None


class GreetingForm(forms.Form):
    greeting = forms.CharField(
        required=False, max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The first thing callers hear. Leave empty to use your trade's greeting. "
                  "{business_name} is replaced by your business's name; {hours}, {services}, "
                  "{faq} and {transfer_number} work the same way. Nothing else in braces does.")

    address = forms.CharField(
        required=False, label="Address",
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": ADDRESS_MAX,
                                     "autocomplete": "street-address",
                                     "placeholder": "120 Main Street, Suite 4, Oakland, CA 94612"}),
        help_text="Read to callers who ask where you are. Empty: the receptionist says it doesn't "
                  "have the address and offers to take a message; it never guesses one.")
    directions = forms.CharField(
        required=False, label="Directions",
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": ADDRESS_MAX,
                                     "placeholder": "Free parking behind the building; the "
                                                    "entrance is on Maple Street."}),
        help_text="Optional: parking, the entrance, a landmark. Read after the address.")

    def clean_greeting(self) -> str:
        text = " ".join(self.cleaned_data["greeting"].split())
        greeting_check(text)
        return text

    def clean_address(self) -> str:
        # one line per part of the address, as people type it, becomes one spoken line
        parts = (" ".join(line.split()).strip(" ,;") for line in
                 self.cleaned_data["address"].splitlines())
        return _at_most(", ".join(p for p in parts if p), "address")

    def clean_directions(self) -> str:
        lines = [" ".join(line.split()) for line in self.cleaned_data["directions"].splitlines()]
        lines = [line if line[-1] in ".!?;:," else f"{line}." for line in lines if line]
        return _at_most(" ".join(lines), "directions")


def _at_most(text: str, what: str) -> str:
    if len(text) > ADDRESS_MAX:
        raise forms.ValidationError(
            f"Keep the {what} to {ADDRESS_MAX} characters (this is {len(text)}); callers hear it "
            "read aloud.")
    return text


class _RowForm(forms.Form):
    """A row is judged by what was submitted, not by the row the page showed at that position,
    so a list edited in another tab meanwhile cannot turn a blank row into a required one."""

    def has_changed(self) -> bool:
        return any(str(self.data.get(self.add_prefix(name), "")).strip()
                   for name in self.fields if name != "DELETE")


class ServiceForm(_RowForm):
    name = forms.CharField(max_length=120, label="Service")
    price_usd = forms.DecimalField(
        required=False, min_value=Decimal("0"), max_value=Decimal("1000000"), decimal_places=2,
        label="Price (USD)",
        widget=forms.NumberInput(attrs={"step": "0.01", "placeholder": "on request"}))
    duration_minutes = forms.IntegerField(
        required=False, min_value=5, max_value=24 * 60, label="Minutes",
        widget=forms.NumberInput(attrs={"placeholder": "usual"}))

    def as_item(self) -> dict:
        data = self.cleaned_data
        item: dict = {"name": data["name"].strip(),
                      "price_usd": float(data["price_usd"]) if data["price_usd"] is not None
                      else None}
        if data.get("duration_minutes"):
            item["duration_minutes"] = data["duration_minutes"]
        return item


class FaqForm(_RowForm):
    question = forms.CharField(max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
    answer = forms.CharField(max_length=1500, widget=forms.Textarea(attrs={"rows": 2}))

    def as_item(self) -> dict:
        return {"question": " ".join(self.cleaned_data["question"].split()),
                "answer": " ".join(self.cleaned_data["answer"].split())}


class _RowsFormSet(forms.BaseFormSet):
    """Rows the owner can add and remove; a row left blank is ignored, a duplicate refused."""

    key = "name"

    def get_form_kwargs(self, index: int | None) -> dict:
        return {"empty_permitted": True, "use_required_attribute": False}

    def items(self) -> list[dict]:
        return [form.as_item() for form in self.forms
                if form.has_changed() and not self._should_delete_form(form)]

    def clean(self) -> None:
        if any(self.errors):
            return
        seen: set[str] = set()
        for form in self.forms:
            if not form.has_changed() or self._should_delete_form(form):
                continue
            value = " ".join(str(form.cleaned_data.get(self.key, "")).lower().split())
            if value in seen:
                form.add_error(self.key, "This is listed twice.")
            seen.add(value)


class _ServiceRows(_RowsFormSet):
    key = "name"


class _FaqRows(_RowsFormSet):
    key = "question"


ServiceFormSet = forms.formset_factory(ServiceForm, formset=_ServiceRows, extra=2,
                                       can_delete=True, max_num=60, validate_max=True)
FaqFormSet = forms.formset_factory(FaqForm, formset=_FaqRows, extra=2, can_delete=True,
                                   max_num=40, validate_max=True)


class DayHoursForm(forms.Form):
    """One weekday: closed, or open in one or two intervals (a lunch break)."""

    opens = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                   format="%H:%M"))
    closes = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                    format="%H:%M"))
    opens_2 = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                     format="%H:%M"))
    closes_2 = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                      format="%H:%M"))

    def __init__(self, *args: object, day: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.day = day
        self.day_name = DAY_NAMES[day]

    def clean(self) -> dict:
        data = super().clean()
        self.intervals: list[list[str]] = []
        for first, second in (("opens", "closes"), ("opens_2", "closes_2")):
            start, end = data.get(first), data.get(second)
            if start is None and end is None:
                continue
            if start is None or end is None:
                self.add_error(first if start is None else second,
                               "Give both the opening and the closing time.")
                continue
            if start >= end:
                self.add_error(second, "Closes before it opens.")
                continue
            self.intervals.append([start.strftime("%H:%M"), end.strftime("%H:%M")])
        if len(self.intervals) == 2 and self.intervals[1][0] < self.intervals[0][1]:
            self.add_error("opens_2", "The second opening overlaps the first.")
        return data


class HoursForm:
    """Seven DayHoursForms and the time zone, read and written as the Tenant's hours dict."""

    def __init__(self, data: dict | None = None, *, hours: dict, timezone: str) -> None:
        self.days = []
        for day in DAYS:
            intervals = (hours.get(day) or []) + [[None, None], [None, None]]
            initial = {"opens": intervals[0][0], "closes": intervals[0][1],
                       "opens_2": intervals[1][0], "closes_2": intervals[1][1]}
            self.days.append(DayHoursForm(data, prefix=day, day=day, initial=initial))
        self.zone = TimezoneForm(data, initial={"timezone": timezone})

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.days] + [self.zone.is_valid()])

    @property
    def hours(self) -> dict[str, list[list[str]]]:
        return {form.day: form.intervals for form in self.days}

    @property
    def timezone(self) -> str:
        return self.zone.cleaned_data["timezone"]


class TimezoneForm(forms.Form):
    timezone = forms.ChoiceField(label="Time zone", choices=timezone_choices,
                                 help_text="Opening hours and bookings are in this time zone.")


class BookingRulesForm(forms.Form):
    """ReceptionistConfig.booking_rules: {"min_notice_minutes", "max_days_ahead", "notes"}."""

    min_notice_minutes = forms.IntegerField(
        required=False, min_value=0, max_value=14 * 24 * 60, label="Minimum notice (minutes)",
        help_text="The receptionist never books sooner than this from now. Empty: 30 minutes.")
    max_days_ahead = forms.IntegerField(
        required=False, min_value=1, max_value=365, label="Book at most this many days ahead",
        help_text="Empty: up to about two months.")
    notes = forms.CharField(
        required=False, max_length=1000, label="Booking instructions",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Anything callers should hear when they book, for example what to bring.")

    def rules(self) -> dict:
        data = self.cleaned_data
        rules: dict = {}
        if data["min_notice_minutes"] is not None:
            rules["min_notice_minutes"] = data["min_notice_minutes"]
        if data["max_days_ahead"] is not None:
            rules["max_days_ahead"] = data["max_days_ahead"]
        if data["notes"].strip():
            rules["notes"] = " ".join(data["notes"].split())
        return rules


class TransferForm(forms.Form):
    transfer_number = forms.CharField(
        required=False, max_length=40, label="Transfer calls to",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text="The landline or mobile the receptionist passes a caller to when they need a "
                  "person, in your own country. Empty: it takes a message instead.")
    transfer_outside_hours = forms.BooleanField(
        required=False, label="Also transfer outside opening hours",
        help_text="Off: outside your hours the receptionist takes a message.")

    def clean_transfer_number(self) -> str:
        # judged where every writer is (receptionist_config_update -> tenants.transfers): a
        # refusal comes back on this field with its reason
        return self.cleaned_data["transfer_number"].strip()


def stock_voices(factory: VoiceAssistantFactory | None = None) -> list[tuple[str, str]]:
    """(value, label) of the voices this server can speak with: "provider:voice_id"."""
    from voice.tts.kokoro import VOICES as KOKORO_VOICES
    from voice.tts.piper import JOE_VOICE

    factory = factory or VoiceAssistantFactory()
    default = factory.s.LOCAL_TTS
    choices = [("auto", f"Automatic (the server's default voice, {default.capitalize()})"),
               (f"piper:{JOE_VOICE}", "Joe: American English, male (Piper, local)")]
    names = {"jf_alpha": "Alpha", "jf_gongitsune": "Gongitsune", "jf_nezumi": "Nezumi",
             "jf_tebukuro": "Tebukuro", "jm_kumo": "Kumo"}
    for voice in KOKORO_VOICES:
        who = "female" if voice.startswith("jf_") else "male"
        choices.append((f"kokoro:{voice}",
                        f"{names.get(voice, voice)}: accented English, {who} (Kokoro, local)"))
    if settings.CARTESIA_API_KEY and settings.CARTESIA_VOICE:
        choices.append((f"cartesia:{settings.CARTESIA_VOICE}", "Cartesia stock voice (cloud)"))
    return choices


def voice_value(config: ReceptionistConfig) -> str:
    if config.voice_provider in ("", "auto"):
        return "auto"
    return f"{config.voice_provider}:{config.voice_id}"


class VoiceForm(forms.Form):
    voice = forms.ChoiceField(label="Voice")

    def __init__(self, *args: object, choices: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["voice"].choices = choices

    def provider_and_voice(self) -> tuple[str, str]:
        value = self.cleaned_data["voice"]
        if value == "auto":
            return ReceptionistConfig.TtsProvider.AUTO, ""
        provider, _, voice_id = value.partition(":")
        return provider, voice_id


class VoiceCloneForm(forms.Form):
    """`refused`: the upload handlers dropped the sample as it came in (see
    receptionist/request_limits.py); it reads as missing, with the reason."""

    name = forms.CharField(max_length=100, label="Name of the voice",
                           help_text="For you to recognise it, e.g. “Anna at the front desk”.")
    sample = forms.FileField(
        label="Recording",
        help_text="3 to 60 seconds of you speaking clearly, no music; WAV, MP3, OGG or WebM, "
                  "at most 10 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*,.wav,.mp3,.ogg,.webm"}))

    def __init__(self, *args: object, refused: dict[str, int] | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if refused and "sample" in refused:
            self.fields["sample"].error_messages["required"] = (
                f"The recording is larger than {refused['sample'] // (1024 * 1024)} MB, the most "
                "this server accepts (a minute of speech is plenty).")


class ProvidersForm(forms.Form):
    """Which speech and language providers the receptionist prefers; each must exist here."""

    stt_provider = forms.ChoiceField(label="Speech recognition",
                                     choices=ReceptionistConfig.SttProvider.choices)
    llm_provider = forms.ChoiceField(label="Language model",
                                     choices=ReceptionistConfig.LlmProvider.choices)

    def __init__(self, *args: object, current: ReceptionistConfig,
                 factory: VoiceAssistantFactory | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        factory = factory or VoiceAssistantFactory()
        self.current = current
        self.available = {
            "stt_provider": {"auto", *factory.stt_keys()},
            "llm_provider": {"auto", "local", *factory.local_llm_keys(),
                             *factory.cloud_llm_keys()},
        }
        for name, field in self.fields.items():
            field.choices = [(value, label if value in self.available[name]
                              else f"{label}: not set up on this server")
                             for value, label in field.choices]

    def _check(self, name: str) -> str:
        value = self.cleaned_data[name]
        # a preference saved before the server lost that provider may stay as it is
        if value not in self.available[name] and value != getattr(self.current, name):
            raise forms.ValidationError(
                "This provider is not set up on this server (its API key is missing); ask "
                "whoever runs it, or choose another.")
        return value

    def clean_stt_provider(self) -> str:
        return self._check("stt_provider")

    def clean_llm_provider(self) -> str:
        return self._check("llm_provider")
