"""The package's layers: each imports only the ones below it, and nothing imports in a circle.

model (values) < read (files) < calc (pure calculation) < present (words, tables, renderers)
< cli (the command line). Imports inside functions and under TYPE_CHECKING count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "baise11155"
LAYERS = ["model", "read", "calc", "present", "cli"]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The modules of this package that a file imports, anywhere in it."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("baise11155"):
                found.add(target)
                # `from . import x` may name a module
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("baise11155"))
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return {target for target in found if target in modules and target != here}


def layer(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    if parts[-1] == "__main__":
        return LAYERS.index("cli")
    return None  # the package itself: imports nothing


GRAPH = {module_name(path): imports(path) for path in PACKAGE.rglob("*.py")}


def test_every_module_is_in_a_layer():
    loose = [m for m in GRAPH if layer(m) is None and m != "baise11155"]
    assert loose == []


def test_imports_go_only_down():
    upward = [
        f"{module} ({LAYERS[layer(module)]}) imports {target} ({LAYERS[layer(target)]})"
        for module, targets in GRAPH.items()
        for target in targets
        if layer(module) is not None and layer(target) is not None and layer(target) > layer(module)
    ]
    assert upward == []


def test_no_import_cycle():
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> None:
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        path.append(module)
        for target in sorted(GRAPH.get(module, ())):
            visit(target)
        path.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


def test_the_lower_layers_say_nothing():
    """model, read and calc make notes; only present turns them into words."""
    for module, targets in GRAPH.items():
        if layer(module) is not None and layer(module) <= LAYERS.index("calc"):
            assert not any(t.startswith("baise11155.present") for t in targets), module


def test_the_readme_module_map_names_every_module():
    readme = (PACKAGE.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("The code is in five layers"):]
    missing = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py") and f"`{path.name}`" not in section
        and path.parent.name != "commands"
    ]
    assert missing == []
