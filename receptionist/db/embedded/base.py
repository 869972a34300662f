"""PostgreSQL backend that starts the embedded server on first connection.

Starting lazily keeps `manage.py help` and settings import free of a database start, while any
command that really needs the database gets one without a separate step.
"""

from __future__ import annotations

from django.db.backends.postgresql import base as postgresql

from receptionist import embedded_postgres


class DatabaseWrapper(postgresql.DatabaseWrapper):
    def get_connection_params(self) -> dict:
        params = super().get_connection_params()
        params["host"] = str(embedded_postgres.ensure_running(database=params.get("dbname")))
        params.pop("port", None)
        return params
