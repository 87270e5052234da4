"""Decoding: every encoding real input comes in, and files that are not text."""
import codecs

import pytest

from qingshan.text.decode import INGESTED, QUARANTINED, NotText, decode, read_document

SIMPLIFIED = "天津市生态环境局日前召开2020年第3次局务会，研究部署下半年生态环境保护重点工作。"
TRADITIONAL = "天津市生態環境局日前召開2020年第3次局務會，研究部署下半年生態環境保護重點工作。"


@pytest.mark.parametrize("text,encoding,expected", [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    ("生態環境局", "big5", "big5"),
    ("生态环境", "gbk", "gb18030"),
])
def test_legacy_and_unicode_encodings_decode_to_the_same_text(text, encoding, expected):
    out, name = decode(text.encode(encoding))
    assert out == text
    assert name == expected


def test_utf16_with_bom():
    out, name = decode(codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"))
    assert out == SIMPLIFIED and name == "utf-16"


def test_utf8_bom_is_dropped():
    out, name = decode(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert out == SIMPLIFIED and name == "utf-8"


def test_file_cut_inside_a_multibyte_character_keeps_what_came_before():
    data = SIMPLIFIED.encode("utf-8")[:-2]
    out, name = decode(data)
    assert name == "utf-8"
    assert SIMPLIFIED.startswith(out) and len(out) == len(SIMPLIFIED) - 1


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n", "white space"),
    (bytes(range(256)) * 40, "not text"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200 + bytes(range(256)), "binary"),
])
def test_non_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(NotText, match=reason):
        decode(data)


def test_read_document_quarantines_and_names_the_file(tmp_path):
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500)
    (tmp_path / "ok.txt").write_text(SIMPLIFIED, encoding="gbk")
    bad = read_document(tmp_path / "img.png", tmp_path)
    good = read_document(tmp_path / "ok.txt", tmp_path)
    assert bad.status == QUARANTINED and bad.text is None and "img.png" in bad.reason and "binary" in bad.reason
    assert good.status == INGESTED and good.text == SIMPLIFIED and good.encoding == "gb18030"
    assert len(good.document_id) == 64
