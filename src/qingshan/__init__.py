"""qingshan: Chinese environmental-governance text into a queryable DuckDB warehouse."""

__version__ = "0.1.0"

# Bump when extraction rules change: documents extracted by another version are extracted again.
EXTRACTOR_VERSION = "2026.11.26.1"
