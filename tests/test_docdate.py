"""Publication-date inference from an article's own text (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from factcheck.docdate import infer_document_date

FILLER = (
    "Local officials described the repairs as the largest in a generation, and residents "
    "lined the streets to watch crews at work through the afternoon heat. "
)


def test_dateline_at_the_top() -> None:
    text = "Sept. 3, 2025\n\nThe city council said on Sept. 2 that the budget was approved."
    assert infer_document_date(text) == (dt.date(2025, 9, 3), "dateline 'Sept. 3, 2025'")


def test_published_prefix_and_clock_time() -> None:
    date, how = infer_document_date("Published: 14 March 2024\n\nThe port reopened on Monday.")
    assert date == dt.date(2024, 3, 14) and how.startswith("dateline")


def test_latest_dated_statement_with_year_from_body() -> None:
    text = (
        "The treaty was first drafted on May 2, 2024. "
        "The foreign minister said on June 11 that it was ready. " + FILLER
    )
    date, how = infer_document_date(text)
    assert date == dt.date(2024, 6, 11)
    assert "June 11" in how


def test_teaser_after_read_more_is_ignored() -> None:
    text = (
        "The governor signed the measure into law on April 8, 2025. "
        + FILLER * 2
        + "\nRead more\nRegulators approved the merger on Nov. 19, 2025."
    )
    assert infer_document_date(text)[0] == dt.date(2025, 4, 8)


def test_news_feed_and_sources_are_ignored() -> None:
    text = (
        "The strike ended on Feb. 6, 2025, union leaders said. "
        + FILLER * 2
        + "\nNews Feed\nA second strike began on March 30.\nSources: report of July 1, 2025"
    )
    assert infer_document_date(text)[0] == dt.date(2025, 2, 6)


def test_author_bio_is_ignored() -> None:
    text = (
        "The court ruled on Jan. 15, 2025, that the ban was lawful. "
        + FILLER * 2
        + "\nMaria Novak is a staff reporter covering courts since Oct. 1, 2025.\n"
    )
    assert infer_document_date(text)[0] == dt.date(2025, 1, 15)


def test_an_archive_photo_neither_dates_the_article_nor_lends_a_year() -> None:
    text = (
        "Crews at the dam on May 20, 2022. [Lena Ortiz/Agency]\n"
        "Engineers said on June 2 that the repairs were finished. " + FILLER
    )
    date, why = infer_document_date(text)
    assert date is None and "without a year" in why


def test_caption_credits_are_recognized() -> None:
    text = (
        "Workers repair the dam on Sept. 3, 2025. (Source: Wire Agency)\n"
        "The ministry said on March 2, 2024, that the dam would be repaired. " + FILLER
    )
    assert infer_document_date(text)[0] == dt.date(2024, 3, 2)


def test_future_dates_do_not_count() -> None:
    text = (
        "The parliament approved the plan on March 3, 2025. "
        "Elections will be held on Oct. 5, 2025. " + FILLER
    )
    assert infer_document_date(text)[0] == dt.date(2025, 3, 3)


def test_no_year_means_no_date() -> None:
    date, how = infer_document_date("The mayor said on Aug. 27 that the bridge was safe.")
    assert date is None
    assert "year" in how


def test_conflicting_years_mean_no_date() -> None:
    text = "Built on May 1, 1990 and rebuilt on May 1, 2010, the hall reopened on June 3."
    assert infer_document_date(text)[0] == dt.date(2010, 5, 1)


def test_empty_text() -> None:
    assert infer_document_date("") == (None, "no dated statement in the article body")
