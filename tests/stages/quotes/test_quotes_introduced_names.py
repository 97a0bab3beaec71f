"""Quoted words after a word that makes them a name or a term ("so-called", "dubbed", "known as") are no
quotation, even inside reported speech (pipeline/stages/quotes/frames.py, ``is_introduced_name``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Members of the so-called "friends of the democratic transition" met in Lusaka on Friday, officials said.',
    'Diplomats said the plan, dubbed "a bridge across the northern waters" by its backers, had stalled.',
    'The ministry said the militia leader, known as "the man from the eastern hills", had fled the town.',
    'Officials said the programme, billed as "help for every family in need", would start in May.',
])
def test_quotes_introduced_name_is_no_direct_quote(quotes_of, text):
    _, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == []


@pytest.mark.parametrize("text, quotation", [
    # "called" and "branded" introduce the speaker's words
    ('The minister said the envoy had called the blockade "a crime against the whole region".',
     '"a crime against the whole region"'),
    ('The premier said the rebels had named their demands "the only way back to peace talks".',
     '"the only way back to peace talks"'),
])
def test_quotes_words_after_other_verbs_stay_quotations(quotes_of, text, quotation):
    _, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == [quotation]


@pytest.mark.parametrize("text", [
    # title-case words in quotation marks beside a noun for a work or a plan, after a comma or colon: its title
    'She wrote a book, "The Long Road to Vienna and Back Again", in 2020.',
    'The envoy presented the report: "Borders Under Strain in the Northern Provinces" on Monday.',
    'The ministry launched a campaign, "Bring Every Family Home Before Winter", last week.',
])
def test_quotes_title_beside_a_work_is_no_direct_quote(quotes_of, text):
    _, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == []


@pytest.mark.parametrize("text, quotation", [
    # a sentence quoted beside such a noun is still a quotation (not title case), and so is a title-case line that
    # follows no such noun
    ('The envoy read from the report, "the army fired first and the police did nothing to stop it".',
     '"the army fired first and the police did nothing to stop it"'),
    ('Ivo Lark wrote, "Never Again Will We Bow to Threats From Abroad."',
     '"Never Again Will We Bow to Threats From Abroad."'),
])
def test_quotes_quotation_beside_a_work_stays(quotes_of, text, quotation):
    _, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == [quotation]
