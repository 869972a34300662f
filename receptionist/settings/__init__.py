"""Settings for every process (web, Celery, agent worker), read from the environment.

See `.env.example` for each variable and its default; with none set the project runs on its
embedded defaults (pgserver PostgreSQL, eager Celery, in-memory cache and channel layer).
"""

from .base import *  # noqa: F401,F403
