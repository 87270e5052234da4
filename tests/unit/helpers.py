"""Build the document context the extractors read, from a small hand-written text."""
import datetime as dt

from qingshan.text.clean import clean
from qingshan.extract.context import DocContext
from qingshan.dictionaries import load
from qingshan.text.structure import Layout, analyse


def context(text: str, ref: dt.date | None = dt.date(2024, 9, 11), stated: bool = True,
            doc_type: str = "news", year_only: bool = False) -> DocContext:
    """year_only: only the year of ref is known (the page states no date; its text names the year)."""
    dicts = load()
    cleaned = clean(text, dicts.spam_words, tuple(dicts.byline_roles))
    structure = analyse(cleaned.text, Layout.of(dicts))
    title = structure.articles[0].title if structure.articles else None
    return DocContext(cleaned.text, structure, dicts, ref, stated, title, doc_type, ref_year_only=year_only)
