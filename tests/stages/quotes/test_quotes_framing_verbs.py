"""A verb outside the cue lists frames the quote before it when the quote ends on a comma, question or exclamation
mark and the verb's subject, a name or a pronoun, stands right after the quote (“...,” Kestel barked). Sentences
written for these tests (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quoted, speaker, cue", [
    ("“Go back to your office,” Kestel barked at the reporter.", "Go back to your office", "Kestel", "barked"),
    ("“You know, it happens, right?” Ruell went on, as if he had not heard her.", "it happens, right", "Ruell", "went"),
    ("Mara Kestel looked at the broken gate. “Not again, not this week!” she groaned.", "Not again", "Kestel",
     "groaned"),
])
def test_quotes_verb_after_the_quote_frames_it(quotes_of, text, quoted, speaker, cue):
    _, quotes = quotes_of(text)
    quote = next(q for q in quotes if q.direct and quoted in q.text)
    assert speaker in (quote.speaker or "")
    assert quote.cue == cue


@pytest.mark.parametrize("text, quoted, verb", [
    # a quote that ends its sentence: what follows is the writer's next sentence, not its frame
    ("“We are done with this plan for good.” Kestel walked out of the hall.", "We are done", "walked"),
])
def test_quotes_verb_of_the_next_sentence_does_not_frame(quotes_of, text, quoted, verb):
    _, quotes = quotes_of(text)
    quote = next(q for q in quotes if q.direct and quoted in q.text)
    assert quote.cue != verb


@pytest.mark.parametrize("text, quoted, speaker", [
    # the parse hangs the name after the cue on a clause of its own ("Robin Maynard ... joking"): the name next to
    # the cue still speaks
    ("Workers heard the news on Monday. ''I'm better with my hands than with my brain,'' said Robin Maynard, half "
     "joking.", "better with my hands", "Maynard"),
    ("The council met again. “We will rebuild the old bridge by spring,” said Tomas Ruell, half smiling.",
     "rebuild the old bridge", "Ruell"),
])
def test_quotes_name_after_the_cue_speaks_when_the_parse_gives_no_subject(quotes_of, text, quoted, speaker):
    _, quotes = quotes_of(text)
    quote = next(q for q in quotes if q.direct and quoted in q.text)
    assert speaker in (quote.speaker or "")
