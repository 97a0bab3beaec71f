"""Quoted words the writer's sentence runs on after (no punctuation before the closing mark, a lowercase
word after it that is no cue): reported speech, not a direct quote; a quote ending in punctuation, or
followed by a pronoun and a cue, stays direct."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quoted, direct", [
    ("Senator Mara Lind questioned the chief executive for an hour. “You went on television to blame the"
     " night-shift” workers. “It is gutless leadership,” Lind said.",
     "“You went on television to blame the night-shift”", False),
    ("The panel heard the minister for an hour. “Your office signed the permits for the harbour” contractors."
     " “That is a scandal,” Lind said.",
     "“Your office signed the permits for the harbour”", False),
    # the writer's sentence runs on into reported speech: the quotation is a part of that content
    ("“I have great respect for the engineering” of the new bridge, Senator Mara Lind said.",
     "“I have great respect for the engineering”", False),
    ("“We will sign the treaty next month,” Minister Olga Varen said on Tuesday.",
     "“We will sign the treaty next month,”", True),
    ("“We will sign the treaty next month” she said on Tuesday in Tallinn.",
     "“We will sign the treaty next month”", True),
    ("Minister Olga Varen said: “The talks are over and we are going home.”",
     "“The talks are over and we are going home.”", True),
])
def test_run_on_quotation_is_not_direct(quotes_of, text, quoted, direct):
    """The attribution rows (not the quotations kept as parts of reported speech) over the quoted words:
    one of them direct only when the quote is a direct quote."""
    _, quotes = quotes_of(text)
    start = text.index(quoted)
    rows = [quote for quote in quotes if quote.part_of is None
            and min(quote.end, start + len(quoted)) - max(quote.start, start) > len(quoted) // 2]
    assert rows, [(quote.text, quote.direct) for quote in quotes]
    assert any(quote.direct for quote in rows) == direct
