"""Bytes to text: encoding detection and the decision to ingest or quarantine a file."""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import pathlib
from collections.abc import Container
from functools import lru_cache

import charset_normalizer

from .inputs import display_path

INGESTED = "ingested"
QUARANTINED = "quarantined"

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Chinese-first order for legacy encodings: charset-normalizer is asked only when these disagree.
_LEGACY = ("gb18030", "big5")


@dataclasses.dataclass
class RawDocument:
    document_id: str  # sha256 of the raw bytes
    source_path: str  # relative to the input folder, with forward slashes
    size_bytes: int | None  # None: the file was not read
    encoding: str | None
    text: str | None
    status: str  # INGESTED or QUARANTINED
    reason: str | None
    ingested_at: dt.datetime


class NotText(ValueError):
    """The bytes are not a text document we can read; the message says why, for a person."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    return 1 - bad / len(text)


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / len(sample)


@lru_cache(maxsize=1)
def _char_frequencies() -> dict[str, int]:
    """How often each character occurs in jieba's dictionary words, weighted by word frequency."""
    import jieba

    freq: dict[str, int] = {}
    with open(pathlib.Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, count, _tag = line.split()
            for ch in word:
                freq[ch] = freq.get(ch, 0) + int(count)
    return freq


def chinese_likelihood(text: str) -> float:
    """Mean log frequency of the CJK characters (after Simplified conversion): mis-decoded bytes
    give rare characters, a right decoding gives common ones."""
    import math

    from .clean import to_simplified

    sample = to_simplified("".join(ch for ch in text[:5000] if "\u3400" <= ch <= "\u9fff"))
    if not sample:
        return 0.0
    freq = _char_frequencies()
    return sum(math.log1p(freq.get(ch, 0)) for ch in sample) / len(sample)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise NotText with the reason."""
    if not data:
        raise NotText("empty file (0 bytes)")
    if not data.strip():
        raise NotText("file holds only white space")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise NotText(f"starts with a {name} byte-order mark but does not decode: {e.reason}") from e
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 100:
        guess = charset_normalizer.from_bytes(data).best()
        if guess is not None and guess.encoding.startswith("utf_16") and _printable_share(str(guess)) > 0.95:
            return str(guess), "utf-16"
        raise NotText("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        # a page cut in the middle of a multi-byte character: keep everything before the cut
        if e.start >= len(data) - 3 and e.reason in ("unexpected end of data", "invalid continuation byte"):
            return data[: e.start].decode("utf-8"), "utf-8"
    candidates = []
    for name in _LEGACY:
        try:
            candidates.append((data.decode(name), name))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        text, name = candidates[0]
    elif candidates:
        # both legacy encodings accept the bytes: the one that reads as ordinary Chinese wins
        text, name = max(candidates, key=lambda c: chinese_likelihood(c[0]))
    else:
        guess = charset_normalizer.from_bytes(data).best()
        if guess is None:
            raise NotText("not text: no character encoding fits these bytes (binary or corrupt file)")
        text, name = str(guess), guess.encoding
    if _printable_share(text) < 0.95:
        raise NotText(f"not text: decoded as {name} it is mostly control characters (binary file?)")
    return text, name.replace("_", "-")


def looks_readable(text: str) -> bool:
    """A decoded Chinese page has a fair share of CJK characters or at least ordinary prose."""
    return _cjk_share(text) > 0.05 or _printable_share(text) > 0.99


MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MIB  # a "page" larger than this is a dump, not an article


def read_document(path: pathlib.Path, root: pathlib.Path, now: dt.datetime | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, refusal: str | None = None,
                  known: Container[str] = ()) -> RawDocument:
    """Read one file; never raises (a file that is bad, unreadable or refused with `refusal` by
    the input scan is a quarantined row with the reason, naming the file). A file whose id is in
    `known` (already in the warehouse) is not decoded again: its row carries the id and no text."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rel = display_path(path, root)
    size = data = None
    try:
        if refusal is None:
            size = path.stat().st_size
            if size > max_bytes:
                refusal = (f"file too large to be one page ({size / MIB:.1f} MiB > {max_bytes / MIB:.1f} MiB); "
                           "split it, or raise the limit with --max-file-mb")
            else:
                data = path.read_bytes()
    except OSError as e:  # permissions, I/O errors, a file gone since the scan
        refusal = f"cannot read: {e.strerror or e}"
    if data is None:  # not read: no bytes to hash, the row's id comes from the name and the reason
        reason = f"{rel}: {refusal}"
        return RawDocument(sha256(b"not read\0" + reason.encode()), rel, size, None, None, QUARANTINED, reason, now)
    doc_id = sha256(data)
    if doc_id in known:
        return RawDocument(doc_id, rel, len(data), None, None, INGESTED, None, now)
    try:
        text, encoding = decode(data)
        if not looks_readable(text):
            raise NotText("not text: too few readable characters after decoding")
    except NotText as e:
        return RawDocument(doc_id, rel, len(data), None, None, QUARANTINED, f"{rel}: {e}", now)
    return RawDocument(doc_id, rel, len(data), encoding, text, INGESTED, None, now)
