from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from receptionist.settings.env import (
    database_from_url,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    env_url,
)


def test_env_helpers_read_typed_values(monkeypatch):
    monkeypatch.setenv("X_BOOL", "Yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_FLOAT", "0.25")
    monkeypatch.setenv("X_LIST", "a, b,,c")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT", 1) == 42
    assert env_float("X_FLOAT", 1.0) == 0.25
    assert env_list("X_LIST") == ["a", "b", "c"]
    assert env_str("X_UNSET", "dflt") == "dflt"


@pytest.mark.parametrize("helper, value, message", [
    (lambda: env_bool("X"), "maybe", "X='maybe' is not a boolean"),
    (lambda: env_int("X", 1), "ten", "X='ten' is not an integer"),
    (lambda: env_int("X", 1, minimum=0), "-3", "X=-3 must be at least 0"),
    (lambda: env_float("X", 1.0), "fast", "X='fast' is not a number"),
    (lambda: env_url("X", schemes=("redis",)), "http://h:1", "X='http://h:1' is not a valid URL"),
])
def test_env_helpers_fail_loudly_naming_the_variable(monkeypatch, helper, value, message):
    monkeypatch.setenv("X", value)
    with pytest.raises(ImproperlyConfigured) as err:
        helper()
    assert message in str(err.value)


def test_database_url_parses_host_port_and_socket_dirs():
    tcp = database_from_url("DATABASE_URL", "postgres://u:p@db.example:6543/app")
    assert (tcp["NAME"], tcp["USER"], tcp["PASSWORD"], tcp["HOST"], tcp["PORT"]) == (
        "app", "u", "p", "db.example", "6543")
    sock = database_from_url("DATABASE_URL", "postgresql://postgres@/app?host=/tmp/pg")
    assert sock["HOST"] == "/tmp/pg"
    with pytest.raises(ImproperlyConfigured, match="names no database"):
        database_from_url("DATABASE_URL", "postgres://h:5432/")
    with pytest.raises(ImproperlyConfigured, match="must be a postgres:// URL"):
        database_from_url("DATABASE_URL", "mysql://h/db")
