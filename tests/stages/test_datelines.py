import pytest

from pipeline.stages.datelines import find_dateline


@pytest.mark.parametrize("text, place, region, date, agency", [
    ("OSLO, June 3 (Reuters) - Norway and Sweden agreed on Tuesday to share radar data.",
     "OSLO", None, "June 3", "Reuters"),
    ("Minsk (AFP) - Belarus said on Monday it would close two border crossings.", "Minsk", None, None, "AFP"),
    ("DAKAR, Senegal (AP) — Senegal's president met his Gambian counterpart.", "DAKAR", "Senegal", None, "AP"),
    # press releases: "CITY, State--(WIRE)--", the wire's name possibly empty
    ("RENO, Nev.--(BUSINESS WIRE)--Acme Corp. said on Monday it would open a plant.", "RENO", "Nev.", None,
     "BUSINESS WIRE"),
    ("Boise, Idaho--( )--A local firm said it had won the contract.", "Boise", "Idaho", None, None),
    ("ANKARA, Sept. 9 (Xinhua) -- Turkey will host talks next week.", "ANKARA", None, "Sept. 9", "Xinhua"),
    ("VIENNA, Jan. 4. /TASS/. Austria summoned the ambassador on Thursday.", "VIENNA", None, "Jan. 4", "TASS"),
    ("ABUJA/NIAMEY, May 2 (Reuters) - Nigeria and Niger reopened their border.", "ABUJA/NIAMEY", None, "May 2",
     "Reuters"),
    ("NEW DELHI — India recalled its envoy.", "NEW DELHI", None, None, None),
    ("SANTIAGO, Chile, March 4, 2024 (Reuters) -- Chile expelled two diplomats.", "SANTIAGO", "Chile",
     "March 4, 2024", "Reuters"),
])
def test_datelines_wire_forms(text, place, region, date, agency):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.date, found.agency) == (place, region, date, agency)
    assert text[found.place_start:found.place_end] == place
    assert region is None or text[found.region_start:found.region_end] == region
    assert text[found.end:].split()[0] in {"Norway", "Belarus", "Senegal's", "Turkey", "Austria", "Nigeria", "India", "Acme", "A",
                                           "Chile"}


@pytest.mark.parametrize("text, place", [
    # plain-text input often opens with the headline
    ("Norway, Sweden to share radar data\n\nOSLO, June 3 (Reuters) - Norway and Sweden agreed on Tuesday.", "OSLO"),
    ("Belarus shuts crossings\nMinsk (AFP) - Belarus said on Monday it would close two crossings.", "Minsk"),
    # scraped pages put a date line or a byline between the title and the dateline
    ("Norway, Sweden to share radar data\nPublished 3 June 2025, 10:42 GMT\n\nOSLO, June 3 (Reuters) - Norway "
     "and Sweden agreed on Tuesday.", "OSLO"),
    ("Belarus shuts crossings\nBy Anna Kovac and Piotr Lis\nUpdated June 3, 2025\nMINSK (AP) — Belarus said "
     "it would close two crossings.", "MINSK"),
    # ... and a section line above the title
    ("World | Europe\nBelarus shuts crossings\nBy Anna Kovac\nPublished Monday, June 2, 2025\nMINSK — Belarus "
     "said it would close two crossings.", "MINSK"),
])
def test_datelines_after_header_lines(text, place):
    found = find_dateline(text)
    assert found is not None and found.place == place
    assert text[found.start:found.place_end] == place


@pytest.mark.parametrize("text", [
    "Norway and Sweden agreed on Tuesday to share radar data.",
    "Oslo - the capital - hosted the talks.",  # a title-case place needs an agency to be a dateline
    "Talks end without a deal\nThe two sides met in Doha on Friday.",
    # a first line that is a sentence is no title: the line after it opens no dateline
    "Norway and Sweden agreed on Tuesday to share radar data.\nOSLO (Reuters) - The deal ...",
    "NATO leaders met in Vilnius on Tuesday.",
    # header lines end where a sentence does, and a dateline comes within the first few lines or not at all
    "Talks end\nBy Anna Kovac\nThe two sides met in Doha.\nOSLO (Reuters) - The deal ...",
    "One\nTwo\nThree\nFour\nFive\nSix\nOSLO (Reuters) - The deal ...",
])
def test_datelines_none(text):
    assert find_dateline(text) is None
