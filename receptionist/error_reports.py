"""What Django's error page and error mails may show of the settings.

Django masks settings whose names look secret (KEY, SECRET, PASS, TOKEN...) but not
`DATABASE_URL`, `REDIS_URL`, `CELERY_BROKER_URL`, or the cache and channel-layer locations built
from them, and each of those carries the server's password. Those names, any LOCATION or
ADDRESS, and any string holding credentials in a URL (`scheme://user:pass@`) are masked too, at
any depth.
"""

from __future__ import annotations

import re
from typing import Any

from django.views.debug import SafeExceptionReporterFilter

_CREDENTIALS_IN_URL = re.compile(r"://[^/@\s]*@")


class SafeSettingsReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        r"API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DATABASE_URL|REDIS_URL|BROKER_URL"
        r"|LOCATION|ADDRESS", flags=re.IGNORECASE)

    def cleanse_setting(self, key: Any, value: Any) -> Any:
        cleansed = super().cleanse_setting(key, value)
        # str(): a lazy setting (django-axes has some) claims to be a str but is not one
        if isinstance(cleansed, str) and _CREDENTIALS_IN_URL.search(str(cleansed)):
            return self.cleansed_substitute
        return cleansed
