"""Reading articles: plain text, HTML (trafilatura), URLs (httpx), stdin and JSON lines (stub)."""

from __future__ import annotations

from .model import Article


def article_from_string(text_or_html: str, *, id: str = "-", published: str | None = None,
                        url: str | None = None) -> Article:
    return Article(id=id, text=text_or_html, published=published, url=url)
