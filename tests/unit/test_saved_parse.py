"""A dbt parse saved by another checkout of the project is not reused (its nodes read that checkout's seeds)."""
import msgpack

from qingshan.paths import DBT_PROJECT_DIR
from qingshan.store import transform


def _parse(*roots: str) -> bytes:  # the shape that matters: nodes, each with the root_path of its project
    return msgpack.packb({"nodes": {f"seed.qingshan.s{i}": {"root_path": r, "name": f"s{i}"}
                                    for i, r in enumerate(roots)}})


def test_a_parse_with_any_node_of_another_checkout_is_dropped_and_never_saved(tmp_path, monkeypatch):
    ours, other = str(DBT_PROJECT_DIR), "/elsewhere/checkout/dbt_project"
    assert transform._of_this_project(_parse(ours, ours))
    assert not transform._of_this_project(_parse(ours, other))  # a mixed parse, as a shared target folder leaves
    target = tmp_path / "dbt_target"
    target.mkdir()
    (target / "partial_parse.msgpack").write_bytes(_parse(other, ours))
    transform._drop_foreign_parse(target)
    assert not (target / "partial_parse.msgpack").exists()

    saved = tmp_path / "cache" / "partial_parse.msgpack"
    monkeypatch.setattr(transform, "_saved_parse", lambda: saved)
    (target / "partial_parse.msgpack").write_bytes(_parse(other))
    transform._save_parse(target)
    assert not saved.exists()  # a foreign parse is not put in the cache
    saved.parent.mkdir()
    saved.write_bytes(_parse(other))
    (target / "partial_parse.msgpack").unlink()
    transform._restore_saved_parse(target)
    assert not (target / "partial_parse.msgpack").exists()  # nor restored from it
    saved.write_bytes(_parse(ours))
    transform._restore_saved_parse(target)
    assert (target / "partial_parse.msgpack").read_bytes() == _parse(ours)
