"""Place and date of an event (pipeline.stages.events.attachment)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from events_stage_docs import _placed, _scene, _sited, _stage_on


def test_events_place_and_date_from_the_sentence(base_nlp):
    from pipeline.records import DateExpr, Mention, Place

    text = "Russia and Ukraine held talks in Istanbul on Tuesday."
    start, day = text.index("Istanbul"), text.index("Tuesday")
    doc = _stage_on(base_nlp, text, places=[Place("p1", "Istanbul", "city", "TUR")],
                    place_mentions=[Mention("p1", "place", "Istanbul", start, start + 8)],
                    dates=[DateExpr("Tuesday", day, day + 7, "2025-01-14", "DATE")])
    assert [(e.type, e.place_id, e.date) for e in doc._.events] == [("CONSULT", "p1", "2025-01-14")]


def _places_by_type(doc: Doc) -> list[tuple[str, str | None]]:
    names = {place.place_id: place.name for place in doc._.places}
    return [(event.type, names.get(event.place_id)) for event in doc._.events]


@pytest.mark.parametrize("text, places, expected", [
    # an "in X" phrase of the event's clause, on the verb or inside its object
    ("Russia and Ukraine held talks in Istanbul.", {"Istanbul": "Istanbul"}, [("CONSULT", "Istanbul")]),
    ("India launched missile strikes on camps in Pakistan.", {"Pakistan": "Pakistan"}, [("ASSAULT", "Pakistan")]),
    # a visit happens where it goes
    ("The Turkish president paid a visit to Moscow.", {"Moscow": "Moscow"}, [("CONSULT", "Moscow")]),
    # ... and so does a deployment or a delivery, however the "to" is parsed
    ("France has sent a warship to the Baltic Sea.", {"Baltic Sea": "Baltic Sea"}, [("MOBILIZE", "Baltic Sea")]),
    ("Jordan delivered food aid to Gaza last month.", {"Gaza": "Gaza"}, [("AID", "Gaza")]),
    # an event told in a "where" clause happens at the place the clause hangs on
    ("The envoy then flew to Amman, where he held talks with Jordanian officials.", {"Amman": "Amman"},
     [("CONSULT", "Amman")]),
    # a place in a clause nested under the event says nothing of where it happened
    ("The European Union welcomed the treaty, calling it a step towards peace in the Caucasus.",
     {"Caucasus": "Caucasus"}, [("SUPPORT", None)]),
    # a place that is only a party or a beneficiary is no venue
    ("The Ukrainian president hailed the decision as a victory for Ukraine.", {"Ukraine.": "Ukraine"},
     [("SUPPORT", None)]),
])
def test_events_place_from_the_event_clause(base_nlp, text, places, expected):
    assert _places_by_type(_placed(base_nlp, text, places)) == expected


@pytest.mark.parametrize("text, expected", [
    # the lead of a datelined story happened where it was filed ...
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.", [("AGREE", "Istanbul")]),
    # ... unless it is only planned
    ("ISTANBUL (Reuters) - Russia and Ukraine will hold talks.", [("CONSULT", None)]),
    # later sentences do not inherit the dateline
    ("ISTANBUL (Reuters) - Talks ended. Separately, Russia attacked Ukraine.", [("ASSAULT", None)]),
    # nor what the lead says had happened before: the statement was made there, the deal anywhere
    ("ISTANBUL (Reuters) - Serbia and Kosovo said on Monday they had signed a border deal.", [("AGREE", None)]),
])
def test_events_dateline_place_for_the_lead(base_nlp, text, expected):
    assert _places_by_type(_placed(base_nlp, text, {"ISTANBUL": "Istanbul"})) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline after the title line of a plain-text story: the lead still happened where it was filed
    ("Prisoner swap agreed\n\nISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.",
     [("AGREE", "Istanbul")]),
    ("Prisoner swap agreed\nSOFIA, May 2 (Reuters) - Bulgaria and Greece agreed to exchange prisoners.",
     [("AGREE", "Sofia")]),
    # ... and a place in the title is not where the story was filed
    ("Talks in Geneva end\nISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.",
     [("AGREE", "Istanbul")]),
])
def test_events_dateline_after_a_title_line(base_nlp, text, expected):
    places = {"ISTANBUL": "Istanbul", "SOFIA": "Sofia", "Geneva": "Geneva"}
    assert _places_by_type(_placed(base_nlp, text, {k: v for k, v in places.items() if k in text})) == expected


@pytest.mark.parametrize("text, dates, expected", [
    # the day a story was filed is not the day of what it looks ahead to
    ("OSLO, June 3 (Reuters) -- Norway and Sweden will hold a second round of talks on Saturday, the minister said.",
     {"June 3": "2025-06-03", "Saturday": "2025-06-07"}, ["2025-06-07"]),
    ("OSLO, June 3 (Reuters) -- Norway and Sweden will hold talks, the minister said.",
     {"June 3": "2025-06-03"}, [None]),
    # an undated event in the lead still happened on the story's day
    ("OSLO, June 3 (Reuters) -- Norway expelled two Russian diplomats.", {"June 3": "2025-06-03"}, ["2025-06-03"]),
])
def test_events_dateline_date_is_no_event_date(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 6, 3))
    assert [event.date for event in doc._.events] == expected


@pytest.mark.parametrize("text, dates, expected", [
    # a date in a relative clause dates only that clause
    ("The president, who imposed the tariffs earlier this year, has threatened to attack Venezuela.",
     {"earlier this year": "2025"}, [("THREATEN", None)]),
    # an event told in the past perfect happened before the day its sentence names
    ("Norway and Sweden signed a border treaty on Monday, although Russia had rejected the treaty.",
     {"Monday": "2025-06-02"}, [("AGREE", "2025-06-02"), ("REJECT", None)]),
])
def test_events_date_not_taken_from_background(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 6, 3))
    assert [(event.type, event.date) for event in doc._.events] == expected


@pytest.mark.parametrize("text, dates, expected", [
    # the date of the event's own clause, not one of a clause nested in it
    ("Russia attacked Ukraine on Tuesday.", {"Tuesday": "2025-01-14"}, ["2025-01-14"]),
    ("Russia attacked Ukraine on Tuesday after talks that collapsed on Monday.",
     {"Tuesday": "2025-01-14", "Monday": "2025-01-13"}, ["2025-01-14"]),
    # an undated event in the lead, told in the simple past, happened on the story's day
    ("Russia and Ukraine agreed on Friday to swap prisoners. Ukraine rejected a Russian demand.",
     {"Friday": "2025-01-17"}, ["2025-01-17", "2025-01-17"]),
    # ... but not one told in the present perfect, nor one later in the story
    ("Russia and Ukraine agreed on Friday to swap prisoners. Ukraine has rejected a Russian demand.",
     {"Friday": "2025-01-17"}, ["2025-01-17", None]),
    ("Russia and Ukraine agreed on Friday to swap prisoners. The talks lasted two hours. Later, Poland expelled "
     "two Belarusian diplomats.", {"Friday": "2025-01-17"}, ["2025-01-17", None]),
    # a duration or an unresolved expression is no date
    ("Russia has attacked Ukraine for three days.", {"three days": "P3D"}, [None]),
    # a time dates the event by its day
    ("Russia attacked Ukraine last night.", {"last night": "2025-01-17TNI"}, ["2025-01-17"]),
])
def test_events_date_of_the_event_clause(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # what a speaker said in the simple past that their side does or did is the story's news of the day ...
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry said Japan had asked China to "
     "lift the ban.", ["2025-01-17", "2025-01-17"]),
    # ... not what they have said at some time, nor what they said they would do
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry has said Japan asked China to "
     "lift the ban.", ["2025-01-17", None]),
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry said Japan would appoint an "
     "envoy and urge China to lift the ban.", ["2025-01-17", None]),
])
def test_events_date_of_what_was_said(base_nlp, text, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, {"Friday": "2025-01-17"}, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a story filed from where it says its news happened: what else happened there that day happened there too
    ("ISTANBUL (Reuters) - Russia and Ukraine held talks in Istanbul on Friday. The talks lasted two hours. "
     "On Friday, Ukraine rejected a Russian demand for more territory.",
     [("CONSULT", "Istanbul", "2025-01-17"), ("REJECT", "Istanbul", "2025-01-17")]),
    # ... not what happened on another day
    ("ISTANBUL (Reuters) - Russia and Ukraine held talks in Istanbul on Friday. The talks lasted two hours. "
     "On Thursday, Ukraine rejected a Russian demand for more territory.",
     [("CONSULT", "Istanbul", "2025-01-17"), ("REJECT", None, "2025-01-16")]),
    # ... and a dateline the story never names as a venue only places its lead
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed on Friday to swap prisoners. The talks lasted two hours. "
     "On Friday, Ukraine rejected a Russian demand for more territory.",
     [("AGREE", "Istanbul", "2025-01-17"), ("REJECT", None, "2025-01-17")]),
    # the lead's second sentence tells the day's news too, so it happened where the story was filed ...
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed on Friday to swap prisoners. Ukraine also rejected a Russian "
     "demand for more territory.", [("AGREE", "Istanbul", "2025-01-17"), ("REJECT", "Istanbul", "2025-01-17")]),
    # ... save an attack, which happens where it falls, not where the reporter files from
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed on Friday to swap prisoners. Separately, Russia attacked "
     "Ukraine.", [("AGREE", "Istanbul", "2025-01-17"), ("ASSAULT", None, "2025-01-17")]),
])
def test_events_place_of_the_story_scene(base_nlp, text, expected):
    dates = {"Friday": "2025-01-17", "Thursday": "2025-01-16"}
    assert _scene(base_nlp, text, {"Istanbul": "Istanbul"}, dates) == expected


@pytest.mark.parametrize("text, places, dates, expected", [
    # a participle clause before the verb sets its scene ...
    ("Speaking in Tirana on Friday, the Ukrainian president urged Washington to impose new sanctions.",
     {"Tirana": "Tirana"}, {"Friday": "2025-01-17"}, [("REQUEST", "Tirana", "2025-01-17")]),
    # ... a clause with a subject of its own does not
    ("While Blinken was in Tirana, the Ukrainian president urged Washington to impose new sanctions.",
     {"Tirana": "Tirana"}, {}, [("REQUEST", None, "2025-01-18")]),
    # what is said happens where it is said ...
    ("In Washington, the spokesman said the United States urges Beijing to show restraint.",
     {"Washington": "Washington"}, {}, [("REQUEST", "Washington", "2025-01-18")]),
    # ... but what is reported there need not have happened there
    ("In Washington, the spokesman said Russia attacked Ukraine.",
     {"Washington": "Washington"}, {}, [("ASSAULT", None, "2025-01-18")]),
    # the day an event is announced dates it before a day elsewhere in the sentence
    ("Qatar announced on Wednesday that Israel and Egypt had reached an agreement, with the truce set to take "
     "effect on Sunday.", {}, {"Wednesday": "2025-01-15", "Sunday": "2025-01-19"}, [("AGREE", None, "2025-01-15")]),
])
def test_events_place_and_date_of_the_speaker(base_nlp, text, places, dates, expected):
    # (an undated lead told in the simple past is of the story's day, 2025-01-18)
    assert _scene(base_nlp, text, places, dates) == expected


CHILE = ("Chile", "country", "CHL")


SANTIAGO = ("Santiago", "city", "CHL")


VIENNA = ("Vienna", "city", "AUT", 48.21, 16.37)


HOFBURG = ("Hofburg Palace", "other", "AUT", 48.21, 16.37)


@pytest.mark.parametrize("text, places, expected", [
    # of a country and a town in it both framing the event, the town
    ("In Chile, thousands of demonstrators protested in central Santiago on Sunday against the pension reform.",
     {"Chile": CHILE, "Santiago": SANTIAGO}, [("PROTEST", "Santiago")]),
    # ... also inside one phrase ...
    ("Police detained twelve protesters in Chile's Santiago province.", {"Chile": CHILE, "Santiago": SANTIAGO},
     [("COERCE", "Santiago")]),
    # ... but of a list of places the first still stands
    ("Serbia launched air strikes on depots in Chile and Santiago.", {"Chile": CHILE, "Santiago": SANTIAGO},
     [("ASSAULT", "Chile")]),
    # a named site of a town the story names is reported as that town ...
    ("Serbia and Kosovo held talks at the Hofburg Palace on Monday. The palace stands in the old centre of Vienna.",
     {"Hofburg Palace": HOFBURG, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # ... and a site of no town named stays itself
    ("Serbia and Kosovo held talks at the Hofburg Palace on Monday.", {"Hofburg Palace": HOFBURG},
     [("CONSULT", "Hofburg Palace")]),
])
def test_events_place_town_over_its_country_or_site(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


@pytest.mark.parametrize("text, places, expected", [
    # where the subject is said to be, when the clause names no place
    ("The Peruvian foreign minister, who was in Santiago for a conference, held talks with Chilean officials.",
     {"Chilean": CHILE, "Santiago": SANTIAGO, "Peruvian": ("Peru", "country", "PER")}, [("CONSULT", "Santiago")]),
    ("Peru's embassy in Santiago welcomed the ruling and called on Chile to free the fishermen.",
     {"Chile": CHILE, "Santiago": SANTIAGO, "Peru": ("Peru", "country", "PER")},
     [("SUPPORT", "Santiago"), ("REQUEST", "Santiago")]),
])
def test_events_place_of_the_subject(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


KOSOVO = ("Kosovo", "country", "XKX")


SERBIA = ("Serbia", "country", "SRB")


@pytest.mark.parametrize("text, places, expected", [
    # a place in a phrase or clause hung on the place phrase's noun is not where "in" is
    ("Serbia is to hand over 20 detainees in return for Serbian prisoners held in Kosovo jails.",
     {"Serbia": SERBIA, "Serbian": SERBIA, "Kosovo": KOSOVO}, [("CONCEDE", None)]),
    # a nationality word in an "of" phrase names people, not where the event is
    ("Serbia and Kosovo held talks in the presence of the Albanian envoy.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Albanian": ("Albania", "country", "ALB")}, [("CONSULT", None)]),
    # what an agreement or a demand is about is not where it was made ...
    ("Serbia and Kosovo agreed on a truce in Mitrovica.", {"Serbia": SERBIA, "Kosovo": KOSOVO,
                                                          "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("AGREE", None)]),
    # ... but the talks it came after are
    ("Serbia and Kosovo agreed on a truce in Mitrovica after talks in Vienna.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Mitrovica": ("Mitrovica", "city", "XKX"), "Vienna": VIENNA},
     [("AGREE", "Vienna")]),
    # a town an attack falls on is where it happened; a country attacked is only its target
    ("Serbian forces shelled Mitrovica overnight.", {"Serbian": SERBIA, "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("ASSAULT", "Mitrovica")]),
    ("Serbia launched a rocket attack on northern Kosovo.",
     {"Serbia": SERBIA, "northern Kosovo": ("northern Kosovo", "region", "XKX")}, [("ASSAULT", "northern Kosovo")]),
    # a withdrawal happens where the troops leave
    ("Serbia will pull its troops back from Mitrovica.", {"Serbia": SERBIA, "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("RETREAT", "Mitrovica")]),
])
def test_events_place_of_the_event_not_of_its_object(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


AUSTRIA = ("Austria", "country", "AUT")


@pytest.mark.parametrize("text, places, expected", [
    # a clause on the event noun says where it is set
    ("Talks between Serbia and Kosovo, due to open in Vienna on Monday, were called off.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # "the <nationality> capital" is the capital the story names ...
    ("Serbia and Kosovo held talks in the Austrian capital on Monday. Vienna was cold.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Austrian": AUSTRIA, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # ... else its country
    ("Serbia and Kosovo held talks in the Austrian capital on Monday.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Austrian": AUSTRIA}, [("CONSULT", "Austria")]),
])
def test_events_place_set_by_a_clause_or_a_capital(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected
