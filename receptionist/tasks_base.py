"""TenantTask: the base of every background job that works inside one business's schema.

Like pretix's EventTask, the task is called with the tenant's `schema_name` (plus plain ids,
never model instances) and the base enters that schema around the whole run, in the worker and
in eager mode alike, so a task body reads and writes its own business's tables and nothing else.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Task
from django_tenants.utils import get_public_schema_name, schema_context

logger = logging.getLogger(__name__)


class TenantTask(Task):
    """Runs the task inside `schema_context(schema_name)`; `schema_name` is a required keyword.

    A business deleted between dispatch and run leaves nothing to do: the job is logged and
    skipped (returns None) instead of failing on a schema that no longer exists.
    """

    abstract = True

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        schema_name = kwargs.get("schema_name")
        if not isinstance(schema_name, str) or not schema_name:
            raise TypeError(f"{self.name} needs schema_name=<the business's schema>")
        if schema_name == get_public_schema_name():
            raise ValueError(f"{self.name} runs inside a business's schema, not the public one")
        from tenants.models import Tenant

        with schema_context(get_public_schema_name()):
            exists = Tenant.objects.filter(schema_name=schema_name).exists()
        if not exists:
            logger.warning("%s skipped: no business with schema %r", self.name, schema_name)
            return None
        with schema_context(schema_name):
            return super().__call__(*args, **kwargs)
