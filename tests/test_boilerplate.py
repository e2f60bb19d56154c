"""Page furniture: what is not article prose, and why (plain text, no model)."""

from __future__ import annotations

import pytest

from factcheck.boilerplate import find_boilerplate

ARTICLE = """Regional news

Flood barriers fail in river town

4 min read
Flood barriers fail in river town
Residents fill sandbags by the river on April 3, 2024. (Photo agency)
Residents fill sandbags by the river on April 3, 2024. (Photo agency)

Officials said on Friday that 1,200 homes were flooded after the barriers gave way.

The mayor said repairs would cost at least $40 million, according to the city budget office.

Dana Reyes is a reporter at the River Gazette covering local government and the environment.

Read more
Storm season brings record rainfall to the coast
Rainfall totals reached 310 millimetres in two days, the weather service said, as crews worked to
"""


def reasons(text: str) -> dict[str, str]:
    return {text[r.start : r.end].strip(): r.reason for r in find_boilerplate(text)}


def test_page_controls_bios_repeats_and_teasers_are_found():
    found = reasons(ARTICLE)
    assert found["4 min read"] == "page control"
    assert found["Flood barriers fail in river town"].startswith("repeats")
    assert found[
        "Residents fill sandbags by the river on April 3, 2024. (Photo agency)"
    ].startswith("repeats")
    assert (
        found[
            "Dana Reyes is a reporter at the River Gazette covering local government and the environment."
        ]
        == "author bio"
    )
    assert (
        "after the end of the article" in found["Storm season brings record rainfall to the coast"]
    )


@pytest.mark.parametrize(
    "line",
    [
        "Officials said on Friday that 1,200 homes were flooded after the barriers gave way.",
        "The mayor said repairs would cost at least $40 million, according to the city budget office.",
    ],
)
def test_article_prose_is_kept(line):
    assert line not in reasons(ARTICLE)


def test_appeals_and_paragraphs_repeated_across_an_outlet():
    text = "Body sentence one.\nYour support keeps our reporters in the field. Donate today.\nShared footer line.\n"
    found = reasons_with_repeated(text, {"Shared footer line."})
    assert (
        found["Your support keeps our reporters in the field. Donate today."] == "appeal to readers"
    )
    assert found["Shared footer line."] == "repeated on other pages of the outlet"


def reasons_with_repeated(text: str, repeated: set[str]) -> dict[str, str]:
    return {
        text[r.start : r.end].strip(): r.reason for r in find_boilerplate(text, repeated=repeated)
    }


def test_plain_text_has_no_furniture():
    assert find_boilerplate("One sentence.\nAnother sentence.\n") == []


def test_only_pages_of_one_named_outlet_share_a_footer():
    from factcheck.corpus import Footers
    from factcheck.models import Document

    tail = "The agency said the total had reached 1,200 by the end of March this year."
    pages = [
        Document(
            id=f"{n}.txt",
            path=f"{n}.txt",
            text=f"Body paragraph number {n} of the story.\n" * 10 + tail + "\n",
            source=s,
        )
        for n, s in enumerate(["Daily Beacon", "Daily Beacon", None, None])
    ]
    repeated = Footers.of(pages)
    assert repeated["Daily Beacon"] == {tail}
    # Wire copy without a known outlet repeats real paragraphs: they stay article text.
    assert set(repeated) == {"Daily Beacon"}


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Published 10 July 2025 · 3 min read", True),
        ("Updated: 14:02, March 3", True),
        ("Last updated Mar. 3, 2025 at 9:14 a.m.", True),
        ("Published on Tuesday, 4 March 2025", True),
        ("Published figures from 2024 show that 1,500 staff were attacked.", False),
        ("Posted by the council in 2023 and never removed", False),
        ("Updated 2025 figures were released.", False),
    ],
)
def test_a_line_that_only_dates_the_page_is_its_dateline(text, dateline):
    reasons = [r.reason for r in find_boilerplate(f"Body text.\n{text}\n")]
    assert ("the page's dateline" in reasons) is dateline
