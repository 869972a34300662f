from django.apps import AppConfig


class VoiceConfig(AppConfig):
    """No models: lives in no schema."""

    name = "voice"

    def ready(self) -> None:
        from voice.plugins import plugins_load

        plugins_load()  # on the main thread, before any request or job builds a provider
