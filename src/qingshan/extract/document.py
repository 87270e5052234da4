"""One document's text to rows of the `extracted` tables. Pure: no I/O, no orchestration."""
from __future__ import annotations

import datetime as dt
import logging

from .. import EXTRACTOR_VERSION
from ..text.clean import clean
from .budget import DEFAULT_DOC_SECONDS, OverBudget, time_budget
from .context import DocContext
from ..dictionaries import Dictionaries, load
from ..memory import release_memory
from ..text.segment import segmenter
from .metadata import describe, publisher
from .place import PlaceResolver
from .timeframe import STATED_SOURCES
from .metrics import extract_metrics
from .people import extract_people
from .events import extract_events
from ..text.structure import Layout, analyse
from .records import ArticleRecord, DocumentRecord, PlaceRecord, SentenceRecord, row
from .tasks import extract_tasks

log = logging.getLogger(__name__)


def extract_document(document_id: str, raw_text: str, dicts: Dictionaries | None = None,
                     extractor_version: str = EXTRACTOR_VERSION) -> dict[str, list[dict]]:
    """All extracted rows for one document, keyed by table name (see records.TABLES)."""
    dicts = dicts or load()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    cleaned = clean(raw_text, dicts.spam_words, tuple(dicts.byline_roles))
    layout = Layout.of(dicts)
    structure = analyse(cleaned.text, layout)
    lines = raw_text.split("\n")
    source = publisher(lines[:40] + lines[-40:], None, dicts.news_outlets)
    place = PlaceResolver(cleaned.text, structure, dicts, structure.articles[0].title if structure.articles else None,
                          source)
    meta = describe(structure, cleaned.text, raw_text, place.jurisdiction_city, place.headlines, dicts.surnames,
                    dicts.news_outlets, layout)
    stated = meta.reference_date_source in STATED_SOURCES
    ctx = DocContext(cleaned.text, structure, dicts, meta.relative_to, stated, meta.title, meta.reads_as, publisher=source,
                     ref_year_only=meta.reference_date is None and meta.relative_to is not None)
    ctx.place = place  # one resolver for the page: the jurisdiction does not depend on the dates
    rows: dict[str, list[dict]] = {
        "documents": [row(DocumentRecord(
            document_id=document_id, extractor_version=extractor_version, extracted_at=now, title=meta.title,
            published_date=meta.published_date, reference_date=meta.reference_date,
            reference_date_source=meta.reference_date_source, publisher=meta.publisher, script=cleaned.script,
            doc_type=meta.doc_type, article_count=meta.article_count, noise=cleaned.noise,
            injected_phrases=cleaned.injected_phrases, clean_text=cleaned.text, region=ctx.doc_region))],
        "articles": [row(ArticleRecord(document_id, a.index, a.start, a.end, a.title, a.byline))
                     for a in structure.articles],
        "sentences": [],
    }
    for s in structure.sentences:
        raw_start, raw_end = cleaned.raw_span(s.start, s.end)
        rows["sentences"].append(row(SentenceRecord(
            document_id, s.article_index, s.paragraph_index, s.sentence_index, s.start, s.end, raw_start, raw_end,
            s.heading_path, s.text)))
    people = extract_people(ctx)
    events = extract_events(ctx, people)
    rows["metrics"] = [{"document_id": document_id, "seq": i, **row(m)}
                       for i, m in enumerate(extract_metrics(ctx))]
    rows["tasks"] = [{"document_id": document_id, "seq": i, **row(t)}
                     for i, t in enumerate(extract_tasks(ctx))]
    rows["events"] = []
    rows["event_participants"] = []
    for i, e in enumerate(events):
        d = row(e)
        parts = d.pop("participants")
        rows["events"].append({"document_id": document_id, "seq": i, **d})
        rows["event_participants"] += [{"document_id": document_id, "event_seq": i, **p} for p in parts]
    rows["people"] = [{"document_id": document_id, "seq": i, **row(p)} for i, p in enumerate(people)]
    # (the zones the resolver met while the facts were placed: each a special area of the place it is named after)
    rows["places"] = [row(PlaceRecord(document_id, zone, "special_area", parent)) for zone, parent in place.zones.items()]
    return rows


def failed_document(document_id: str, error: str, extractor_version: str = EXTRACTOR_VERSION) -> dict[str, list[dict]]:
    """The row that records an extraction failure, so the run goes on and the failure is visible."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    return {"documents": [row(DocumentRecord(document_id, extractor_version, now, error=error))]}


def extract_batch(docs: list[tuple[str, str, str]], extractor_version: str = EXTRACTOR_VERSION,
                  doc_seconds: float | None = DEFAULT_DOC_SECONDS) -> dict[str, list[dict]]:
    """Extract (document_id, source_path, text) triples; a document that fails, or runs longer than
    doc_seconds, is recorded with its error and the others go on. jieba's dictionary is loaded
    before the first budget starts (~0.8 s; again after release_caches)."""
    dicts = load()
    segmenter(dicts)
    merged: dict[str, list[dict]] = {}
    for document_id, source_path, text in docs:
        try:
            with time_budget(doc_seconds):
                rows = extract_document(document_id, text, dicts, extractor_version)
        except OverBudget:
            log.error("extraction of %s stopped: over its %s s budget", source_path, doc_seconds)
            rows = failed_document(document_id, f"{source_path}: extraction stopped after {doc_seconds:g} s, the "
                                   "time budget per document (raise it with --doc-seconds)", extractor_version)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            log.exception("extraction failed for %s", source_path)
            rows = failed_document(document_id, f"{source_path}: {type(e).__name__}: {e}", extractor_version)
        for table, r in rows.items():
            merged.setdefault(table, []).extend(r)
    return merged


def release_caches() -> None:
    """Forget the dictionaries, the segmenter and the compiled rules once this process has extracted
    its share (~130 MB, which dbt and the report can use): every function cache and `_BUILT` table
    of qingshan.text, qingshan.extract and qingshan.dictionaries, then the freed memory back to the
    system. The next extraction here builds them again."""
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith(("qingshan.text", "qingshan.extract", "qingshan.dictionaries")):
            continue
        for attr, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
            elif attr == "_BUILT" and isinstance(value, dict):
                value.clear()
    release_memory()
