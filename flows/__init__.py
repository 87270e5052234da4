"""Prefect flows: orchestration only. The work is done by functions in src/qingshan."""
