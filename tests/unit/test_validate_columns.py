"""A suite's DataFrame holds only the columns its expectations read (validate.read_columns)."""
from qingshan.store.validate import read_columns


def test_the_columns_expectations_name_and_the_keys_in_order_once():
    expectations = [{"type": "expect_column_values_to_be_unique", "kwargs": {"column": "metric_id"}},
                    {"type": "expect_compound_columns_to_be_unique", "kwargs": {"column_list": ["document_id", "seq"]}},
                    {"type": "expect_column_pair_values_a_to_be_greater_than_b",
                     "kwargs": {"column_A": "end", "column_B": "start"}}]
    available = ["document_id", "seq", "metric_id", "evidence", "end", "start"]
    assert read_columns(expectations, ["document_id", "seq"], available) == ["document_id", "seq", "metric_id", "end",
                                                                              "start"]


def test_a_row_condition_reads_the_columns_it_mentions():
    expectations = [{"type": "expect_column_values_to_be_between",
                     "kwargs": {"column": "value", "max_value": 500,
                                "row_condition": 'indicator=="pm25" and (unit != unit or unit == "")'}}]
    assert read_columns(expectations, [], ["indicator", "value", "unit", "evidence"]) == ["value", "indicator", "unit"]


def test_an_expectation_on_the_whole_table_reads_every_column():
    expectations = [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "value"}},
                    {"type": "expect_table_columns_to_match_set", "kwargs": {"column_set": ["a", "b"]}}]
    assert read_columns(expectations, [], ["a", "b", "value"]) is None
