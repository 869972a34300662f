from django.apps import AppConfig


class AgentWorkerConfig(AppConfig):
    """No models; installed for its commands and its migration history (see frontdesk)."""

    name = "agent_worker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.conf import settings

        # LiveKit plugins register only on the main thread, and eager background jobs (voice
        # cloning, greeting renders) may run in a request's thread: load Cartesia's at start-up
        # when the deployment uses it.
        if settings.CARTESIA_API_KEY:
            import voice.tts.cartesia  # noqa: F401
