"""The package's layers import only downwards: text knows nothing of facts or the warehouse, extract
nothing of the warehouse, and nothing below the flow imports the orchestrator."""
import ast
import pathlib

import qingshan

PACKAGE = pathlib.Path(qingshan.__file__).parent
FORBIDDEN = {"text": ("extract", "store", "cli", "serve"), "extract": ("store", "cli", "serve"), "store": ("cli", "serve")}


def _imports(path: pathlib.Path, layer: str) -> set[str]:
    """Top-level qingshan modules a file imports, relative imports resolved."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and node.module.startswith("qingshan."):
                out.add(node.module.split(".")[1])
            elif node.level == 1 and not node.module:
                out.add(layer)
            elif node.level == 1:
                out.add(layer if layer else node.module.split(".")[0])
            elif node.level == 2:
                out.add((node.module or "").split(".")[0] or "qingshan")
            if node.level == 0 and node.module in ("prefect", "flows") or (node.module or "").startswith(("prefect.", "flows.")):
                out.add("orchestrator")
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("qingshan."):
                    out.add(a.name.split(".")[1])
                if a.name.split(".")[0] in ("prefect", "flows"):
                    out.add("orchestrator")
    return out


def test_layers_import_only_downwards():
    wrong = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).glob("*.py")):
            bad = _imports(path, layer) & set(forbidden + ("orchestrator",))
            if bad:
                wrong.append(f"{layer}/{path.name} imports {sorted(bad)}")
    assert not wrong, wrong


def test_the_check_sees_an_upward_import(tmp_path):
    f = tmp_path / "x.py"
    f.write_text("from ..store.warehouse import connect\nfrom .clean import clean\n")
    assert _imports(f, "text") == {"store", "text"}
