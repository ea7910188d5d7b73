"""No write runs on the UI thread: the window reaches the database only through ui/operations.py.

Read from the source (so it sees every path, also those no test clicks through):

* only ui/operations.py reads ``<something>.db`` (and ui/app.py, which opens the database and makes the
  context): a view that wants to call a write service with ``ctx.db`` on the UI thread, or to send it to a job
  of its own, has no database to call it with;
* only ui/operations.py submits jobs to the runner: every job is a ``write_op`` or a ``read_op``;
* a service that takes ``db`` first gets a parameter of the function around the call, the database a helper
  handed in (no handle kept aside on a widget or in a module);
* a read's callable that asks for ``db`` hands it only to the few services that need the handle itself, never
  to a write service: writes run on the one write worker.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELPERS = Path("ui/operations.py")
OPENS_THE_DATABASE = Path("ui/app.py")  # it opens the database and makes the context
# the services that take the database but do not write to it: a read may hand them its ``db`` (where its files
# are, its key, one snapshot transaction; the daily backup copies the file)
HANDLE_READS = {"security_status", "attachment_path", "read_attachment", "files_folder", "preview_import",
                "database_path", "backup_if_due"}
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def _module(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")


def db_services(root: Path = ROOT) -> dict[str, set[str]]:
    """Module of smallcrm.services -> its public functions whose first parameter is ``db``."""
    found: dict[str, set[str]] = {}
    for path in sorted((root / "smallcrm" / "services").rglob("*.py")):
        names = {node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
                 and node.args.args and node.args.args[0].arg == "db"}
        found[_module(path, root)] = names
    return found


def _service_names(tree: ast.Module, services: dict[str, set[str]]) -> tuple[dict[str, str], dict[str, str]]:
    """The names a window module gives the db-taking services: functions imported by name, and modules."""
    functions: dict[str, str] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("smallcrm.services"):
            continue
        for alias in node.names:
            local = alias.asname or alias.name
            if alias.name in services.get(node.module, ()):
                functions[local] = alias.name
            elif f"{node.module}.{alias.name}" in services:
                modules[local] = f"{node.module}.{alias.name}"
    return functions, modules


def _service_of(call: ast.Call, functions: dict[str, str], modules: dict[str, str],
                services: dict[str, set[str]]) -> str | None:
    """The db-taking service ``call`` calls, if it names one."""
    func = call.func
    if isinstance(func, ast.Name):
        return functions.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in modules:
        return func.attr if func.attr in services[modules[func.value.id]] else None
    return None


def _parameters(function: ast.AST) -> set[str]:
    args = function.args
    return {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}


def _called(call: ast.Call, name: str) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id == name) or (isinstance(func, ast.Attribute) and func.attr == name)


def _read_bodies(tree: ast.Module) -> list[ast.AST]:
    """The callables handed to ``read_op``: a lambda, or a function by its name, looked up from the scope of the
    call outwards (two methods may each have a local ``body``)."""
    scopes: dict[int, dict[str, ast.AST]] = {}  # id of a function (or the module) -> the functions defined in it
    calls: list[tuple[ast.Call, list[ast.AST]]] = []

    def walk(node: ast.AST, chain: list[ast.AST]) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            scopes.setdefault(id(chain[-1]), {})[node.name] = node
        if isinstance(node, ast.Call) and _called(node, "read_op"):
            calls.append((node, chain))
        inner = [*chain, node] if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else chain
        for child in ast.iter_child_nodes(node):
            walk(child, inner)

    walk(tree, [tree])
    bodies = []
    for call, chain in calls:
        given = call.args[3] if len(call.args) > 3 else next((k.value for k in call.keywords if k.arg == "body"), None)
        if isinstance(given, ast.Lambda):
            bodies.append(given)
        elif isinstance(given, ast.Name):
            found = next((scopes[id(s)][given.id] for s in reversed(chain) if given.id in scopes.get(id(s), {})), None)
            if found is not None:
                bodies.append(found)
    return bodies


def offences(path: Path, services: dict[str, set[str]], root: Path = ROOT) -> list[str]:
    """What a window module does that only ui/operations.py may do."""
    where = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions, modules = _service_names(tree, services)
    found: list[str] = []

    def walk(node: ast.AST, enclosing: list[ast.AST]) -> None:
        if isinstance(node, ast.Attribute) and node.attr == "db" and isinstance(node.ctx, ast.Load) \
                and where != OPENS_THE_DATABASE:
            found.append(f"{where}:{node.lineno} reads .db: only ui/operations.py holds the database")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "submit":
            found.append(f"{where}:{node.lineno} submits a job itself: use write_op or read_op")
        if isinstance(node, ast.Call) and (service := _service_of(node, functions, modules, services)):
            first = node.args[0] if node.args else None
            handed = isinstance(first, ast.Name) and enclosing and first.id in _parameters(enclosing[-1])
            if not handed:
                found.append(f"{where}:{node.lineno} calls {service} with a database not handed in by a helper")
        inner = [*enclosing, node] if isinstance(node, _FUNCTIONS) else enclosing
        for child in ast.iter_child_nodes(node):
            walk(child, inner)

    walk(tree, [])
    for body in _read_bodies(tree):
        allowed = {id(call.args[0]) for call in ast.walk(body) if isinstance(call, ast.Call) and call.args
                   and _service_of(call, functions, modules, services) in HANDLE_READS}
        for name in ast.walk(body):
            if isinstance(name, ast.Name) and name.id == "db" and isinstance(name.ctx, ast.Load) \
                    and id(name) not in allowed:
                found.append(f"{where}:{name.lineno} a read hands its db to something that may write: "
                             "use write_op")
    return found


def window_offences(root: Path = ROOT) -> list[str]:
    services = db_services(root)
    return [offence for path in sorted((root / "ui").rglob("*.py")) if path.relative_to(root) != HELPERS
            for offence in offences(path, services, root)]


def test_the_window_reaches_the_database_only_through_its_two_helpers():
    assert window_offences() == []


def test_the_guard_sees_a_write_on_the_ui_thread(tmp_path):
    """A settings page saving as pages did before the helpers, and a read that would write."""
    (tmp_path / "ui" / "settings").mkdir(parents=True)
    services = tmp_path / "smallcrm" / "services" / "admin"
    services.mkdir(parents=True)
    (services / "settings.py").write_text("def save_settings(db, values):\n    pass\n"
                                          "def get_setting(key):\n    pass\n")
    page = tmp_path / "ui" / "settings" / "general.py"
    page.write_text(
        "from smallcrm.services.admin import settings\n"
        "from smallcrm.services.admin.settings import get_setting, save_settings\n"
        "class GeneralSettings:\n"
        "    def save(self):\n"
        "        changes = save_settings(self._ctx.db, self._values())\n"
        "        self._ctx.bus.publish(changes)\n"
        "    def later(self):\n"
        "        db = self._ctx.db\n"
        "        self._ctx.runner.submit(lambda control: settings.save_settings(db, {}), write=True)\n"
        "    def sneaky(self):\n"
        "        read_op(self._ctx, self, 'x', lambda db: save_settings(db, {}), print)\n"
        "    def fine(self):\n"
        "        write_op(self._ctx, lambda db: save_settings(db, {}), parent=self)\n"
        "        read_op(self._ctx, self, 'x', lambda: get_setting('a'), print)\n")
    assert window_offences(tmp_path) == [
        "ui/settings/general.py:5 calls save_settings with a database not handed in by a helper",
        "ui/settings/general.py:5 reads .db: only ui/operations.py holds the database",
        "ui/settings/general.py:8 reads .db: only ui/operations.py holds the database",
        "ui/settings/general.py:9 submits a job itself: use write_op or read_op",
        "ui/settings/general.py:9 calls save_settings with a database not handed in by a helper",
        "ui/settings/general.py:11 a read hands its db to something that may write: use write_op",
    ]
