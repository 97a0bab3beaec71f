"""Finding and normalising temporal expressions (pipeline/timex.py): no spaCy model needed."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.dates import timex

TUE = dt.date(2022, 3, 29)  # a Tuesday, ISO week 13
MON = dt.date(1989, 10, 30)  # a Monday


def resolve(text: str, published: dt.date | None, tense: str | None = None):
    context = timex.Context(published, tense)
    return [(c.text, *timex.normalise(c, context)) for c in timex.find_candidates(text)]


@pytest.mark.parametrize("text, published, tense, span, value, kind", [
    # absolute dates at their own granularity
    ("The treaty was signed on March 10th, 2014 in Minsk.", TUE, "past", "March 10th, 2014", "2014-03-10", "DATE"),
    ("It was signed on 24 February 2022.", TUE, "past", "24 February 2022", "2022-02-24", "DATE"),
    ("Elections were held in June 2019.", TUE, "past", "June 2019", "2019-06", "DATE"),
    ("Talks began in 2014.", TUE, "past", "2014", "2014", "DATE"),
    ("The deal expires on 2023-01-31.", TUE, "future", "2023-01-31", "2023-01-31", "DATE"),
    ("Fighting resumed in mid-1996.", TUE, "past", "mid-1996", "1996", "DATE"),
    ("They met in the late 1970s.", TUE, "past", "the late 1970s", "197", "DATE"),
    ("It was the bloodiest war of the 20th century.", TUE, "past", "the 20th century", "19", "DATE"),
    ("Nineteen ninety-six was a hard year.", TUE, None, "Nineteen ninety-six", "1996", "DATE"),
    # deictic words
    ("The minister arrived today.", TUE, "past", "today", "2022-03-29", "DATE"),
    ("The minister arrived yesterday.", TUE, "past", "yesterday", "2022-03-28", "DATE"),
    ("The minister arrives tomorrow.", TUE, "future", "tomorrow", "2022-03-30", "DATE"),
    ("Both sides are now talking.", TUE, "present", "now", "PRESENT_REF", "DATE"),
    ("He recently resigned.", TUE, "past", "recently", "PAST_REF", "DATE"),
    ("A deal is possible in the near future.", TUE, "present", "the near future", "FUTURE_REF", "DATE"),
    # relative calendar units, with TimeBank's extent ("last", "early" inside)
    ("The envoy visited last week.", TUE, "past", "last week", "2022-W12", "DATE"),
    ("The envoy visits this week.", TUE, "present", "this week", "2022-W13", "DATE"),
    ("Prices rose last month.", TUE, "past", "last month", "2022-02", "DATE"),
    ("Prices rose earlier this month.", TUE, "past", "earlier this month", "2022-03", "DATE"),
    ("Trade grew this year.", TUE, "past", "this year", "2022", "DATE"),
    ("The vote is due early next year.", TUE, "future", "early next year", "2023", "DATE"),
    ("Profit fell in the third quarter.", MON, "past", "the third quarter", "1989-Q3", "DATE"),
    ("Third-quarter profit fell.", MON, "past", "Third-quarter", "1989-Q3", "DATE"),
    ("Sales fell in the first half of 2021.", TUE, "past", "the first half of 2021", "2021-H1", "DATE"),
    ("A summit is planned for the second half of the year.", TUE, "future", "the second half of the year", "2022-H2",
     "DATE"),
    ("The fighting stopped last fall.", TUE, "past", "last fall", "2021-FA", "DATE"),
    ("Talks resume this summer.", TUE, "future", "this summer", "2022-SU", "DATE"),
    ("The boy was found on Thanksgiving Day.", dt.date(2000, 1, 7), "past", "Thanksgiving Day", "1999-11-25", "DATE"),
    # offsets from the publication date
    ("He left a year ago.", TUE, "past", "a year ago", "2021", "DATE"),
    ("He left three days ago.", TUE, "past", "three days ago", "2022-03-26", "DATE"),
    ("He left two weeks ago.", TUE, "past", "two weeks ago", "2022-W11", "DATE"),
    ("He left several years ago.", TUE, "past", "several years ago", "PAST_REF", "DATE"),
    # weekdays: the direction comes from the tense
    ("The ministers met on Tuesday.", TUE, "past", "Tuesday", "2022-03-29", "DATE"),
    ("The ministers met on Monday.", TUE, "past", "Monday", "2022-03-28", "DATE"),
    ("The ministers will meet on Monday.", TUE, "future", "Monday", "2022-04-04", "DATE"),
    ("The ministers will meet on Thursday.", TUE, "future", "Thursday", "2022-03-31", "DATE"),
    ("The ministers meet on Thursday.", TUE, "present", "Thursday", "2022-03-31", "DATE"),
    ("The ministers met last Tuesday.", TUE, "past", "last Tuesday", "2022-03-22", "DATE"),
    ("The ministers meet next Tuesday.", TUE, "present", "next Tuesday", "2022-04-05", "DATE"),
    # months without a year: the latest one in the past, the coming one in the future
    ("The rebels attacked in October.", TUE, "past", "October", "2021-10", "DATE"),
    ("The summit opens in October.", TUE, "future", "October", "2022-10", "DATE"),
    ("The summit opened on Feb. 24.", TUE, "past", "Feb. 24", "2022-02-24", "DATE"),
    ("The dividend is payable Dec. 15.", MON, "present", "Dec. 15", "1989-12-15", "DATE"),
    ("The ceasefire ended last April.", TUE, "past", "last April", "2021-04", "DATE"),
    ("The ceasefire holds until May.", TUE, "present", "May", "2022-05", "DATE"),
    # times of day
    ("They met Tuesday morning.", TUE, "past", "Tuesday morning", "2022-03-29TMO", "TIME"),
    ("The blast came at 3 p.m.", TUE, "past", "3 p.m.", "2022-03-29T15:00", "TIME"),
    ("The blast came at about 10:35 a.m. Monday.", TUE, "past", "about 10:35 a.m. Monday", "2022-03-28T10:35", "TIME"),
    ("He will speak tonight.", TUE, "future", "tonight", "2022-03-29TNI", "TIME"),
    # durations and sets are recognised as such, not turned into a day
    ("The talks lasted for three days.", TUE, "past", "three days", "P3D", "DURATION"),
    ("Prices rose in the past three months.", TUE, "past", "the past three months", "P3M", "DURATION"),
    ("A two-year truce was agreed.", TUE, "past", "two-year", "P2Y", "DURATION"),
    ("The flight took five hours.", TUE, "past", "five hours", "PT5H", "DURATION"),
    ("The crisis has lasted two decades.", TUE, "present", "two decades", "P20Y", "DURATION"),
    ("The council meets every year.", TUE, "present", "every year", "P1Y", "SET"),
    ("The figures are published daily.", TUE, "present", "daily", "P1D", "SET"),
    ("The council meets each Tuesday.", TUE, "present", "each Tuesday", "XXXX-WXX-2", "SET"),
])
def test_timex_resolves_expression(text, published, tense, span, value, kind):
    assert (span, value, kind) in resolve(text, published, tense)


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
    found = [(c.text, r.type) for c, r in ((c, timex.normalise(c, timex.Context(TUE))) for c in timex.find_candidates(text))]
    assert [item for item in found if item[1] in ("DATE", "TIME")] == []


@pytest.mark.parametrize("text, span", [
    ("Officials met on Friday.", "Friday"),
    ("He spoke in March.", "March"),
    ("It happened in the summer of 2019.", "the summer of 2019"),
    ("Friday's vote was delayed.", "Friday"),
    ("The third quarter's results were weak.", "The third quarter"),
])
def test_timex_span_extent_follows_timebank(text, span):
    spans = [c.text for c in timex.find_candidates(text)]
    assert spans == [span]


@pytest.mark.parametrize("text, value", [
    ("They met on Tuesday.", None),
    ("The deal came last week.", None),
    ("It was signed on March 3, 2014.", "2014-03-03"),
    ("Prices rose in the past three months.", "P3M"),
    ("The talks stalled recently.", "PAST_REF"),
])
def test_timex_without_publication_date(text, value):
    (found,) = resolve(text, None)
    assert found[1] == value


@pytest.mark.parametrize("context, text, value", [
    # anchored on a date named just before
    (timex.Context(TUE, "past", reference_day=dt.date(2014, 2, 24)), "The next day troops moved in.", "2014-02-25"),
    (timex.Context(TUE, "past", reference_day=dt.date(2014, 2, 24)), "The following day troops moved in.", "2014-02-25"),
    (timex.Context(TUE, "past", reference="2014-02-24", reference_day=dt.date(2014, 2, 24)),
     "The following week troops moved in.", "2014-W10"),
    # a part of the day named last, or of the day after or before it
    (timex.Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "The next morning, troops withdrew.",
     "2022-03-23TMO"),
    (timex.Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "Shelling resumed that night.", "2022-03-22TNI"),
    (timex.Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "They had met the previous evening.",
     "2022-03-21TEV"),
    (timex.Context(TUE, "past"), "The next morning, troops withdrew.", None),
    # "or so" keeps an offset an offset
    (timex.Context(TUE, "past"), "Then, a week or so ago, the general changed his plan.", "2022-W12"),
    # "a year earlier" in a report about a quarter is that quarter a year before
    (timex.Context(MON, "past", reference="1989-Q3"), "Profit was $5 million a year earlier.", "1988-Q3"),
    (timex.Context(MON, "past", report_quarter="1989-Q3"), "Sales rose in the year-ago quarter.", "1988-Q3"),
    # the year an article set carries over to a date given without one
    (timex.Context(dt.date(2025, 5, 2), "past", context_year=2022), "Russia attacked on February 24.", "2022-02-24"),
    (timex.Context(dt.date(2025, 5, 2), "future", context_year=2022), "Talks resume on June 4.", "2025-06-04"),
])
def test_timex_anchors_on_context(context, text, value):
    values = [timex.normalise(c, context).value for c in timex.find_candidates(text)]
    assert value in values


@pytest.mark.parametrize("text, published, tense, expected", [
    # the second day of a range is an expression of its own, in the month (and year) of the first
    ("The summit meets on April 24 and 25 in Vienna.", TUE, "future",
     [("April 24", "2022-04-24"), ("25", "2022-04-25")]),
    ("Voting ran from Oct. 3 to 7.", TUE, "past", [("Oct. 3", "2021-10-03"), ("7", "2021-10-07")]),
    ("Talks are set for June 9 or 10, 2024.", TUE, "future", [("June 9", "2024-06-09"), ("10, 2024", "2024-06-10")]),
    # but not a count that follows a date, nor a day before the first
    ("Clashes on May 2 and 14 people were hurt.", TUE, "past", [("May 2", "2022-05-02")]),
    ("It was held on Jan. 12 and 3 others followed.", TUE, "past", [("Jan. 12", "2022-01-12")]),
    ("The vote on June 20 and 2 ministers resigned.", TUE, "past", [("June 20", "2021-06-20")]),
    ("Between Oct. 3 and 7.5% of voters abstained.", TUE, "past", [("Oct. 3", "2021-10-03")]),
])
def test_timex_second_day_of_range(text, published, tense, expected):
    assert [(span, value) for span, value, _ in resolve(text, published, tense)] == expected


@pytest.mark.parametrize("text, published, tense, span, value", [
    # "the week of" a day is that day's ISO week
    ("A hearing is planned the week of March 6.", dt.date(2000, 2, 24), "future", "the week of March 6", "2000-W10"),
    ("They met the week of Jan. 9, 2023.", TUE, "past", "the week of Jan. 9, 2023", "2023-W02"),
    # modifiers that TimeBank keeps inside the expression
    ("The deal should close around Nov. 1.", MON, "future", "around Nov. 1", "1989-11-01"),
    ("No profit is expected until 1994 or later.", MON, "future", "1994 or later", "1994"),
    ("Cash flow should hold for 1990 and beyond.", MON, "future", "1990 and beyond", "1990"),
    ("Earlier Sunday, police cleared the square.", dt.date(1998, 3, 22), "past", "Earlier Sunday", "1998-03-22"),
    ("Later Friday, the talks resumed.", TUE, "past", "Later Friday", "2022-03-25"),
    # "then current" looks back
    ("Holders could buy at half the then current price.", MON, "past", "then current", "PAST_REF"),
])
def test_timex_modified_expressions(text, published, tense, span, value):
    assert (span, value) in [(found, resolved) for found, resolved, _ in resolve(text, published, tense)]


@pytest.mark.parametrize("code, year, expected", [
    ("EASTER:0", 2000, dt.date(2000, 4, 23)),
    ("EASTER:0", 2024, dt.date(2024, 3, 31)),
    ("NTH:11:4:4", 1999, dt.date(1999, 11, 25)),
    ("ELECTION", 1998, dt.date(1998, 11, 3)),
    ("LAST:5:1", 2022, dt.date(2022, 5, 30)),
])
def test_timex_holiday_dates(code, year, expected):
    assert timex.holiday_date(code, year) == expected


@pytest.mark.parametrize("amount, unit, expected", [
    (3, "D", "P3D"), (2.5, "Y", "P2Y6M"), (None, "Y", "PXY"), (5, "H", "PT5H"), (2, "DE", "P20Y"), (1, "Q", "P1Q"),
])
def test_timex_duration_values(amount, unit, expected):
    assert timex.duration_value(amount, unit) == expected


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
    for candidate in timex.find_candidates(text):
        assert text[candidate.start:candidate.end] == candidate.text
        resolved = timex.normalise(candidate, timex.Context(published, tense))
        assert resolved.type in ("DATE", "TIME", "DURATION", "SET")


# ---------------------------------------------------------------- scanning around keys gives what a full scan gives


def full_scan(rule, text):
    return [(match.start(), match.end(), {key: value for key, value in match.groupdict().items() if value is not None})
            for match in rule.regex.finditer(text)]


SEPARATORS = [" ", " ", " ", "  ", "\n\n", "-", ", ", ". ", "'s ", "", " \t ", " " * 60]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS + ["MARCH", "Midmarch", "March", "1990", "19", "-01-", "15"]), max_size=14),
       separators=st.lists(st.sampled_from(SEPARATORS), min_size=14, max_size=14))
def test_timex_windowed_scan_matches_full_scan(words, separators):
    text = "".join(word + separator for word, separator in zip(words, separators))
    scan = timex.prepare_scan(text)
    for rule in timex.rules():
        assert list(timex.rule_matches(rule, text, scan)) == full_scan(rule, text), rule.name


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
    scan = timex.prepare_scan(text)
    for rule in timex.rules():
        assert list(timex.rule_matches(rule, text, scan)) == full_scan(rule, text), rule.name


@pytest.mark.parametrize("text, scanned_whole", [
    ("Talks resumed on March 3, 2014.", False),
    ("in\n\n\n\n\n\n\nMarch 2020", True),
    ("call 1-800-555-1212 before 2020", False),
    ("order 12345678 was placed in 2020", True),
    ("The \u017fummer of 1999", True),
    ("The summer of 1999 in Zürich", False),
])
def test_timex_prepare_scan_falls_back_to_full_scan(text, scanned_whole):
    assert (timex.prepare_scan(text) is None) == scanned_whole


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:early\s+)?(?P<month>jan|feb)\s+\d", ({"jan", "feb"}, 10, 9)),  # before: "early" and 5 spaces at most
    (r"(?P<year>1[89]\d\d)'?s", ({"18", "19"}, 0, 6)),
    (r"the\s+weekend", ({"weekend"}, 8, 7)),  # the longer literal is the more selective key
    (r"(?:every|each)\s+week", ({"week"}, 10, 4)),  # one key rather than two
    (r"(?:mon|tues)day", ({"monday", "tuesday"}, 0, 7)),
    (r"\d+\s+years(?=\s+ago)", ({"years"}, 10, 13)),  # the lookahead reads on after the match
    (r"\w+ago", None),  # an unbounded repeat of word characters: no window holds every match
    (r"(?:day)?\s*\d", None),  # nothing every match must hold
])
def test_timex_needed_keys_and_reach(pattern, expected):
    needs = timex.needed(timex.sre_parse.parse(pattern, 0))
    assert (needs and (set(needs.keys), needs.before, needs.after)) == expected


def test_timex_every_rule_scans_around_keys():
    # a rule without keys would scan every text whole again: the dates stage's old cost
    assert [rule.name for rule in timex.rules() if rule.needs is None or rule.lowered is None] == []


@pytest.mark.parametrize("pattern, expected", [
    (r"(?=\w+£)the\s+[^x]\d", True),
    (r"[A-Z]\d", False),  # upper case letters would not match lower-cased text
    (r"(?:jan|Feb)", False),
    (r"(?<![\w$£€'-])mid-?[a-z]", True),
])
def test_timex_is_lower_case(pattern, expected):
    assert timex.is_lower_case(timex.sre_parse.parse(pattern, 0)) == expected
