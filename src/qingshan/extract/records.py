"""The tables the extract step writes (schema `extracted`) and their column types.

Extractors return plain dataclasses; `TABLES` is the single place that says how they land in DuckDB,
so an empty batch still creates every column with its type.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("document_id", "VARCHAR"), ("extractor_version", "VARCHAR"), ("title", "VARCHAR"),
        ("published_date", "DATE"), ("reference_date", "DATE"), ("reference_date_source", "VARCHAR"),
        ("publisher", "VARCHAR"), ("script", "VARCHAR"), ("doc_type", "VARCHAR"), ("article_count", "INTEGER"),
        ("noise", "VARCHAR[]"), ("injected_phrases", "VARCHAR[]"), ("clean_text", "VARCHAR"),
        ("region", "VARCHAR"), ("error", "VARCHAR"), ("extracted_at", "TIMESTAMP"),
    ],
    "articles": [
        ("document_id", "VARCHAR"), ("article_index", "INTEGER"), ("start_offset", "INTEGER"),
        ("end_offset", "INTEGER"), ("title", "VARCHAR"), ("byline", "VARCHAR"),
    ],
    "sentences": [
        ("document_id", "VARCHAR"), ("article_index", "INTEGER"), ("paragraph_index", "INTEGER"),
        ("sentence_index", "INTEGER"), ("start_offset", "INTEGER"), ("end_offset", "INTEGER"),
        ("raw_start", "INTEGER"), ("raw_end", "INTEGER"), ("heading_path", "VARCHAR"), ("text", "VARCHAR"),
    ],
    "metrics": [
        ("document_id", "VARCHAR"), ("seq", "INTEGER"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"), ("subject", "VARCHAR"), ("indicator", "VARCHAR"), ("region", "VARCHAR"),
        ("value_text", "VARCHAR"), ("value", "DOUBLE"), ("unit", "VARCHAR"), ("qualifier", "VARCHAR"),
        ("kind", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"), ("change_direction", "VARCHAR"),
        ("change_value", "DOUBLE"), ("change_unit", "VARCHAR"), ("change_basis", "VARCHAR"),
    ],
    "tasks": [
        ("document_id", "VARCHAR"), ("seq", "INTEGER"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"), ("action", "VARCHAR"), ("deadline", "DATE"), ("deadline_text", "VARCHAR"),
        ("target_value", "DOUBLE"), ("target_unit", "VARCHAR"), ("responsible", "VARCHAR"), ("region", "VARCHAR"),
        ("category", "VARCHAR"),
    ],
    "events": [
        ("document_id", "VARCHAR"), ("seq", "INTEGER"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"), ("event_type", "VARCHAR"), ("name", "VARCHAR"), ("event_date", "DATE"),
        ("date_text", "VARCHAR"), ("organizer", "VARCHAR"), ("region", "VARCHAR"),
    ],
    "event_participants": [
        ("document_id", "VARCHAR"), ("event_seq", "INTEGER"), ("name", "VARCHAR"), ("title", "VARCHAR"),
        ("org", "VARCHAR"), ("role", "VARCHAR"),
    ],
    "people": [
        ("document_id", "VARCHAR"), ("seq", "INTEGER"), ("name", "VARCHAR"), ("title", "VARCHAR"), ("org", "VARCHAR"),
        ("role", "VARCHAR"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
    ],
}


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
