"""Portal pages of the agent_worker app, served on each business's own domain."""

from __future__ import annotations

urlpatterns: list = []
