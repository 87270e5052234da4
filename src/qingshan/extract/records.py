"""The rows the extract step writes (schema `extracted`): one dataclass per table, and `TABLES`, the
tables' columns and DuckDB types derived from those dataclasses, so a field added to a record is a
column everywhere (Parquet batches, the warehouse) and an empty batch still creates every column.
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import typing


@dataclasses.dataclass
class DocumentRecord:
    document_id: str
    extractor_version: str
    extracted_at: dt.datetime
    title: str | None = None
    published_date: dt.date | None = None
    reference_date: dt.date | None = None
    reference_date_source: str | None = None
    publisher: str | None = None
    script: str | None = None
    doc_type: str | None = None
    article_count: int = 0
    noise: list[str] = dataclasses.field(default_factory=list)
    injected_phrases: list[str] = dataclasses.field(default_factory=list)
    clean_text: str | None = None
    region: str | None = None
    error: str | None = None  # why extraction failed; the document's facts are then left out


@dataclasses.dataclass
class ArticleRecord:
    document_id: str
    article_index: int
    start_offset: int
    end_offset: int
    title: str | None
    byline: str | None


@dataclasses.dataclass
class SentenceRecord:
    document_id: str
    article_index: int
    paragraph_index: int
    sentence_index: int
    start_offset: int
    end_offset: int
    raw_start: int
    raw_end: int
    heading_path: str | None
    text: str

@dataclasses.dataclass
class PlaceRecord:
    """A place a page names that the gazetteer lacks (a development zone: `岳阳经济技术开发区`), so that the
    marts' dim_regions holds every region a fact is given."""
    document_id: str
    region: str
    level: str
    parent: str


@dataclasses.dataclass
class Metric:
    evidence_start: int
    evidence_end: int
    evidence: str
    subject: str | None
    indicator: str
    region: str | None
    value_text: str
    value: float
    unit: str | None
    qualifier: str
    kind: str
    period_start: dt.date | None
    period_end: dt.date | None
    change_direction: str | None = None
    change_value: float | None = None
    change_unit: str | None = None
    change_basis: str | None = None
    target_level: str | None = None  # targets only: binding (确保, 不超过) or stretch (力争)


@dataclasses.dataclass
class Task:
    evidence_start: int
    evidence_end: int
    evidence: str
    action: str
    deadline: dt.date | None
    deadline_text: str | None
    target_value: float | None
    target_unit: str | None
    responsible: str | None
    region: str | None
    category: str


@dataclasses.dataclass
class Participant:
    name: str
    title: str | None
    org: str | None
    role: str


@dataclasses.dataclass
class Event:
    evidence_start: int
    evidence_end: int
    evidence: str
    event_type: str
    name: str
    event_date: dt.date | None
    date_text: str | None
    organizer: str | None
    region: str | None
    participants: list[Participant] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Person:
    name: str
    title: str | None
    org: str | None
    role: str  # official | press | other
    evidence_start: int
    evidence_end: int
    evidence: str


@functools.cache
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record))


def row(record) -> dict:
    """A record's fields as a dict, as dataclasses.asdict gives them (records inside and lists
    converted too) but without its deep copy of every value, a third of the time of building the
    rows: a record's values are made for it and not shared."""
    out = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        out[name] = value if type(value) in _PLAIN else _row_value(value)
    return out


_PLAIN = {str, int, float, bool, type(None), dt.date, dt.datetime}  # returned as they are, as asdict does


def _row_value(value):
    if isinstance(value, (str, int, float, type(None), dt.date)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return row(value)
    if isinstance(value, list):
        return [_row_value(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_row_value(v) for v in value)
    if isinstance(value, dict):
        return {_row_value(k): _row_value(v) for k, v in value.items()}
    return copy.deepcopy(value)  # anything else, as asdict does


_DUCKDB_TYPES = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN", dt.date: "DATE",
                 dt.datetime: "TIMESTAMP"}


def _duckdb_type(hint) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is list:
        return _duckdb_type(args[0]) + "[]"
    if args:  # X | None
        return _duckdb_type(args[0])
    return _DUCKDB_TYPES[hint]


def _columns(record: type, keys: tuple[tuple[str, str], ...] = (), skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, DuckDB type) of a record's fields after the key columns that place its rows."""
    hints = typing.get_type_hints(record)
    return list(keys) + [(f.name, _duckdb_type(hints[f.name])) for f in dataclasses.fields(record)
                         if f.name not in skip]


_IN_DOCUMENT = (("document_id", "VARCHAR"), ("seq", "INTEGER"))
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": _columns(DocumentRecord),
    "articles": _columns(ArticleRecord),
    "sentences": _columns(SentenceRecord),
    "metrics": _columns(Metric, _IN_DOCUMENT),
    "tasks": _columns(Task, _IN_DOCUMENT),
    "events": _columns(Event, _IN_DOCUMENT, skip=("participants",)),  # participants: their own table
    "event_participants": _columns(Participant, (("document_id", "VARCHAR"), ("event_seq", "INTEGER"))),
    "people": _columns(Person, _IN_DOCUMENT),
    "places": _columns(PlaceRecord),
}
