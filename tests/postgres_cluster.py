"""A throwaway PostgreSQL cluster for the tests and benches: made with the installed server's
initdb in a temporary folder, run as an unprivileged user on a free port, removed afterwards.
Never a server the machine already runs.

    python tests/postgres_cluster.py start DIR   # prints the cluster's postgresql:// address
    python tests/postgres_cluster.py stop DIR
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

#: The superuser of a test cluster (trust authentication: it listens on loopback only).
SUPERUSER = "gannan"


def server_bin() -> Path | None:
    """The folder of the installed server's programs (Debian keeps them off the PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parts[-3]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_user(command: list[str]) -> list[str]:
    """initdb and the server refuse to run as root: run them as the postgres user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start(folder: Path, password: str | None = None) -> str:
    """Make and start a cluster in `folder`; its address. With a `password`, the superuser
    has it and every connection must give it (scram-sha-256), as on an office's server."""
    binaries = server_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb)")
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, port = folder / "data", _free_port()
    auth = ["--auth=trust"]
    if password is not None:
        secret = folder / "password"
        secret.write_text(password)
        if os.geteuid() == 0:
            os.chown(secret, entry.pw_uid, entry.pw_gid)
        auth = ["--auth=scram-sha-256", f"--pwfile={secret}"]
    subprocess.run(_as_user([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER,
                             *auth, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                   check=True, capture_output=True)
    (folder / "port").write_text(str(port))
    resume(folder)
    return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"


def stop(folder: Path) -> None:
    binaries = server_bin()
    if binaries is not None and (folder / "data").exists():
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(_as_user([str(binaries / "pg_ctl"), "-D", str(folder / "data"),
                                     "-m", "immediate", "-w", "stop"]),
                           check=True, capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def pause(folder: Path) -> None:
    """Stop the server, keeping its data (the server 'going away')."""
    subprocess.run(_as_user([str(server_bin() / "pg_ctl"), "-D", str(folder / "data"),
                             "-m", "fast", "-w", "stop"]), check=True, capture_output=True)


def resume(folder: Path) -> None:
    """Start the cluster's server (again), on its port, listening on loopback only."""
    port = (folder / "port").read_text()
    subprocess.run(_as_user([
        str(server_bin() / "pg_ctl"), "-D", str(folder / "data"), "-l",
        str(folder / "server.log"), "-w", "-o",
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c max_connections=200", "start"]), check=True, capture_output=True)


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
