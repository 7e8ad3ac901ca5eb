"""The Telegram post the check tests compare citations with: @rybar's, read from its widget."""

from __future__ import annotations

import datetime as dt

from provenance.models import Platform, SourcePost

URL = "https://t.me/rybar/12345"
WORDS = "The convoy had already crossed the bridge at Kherson."
POST = SourcePost(
    platform=Platform.TELEGRAM,
    url=URL,
    author="Рыбарь",
    handle="rybar",
    published=dt.datetime(2022, 1, 21, 9, 15, tzinfo=dt.UTC),
    text=WORDS,
)
