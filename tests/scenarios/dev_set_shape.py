"""The shape every development set from the third on keeps (tests/scenarios/test_dev_callers_3.py,
_4, _5 check their sets with it): six callers in each of the eight trades, names unique and of
the set's own prefix, the kinds in fixed numbers, bookings two days ahead on the trade's grid,
transfers only with a line to transfer to in opening hours, emergencies ending in an urgent
message or a transfer, moves and cancellations from the seeded booking's own number."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from tenants.profession_data import PROFESSIONS
from tests.factories import FLEET
from tests.scenarios.catalogue import Scenario
from tests.scenarios.harness import TRADES

KINDS = {"booking": 16, "move": 4, "cancel": 4, "emergency": 8, "message": 8, "transfer": 4,
         "info": 4}
# the held-out sets' mix, which the tenth and later development sets keep ("language" is the
# caller who speaks neither English nor Spanish)
KINDS_HELDOUT_MIX = {"booking": 20, "message": 8, "emergency": 6, "move": 2, "cancel": 2,
                     "info": 4, "person": 3, "spanish": 1, "language": 1, "hangup": 1}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _trade(schema: str) -> dict:
    slug = next(b["profession"] for b in FLEET if b["schema_name"] == schema)
    return next(p for p in PROFESSIONS if p["slug"] == slug)


def _on_the_grid(schema: str, at: str) -> bool:
    """`at` starts a slot of the trade's appointment grid inside its opening hours."""
    trade, start = _trade(schema), datetime.strptime(at, "%Y-%m-%d %H:%M")
    step = timedelta(minutes=trade["appointment_minutes"])
    for opens, closes in trade["default_hours"][DAYS[start.weekday()]]:
        slot = datetime.combine(start.date(), datetime.strptime(opens, "%H:%M").time())
        end = datetime.combine(start.date(), datetime.strptime(closes, "%H:%M").time())
        while slot + step <= end:
            if slot == start:
                return True
            slot += step
    return False


def _open_at(schema: str, at: str) -> bool:
    when = datetime.strptime(at, "%Y-%m-%d %H:%M")
    return any(opens <= when.strftime("%H:%M") < closes for opens, closes in
               _trade(schema)["default_hours"][DAYS[when.weekday()]])


def every_set_but(own: str) -> list[Sequence[Scenario]]:
    """Every list of scripted callers in tests/scenarios (the exam's, the held-out sets', every
    development set's) but those of the module `own`: the names a set must not reuse, found
    by module so a new set is checked against the others without any runner being edited."""
    import importlib
    import pkgutil

    import tests.scenarios as package

    found: list[Sequence[Scenario]] = []
    for info in pkgutil.iter_modules(package.__path__):
        name = f"{package.__name__}.{info.name}"
        if name == own or not (info.name.startswith(("dev_callers", "heldout"))
                               or info.name == "exam"):
            continue
        module = importlib.import_module(name)
        found += [value for value in vars(module).values() if isinstance(value, (list, tuple))
                  and value and all(isinstance(x, Scenario) for x in value)]
    return found


def assert_dev_set_shape(callers: Sequence[Scenario], prefix: str,
                         others: Iterable[Sequence[Scenario]],
                         kinds: dict[str, int] | None = None) -> None:
    """`callers` keep the shape above (`kinds`: a set's own count of each kind of call, when
    it is not KINDS); none of their names is in any of `others`."""
    kinds = KINDS if kinds is None else kinds
    assert len(callers) == 48
    assert {s.schema for s in callers} == set(TRADES)
    for schema in TRADES:
        assert sum(s.schema == schema for s in callers) == 6, schema
    names = [s.name for s in callers]
    assert len(set(names)) == len(names)
    for other in others:
        assert not set(names) & {s.name for s in other}
    for kind, count in kinds.items():
        assert sum(kind in s.tags for s in callers) == count, kind
    for s in callers:
        assert s.name.startswith(f"{prefix}_{TRADES[s.schema]}_"), s.name
        assert 3 <= len(s.lines) <= 7, s.name
        assert len(set(s.tags) & set(kinds)) == 1, s.name
        assert not s.transfer or s.overrides.get("transfer_number"), s.name
        assert not s.overrides.get("transfer_number") or _open_at(s.schema, s.clock), s.name
        assert "emergency" not in s.tags or any(m.urgent for m in s.messages) or s.transfer, \
            s.name
        clock = datetime.strptime(s.clock, "%Y-%m-%d %H:%M")
        for b in s.booked:  # at least two days ahead of the call, on the grid
            assert (datetime.strptime(b.at, "%Y-%m-%d %H:%M").date() - clock.date()).days >= 2, \
                s.name
            assert _on_the_grid(s.schema, b.at), (s.name, b.at)
        for seed in s.seed:  # a move or a cancellation rings from the booking's own line
            assert _on_the_grid(s.schema, seed.at), (s.name, seed.at)
            assert seed.number == s.caller, s.name
        assert set(s.cancelled) <= {seed.at for seed in s.seed}, s.name
