"""Layer 3, store: the warehouse and what runs over it: `warehouse` (DuckDB schema and loading), `batches`
(extraction batches as Parquet), `transform` (dbt), `validate` (Great Expectations), `report` (the review
page), `locking`, `runlog` (the run summary and its artifacts)."""
