"""Finding temporal expressions in text, scanning each rule around its keys (pipeline/stages/dates/spans.py): no
spaCy model needed."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.rules import rules
from pipeline.stages.dates.spans import find_candidates, prepare_scan, rule_matches


TUE = dt.date(2022, 3, 29)  # a Tuesday, ISO week 13


@pytest.mark.parametrize("text", [
    "Do you have a car?",
    "He may go to the talks.",
    "Protesters march on the capital.",
    "It was the second time he had resigned.",
    "The army lost 1,990 men.",
    "Police said 2000 people were arrested.",
    "The fall of the government surprised nobody.",
    "She said she would sue.",
    "They will spring into action.",
    "A sunday-school teacher spoke.",
    "Some 1800 soldiers were deployed.",
    "Prime Minister Theresa May met him.",
    "The March on Washington drew crowds.",
])
def test_timex_ignores_non_dates(text):
    found = [(c.text, r.type) for c, r in ((c, normalise(c, Context(TUE))) for c in find_candidates(text))]
    assert [item for item in found if item[1] in ("DATE", "TIME")] == []


@pytest.mark.parametrize("text, span", [
    ("Officials met on Friday.", "Friday"),
    ("He spoke in March.", "March"),
    ("It happened in the summer of 2019.", "the summer of 2019"),
    ("Friday's vote was delayed.", "Friday"),
    ("The third quarter's results were weak.", "The third quarter"),
])
def test_timex_span_extent_follows_timebank(text, span):
    spans = [c.text for c in find_candidates(text)]
    assert spans == [span]


WORDS = ["on", "the", "last", "next", "this", "early", "late", "mid-", "Tuesday", "May", "Feb.", "31", "29", "2022",
         "1999", "'80s", "1990s", "morning", "night", "a", "year", "years", "ago", "earlier", "later", "three",
         "twenty-four", "days", "weeks", "quarter", "third", "fourth-quarter", "fall", "winter", "of", "every",
         "daily", "3", "p.m.", "10:35", "a.m.", "noon", "today", "yesterday", "now", "recently", "Christmas",
         "Easter", "half", "first", "century", "20th", "fiscal", "year-ago", "period", "weekend", "'s", ",", ".",
         "and", "to", "week", "around", "or", "beyond"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=12),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))),
       tense=st.sampled_from([None, "past", "present", "future"]))
def test_timex_never_fails_and_offsets_index_text(words, published, tense):
    text = " ".join(words)
    for candidate in find_candidates(text):
        assert text[candidate.start:candidate.end] == candidate.text
        resolved = normalise(candidate, Context(published, tense))
        assert resolved.type in ("DATE", "TIME", "DURATION", "SET")


def full_scan(rule, text):
    return [(match.start(), match.end(), {key: value for key, value in match.groupdict().items() if value is not None})
            for match in rule.regex.finditer(text)]


SEPARATORS = [" ", " ", " ", "  ", "\n\n", "-", ", ", ". ", "'s ", "", " \t ", " " * 60]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS + ["MARCH", "Midmarch", "March", "1990", "19", "-01-", "15"]), max_size=14),
       separators=st.lists(st.sampled_from(SEPARATORS), min_size=14, max_size=14))
def test_timex_windowed_scan_matches_full_scan(words, separators):
    text = "".join(word + separator for word, separator in zip(words, separators))
    scan = prepare_scan(text)
    for rule in rules():
        assert list(rule_matches(rule, text, scan)) == full_scan(rule, text), rule.name


@pytest.mark.parametrize("text", [
    "Talks resumed in midMarch and again in early-April 2020.",
    "Fighting stopped in the LATE 1990s, in the 1980's and the '70s.",
    "The meeting was on Monday,\tMarch 3,  2014 at 10:35 a.m. EST; the next one in the fourth fiscal quarter of 2015.",
    "a year-ago quarter, the year-earlier period, 3 1/2 years ago, some twenty-four hours later",
    "in\n\n\n\n\n\n\nMarch 2020",  # a long run of spaces: scanned whole
    "It began in early" + " " * 60 + "March 2020.",  # a match longer than any window
    "On 12 March 1000000000 years ago",  # a long run of digits
    "The ſummer of 1999 and the \u212aelvin scale",  # letters IGNORECASE folds onto ASCII ones: scanned whole
    "Ä İstanbul meeting in May 2019",  # a letter whose lower case is longer: scanned whole
])
def test_timex_windowed_scan_matches_full_scan_on_edge_cases(text):
    scan = prepare_scan(text)
    for rule in rules():
        assert list(rule_matches(rule, text, scan)) == full_scan(rule, text), rule.name


@pytest.mark.parametrize("text, scanned_whole", [
    ("Talks resumed on March 3, 2014.", False),
    ("in\n\n\n\n\n\n\nMarch 2020", True),
    ("call 1-800-555-1212 before 2020", False),
    ("order 12345678 was placed in 2020", True),
    ("The \u017fummer of 1999", True),
    ("The summer of 1999 in Zürich", False),
])
def test_timex_prepare_scan_falls_back_to_full_scan(text, scanned_whole):
    assert (prepare_scan(text) is None) == scanned_whole


@pytest.mark.parametrize("text, expected", [
    # a weekday with a part of the day in the plural recurs
    ("Ferries sail on Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI", "SET")]),
    ("The market opens Sunday mornings.", [("Sunday mornings", "XXXX-WXX-7TMO", "SET")]),
    ("Ferries sail on Tuesdays.", [("Tuesdays", "XXXX-WXX-2", "SET")]),
    # in the singular it is one day
    ("The ferry sailed on Tuesday night.", [("Tuesday night", "2022-03-29", "DATE")]),
    # a weekday in lower case is no date
    ("The club opens on tuesdays.", []),
])
def test_timex_weekday_sets(text, expected):
    found = [(candidate.text, *normalise(candidate, Context(dt.date(2022, 3, 29), "past")))
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # TimeBank extents: "the past N units" is a duration whose preposition stays outside, even one that can
    # also mean "more than"
    ("Exports grew over the past three years.", [("the past three years", "P3Y", "DURATION")]),
    ("Exports grew over three years.", [("over three years", "P3Y", "DURATION")]),
    ("Exports grew for at least the past 18 months.", [("at least the past 18 months", "P18M", "DURATION")]),
    # "this past" belongs to the expression, like "last"
    ("Exports fell this past week.", [("this past week", "2022-W12", "DATE")]),
    ("Exports fell this past year.", [("this past year", "2021", "DATE")]),
])
def test_timex_timebank_extents(text, expected):
    found = [(candidate.text, *normalise(candidate, Context(dt.date(2022, 3, 29), "past")))
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # "a second" before a noun is the ordinal
    ("A second round of talks is planned.", []),
    ("The president won a second term.", []),
    # before anything else it is one second
    ("The blast lasted a second or two.", [("a second", "PT1S", "DURATION")]),
    ("It took a second.", [("a second", "PT1S", "DURATION")]),
])
def test_timex_a_second(text, expected):
    found = [(candidate.text, *normalise(candidate, Context(dt.date(2022, 3, 29), "past")))
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, span", [
    # the determiner of the noun a quarter modifies is the noun's, not the expression's
    ("The firm posted the third-quarter loss it had warned of.", "third-quarter"),
    ("Its fourth-quarter profit fell.", "fourth-quarter"),
    # a quarter that is the noun keeps its determiner
    ("Profit fell in the third quarter.", "the third quarter"),
])
def test_timex_quarter_extent(text, span):
    assert [candidate.text for candidate in find_candidates(text)] == [span]


@pytest.mark.parametrize("text, expected", [
    # each year of a range is an expression of its own
    ("He governed the province from 1990-1995.", [("1990", "1990"), ("1995", "1995")]),
    ("The 2014–2022 war displaced millions.", [("2014", "2014"), ("2022", "2022")]),
    # a number that only looks like one is not
    ("Call 555-1990 for tickets.", []),
    ("Tickets cost 2012-2010 rubles.", []),
])
def test_timex_year_ranges(text, expected):
    found = [(candidate.text, normalise(candidate, Context(dt.date(2022, 3, 29), "past")).value)
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # "the first week of April": one expression, the ISO week holding the month's first seven days
    ("Talks resume in the first week of April.", [("the first week of April", "2022-W13")]),
    ("Talks ended in the last week of February 2020.", [("the last week of February 2020", "2020-W08")]),
])
def test_timex_nth_week_of_month(text, expected):
    found = [(candidate.text, normalise(candidate, Context(dt.date(2022, 3, 29), "future")).value)
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # "last" before "a"/"an" is the verb, outside the duration
    ("The curfew will last a week.", [("a week", "P1W", "DURATION")]),
    ("The talks will last an hour.", [("an hour", "PT1H", "DURATION")]),
    ("The strike lasted the last three days.", [("the last three days", "P3D", "DURATION")]),
])
def test_timex_last_the_verb(text, expected):
    found = [(candidate.text, *normalise(candidate, Context(dt.date(2022, 3, 29), "past")))
             for candidate in find_candidates(text)]
    assert found == expected


@pytest.mark.parametrize("text, span, value, kind", [
    # "later" and "afterwards" are signals counting a duration from another event: the TIMEX3 is the duration
    ("Three days later, the rebels withdrew.", "Three days", "P3D", "DURATION"),
    ("The envoy returned a week afterwards.", "a week", "P1W", "DURATION"),
    ("Some twenty-four hours later the border reopened.", "Some twenty-four hours", "PT24H", "DURATION"),
    ("A month or so later, talks resumed in Geneva.", "A month", "P1M", "DURATION"),
    # "ago" and "earlier" stay in the expression, which names a date
    ("The treaty was signed two years ago.", "two years ago", "2020", "DATE"),
    ("Profit rose from $3 million a year earlier.", "a year earlier", "2021", "DATE"),
])
def test_timex_signalled_offsets(text, span, value, kind):
    found = [(c.text, r.value, r.type) for c, r in ((c, normalise(c, Context(TUE, "past"))) for c in find_candidates(text))]
    assert (span, value, kind) in found


@pytest.mark.parametrize("text, span, value", [
    # a quarter written "Q3", with or without its year on either side
    ("Sales at Brindle Corp. rose in Q3 2021.", "Q3 2021", "2021-Q3"),
    ("Margins improved in 2020 Q2.", "2020 Q2", "2020-Q2"),
    ("Q1 of 2019 was the weakest.", "Q1 of 2019", "2019-Q1"),
    ("Brindle posted a loss in Q4.", "Q4", "2021-Q4"),
    # a fiscal year written "FY"
    ("Brindle expects growth in FY2023.", "FY2023", "2023"),
    ("Spending fell in FY 2020.", "FY 2020", "2020"),
])
def test_timex_quarter_and_fiscal_abbreviations(text, span, value):
    found = [(c.text, r.value) for c, r in ((c, normalise(c, Context(TUE, "past"))) for c in find_candidates(text))]
    assert (span, value) in found


@pytest.mark.parametrize("text", [
    "Type q3 to quit.",  # lower case: a code, not a quarter
    "The Q35 bus was late.",
])
def test_timex_quarter_abbreviation_needs_its_form(text):
    assert [c for c in find_candidates(text) if c.kind == "quarter"] == []
