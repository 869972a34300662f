"""Portal pages of the calls app, served on each business's own domain."""

from __future__ import annotations

urlpatterns: list = []
