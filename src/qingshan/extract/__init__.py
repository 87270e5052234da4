"""Layer 2, extract: clean text to facts. `context` (what a reader knows around a sentence: place and
time), `metadata` (title, dates, doc type), `metrics`, `tasks`, `events`, `people`, `records` (the row
dataclasses and the `extracted` tables they define) and `document` (one document to rows). Pure functions:
no I/O, no orchestration. Imports `text`, never `store`."""
