"""Reading the data files of models/: tab-separated tables as dicts or as tuples of chosen columns."""
from __future__ import annotations

import pytest

from pipeline.resources import read_tsv, read_tsv_columns, tsv_lines


@pytest.mark.parametrize("text, header, rows", [
    ("a\tb\n1\t2\n", ["a", "b"], [["1", "2"]]),
    ("# a comment\n\na\tb\n# another\n 1 \t 2\r\n\n", ["a", "b"], [["1", "2"]]),  # comments, blanks, CRLF, spaces
    ("a\tb\tc\n1\n", ["a", "b", "c"], [["1", "", ""]]),  # a short row is padded
    ("a\tb\n\"x\t\"y\n", ["a", "b"], [['"x', '"y']]),  # no quoting: a tab always separates
    ("", [], []),
])
def test_tsv_lines(tmp_path, text, header, rows):
    path = tmp_path / "table.tsv"
    path.write_bytes(text.encode("utf-8"))
    assert tsv_lines(path) == (header, rows)


def test_tsv_lines_refuses_a_row_longer_than_its_header(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("a\tb\n1\t2\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2 has 3 values, the header 2"):
        tsv_lines(path)


def test_read_tsv_columns_gives_the_columns_of_read_tsv():
    rows = read_tsv("attribution_weights.tsv")
    assert read_tsv_columns("attribution_weights.tsv", "weight", "feature") == tuple(
        (row["weight"], row["feature"]) for row in rows)
    with pytest.raises(KeyError, match="no column nothing"):
        read_tsv_columns("attribution_weights.tsv", "feature", "nothing")
