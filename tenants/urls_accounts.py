"""Owner login, logout and password reset on each business's own domain."""

from __future__ import annotations

urlpatterns: list = []
