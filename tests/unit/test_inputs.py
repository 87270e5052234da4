"""The input scan: regular files under the input folder only, every name stored, every file that is
not read reported with the reason."""
import datetime as dt
import os
import pathlib

import duckdb

from qingshan.store import warehouse as wh
from qingshan.text.decode import INGESTED, QUARANTINED, read_document
from qingshan.text.inputs import input_files

TEXT = "天津市生态环境局日前召开局务会,部署重点工作。2020年,全市淘汰老旧车4万余辆。\n"
NOW = dt.datetime(2024, 1, 1)



def _folder(tmp_path: pathlib.Path) -> pathlib.Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("外面的秘密文件内容,不应读取。\n" * 3, encoding="utf-8")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "page.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "inner.txt").write_text(TEXT.replace("天津", "廊坊"), encoding="utf-8")
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "secret.txt").symlink_to(outside / "secret.txt")
    (root / "inner_link.txt").symlink_to(root / "sub" / "inner.txt")
    (root / "linked_folder").symlink_to(outside, target_is_directory=True)
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would block forever
    (root / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    return root


def _by_name(docs: list) -> dict:
    return {d.source_path: d for d in docs}


def test_links_out_of_the_folder_pipes_and_loops_are_reported_not_read(tmp_path):
    root = _folder(tmp_path)
    docs = _by_name(read_document(p, root, NOW, refusal=r) for p, r in input_files(root))
    assert {n for n, d in docs.items() if d.status == INGESTED} == {"page.txt", "sub/inner.txt", "inner_link.txt"}
    for name, words in [("passwd.txt", "outside the input folder"), ("secret.txt", "--follow-symlinks"),
                        ("linked_folder", "link to a folder"), ("dangling.txt", "broken link"),
                        ("loop.txt", ""), ("pipe.txt", "not a regular file")]:
        d = docs[name]
        assert d.status == QUARANTINED and d.text is None and d.reason.startswith(name + ": ") and words in d.reason, d
    assert ".hidden.txt" not in docs and "linked_folder/secret.txt" not in docs
    assert not any("root:" in (d.text or "") or "秘密" in (d.text or "") for d in docs.values())


def test_follow_symlinks_reads_links_out_of_the_folder(tmp_path):
    root = _folder(tmp_path)
    docs = _by_name(read_document(p, root, NOW, refusal=r) for p, r in input_files(root, follow_symlinks=True))
    assert docs["secret.txt"].status == INGESTED and "秘密" in docs["secret.txt"].text
    assert docs["pipe.txt"].status == QUARANTINED and docs["linked_folder"].status == QUARANTINED


def test_a_name_that_is_not_utf8_is_stored_with_its_bytes_escaped(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    odd = os.fsdecode(b"\xff\xfe\xe4\xb8 report.txt")
    (root / odd).write_text(TEXT, encoding="utf-8")
    [(path, refusal)] = list(input_files(root))
    doc = read_document(path, root, NOW, refusal=refusal)
    assert doc.status == INGESTED and doc.source_path == "\\xff\\xfe\\xe4\\xb8 report.txt"
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    wh.ensure_schema(con)
    assert wh.upsert_raw_documents(con, [doc], NOW).new == 1  # Arrow and DuckDB take the name
    assert con.execute("select source_path from raw.documents").fetchone()[0] == doc.source_path


def test_a_file_that_cannot_be_read_is_a_row_with_the_reason(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "gone.txt").write_text(TEXT, encoding="utf-8")
    [(path, refusal)] = list(input_files(root))
    path.unlink()  # deleted between the scan and the read
    doc = read_document(path, root, NOW, refusal=refusal)
    assert doc.status == QUARANTINED and doc.reason == "gone.txt: cannot read: No such file or directory"
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    wh.ensure_schema(con)
    assert wh.upsert_raw_documents(con, [doc], NOW).rejected == 1


def test_the_size_limit_is_stated_in_the_unit_it_is_set_in(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 3 * 1024 * 1024)
    doc = read_document(tmp_path / "big.txt", tmp_path, NOW, max_bytes=2 * 1024 * 1024)  # --max-file-mb 2
    assert doc.status == QUARANTINED and "(3.0 MiB > 2.0 MiB)" in doc.reason, doc.reason
