"""The embedded PostgreSQL's list of processes using it survives a process killed mid-write
(CI saw an empty list break every later start of the embedded server)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from receptionist import embedded_postgres


def _pid_list(path):
    import pgserver.postgres_server as server_module

    embedded_postgres._use_atomic_pid_list()
    return server_module.DiskList(path)


def test_an_empty_or_broken_list_reads_as_no_processes(tmp_path):
    pids = _pid_list(tmp_path / ".handle_pids.json")
    assert pids.get() == []
    (tmp_path / ".handle_pids.json").write_text("")
    assert pids.get() == []
    (tmp_path / ".handle_pids.json").write_text("[12, ")
    assert pids.get() == []
    assert pids.get_and_add(7) == [] and pids.get() == [7]


def test_the_list_is_replaced_whole_and_leaves_nothing_behind(tmp_path):
    pids = _pid_list(tmp_path / ".handle_pids.json")
    pids.put([1, 2, 3])
    assert json.loads((tmp_path / ".handle_pids.json").read_text()) == [1, 2, 3]
    assert pids.get_and_remove(2) == [1, 2, 3] and pids.get() == [1, 3]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".handle_pids.json"]


def test_a_writer_killed_mid_write_leaves_the_old_list(tmp_path):
    """A process that writes the list over and over is killed at a random moment: the list
    on disk is always a whole one, never empty."""
    path = tmp_path / ".handle_pids.json"
    _pid_list(path).put([1])
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(os.getcwd())!r})
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "receptionist.settings")
        from pathlib import Path
        from receptionist import embedded_postgres
        import pgserver.postgres_server as m
        embedded_postgres._use_atomic_pid_list()
        pids = m.DiskList(Path({str(path)!r}))
        print("ready", flush=True)
        while True:
            pids.put(list(range(1, 400)))
            pids.put([1])
    """)
    for _ in range(5):
        writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert writer.stdout.readline().strip() == b"ready"
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert json.loads(path.read_text()) in ([1], list(range(1, 400)))
