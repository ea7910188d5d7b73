"""A laptop installs SmallCRM without the `server` extra: nothing it runs may need the server's packages."""

from __future__ import annotations

import subprocess
import sys

BLOCKER = """
import importlib.abc, sys
class Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"starlette", "uvicorn", "psycopg", "psycopg_pool", "argon2", "httpx"}:
            raise ImportError(f"No module named {name!r} (not installed)")
sys.meta_path.insert(0, Missing())
from smallcrm.cli import main
import smallcrm.sync.kinds
try:
    main(["--help"])
except SystemExit as done:
    assert done.code == 0
raise SystemExit(main(["server", "users", "list", "--dsn", "host=nowhere"]))
"""


def test_the_cli_works_without_the_server_packages_and_says_what_to_install(tmp_path):
    done = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True, cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=120)
    assert done.returncode == 6, done.stderr
    assert "usage: smallcrm" in done.stdout
    assert "pip install 'smallcrm[server]'" in done.stderr
