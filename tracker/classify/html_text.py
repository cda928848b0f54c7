"""HTML mail turned into plain text with the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never text a person reads in the mail.
_SKIP = frozenset(
    {"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"}
)
# Elements that start and end a line of their own.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_VOID = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}
)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|body|div|p|br|table|span|a\s|font|td|tr|li|ul|h[1-6]|img|center|b|i|strong|em)\b[^>]*>",
    re.IGNORECASE,
)
MAX_HTML_CHARS = 1 << 20
"""HTML beyond this is not read: the text that matters comes first."""


def looks_like_html(text: str) -> bool:
    """Give True when `text` carries HTML markup rather than plain words."""
    return _HTML_HINT.search(text, 0, 4096) is not None


def html_to_text(html: str) -> str:
    """Give the readable text of an HTML document, one line per block, quotes marked with "> "."""
    converter = _Converter()
    converter.feed(html[:MAX_HTML_CHARS])
    converter.close()
    return converter.text()


class _Converter(HTMLParser):
    """Collects text, breaking lines at block elements and skipping non-text elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._line: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        self._quote_depth = 0
        self._div_quotes: list[bool] = []
        """For each open div: whether it opened a quote."""
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip_depth += 1
            return
        if tag == "br":
            self._break()
        elif tag in _BLOCK:
            self._break()
            if tag == "pre":
                self._pre_depth += 1
            elif tag == "blockquote":
                self._quote_depth += 1
            elif tag == "div":
                quote = _is_quote_div(attrs)
                self._div_quotes.append(quote)
                self._quote_depth += quote
        elif tag in _CELL:
            self._line.append(" ")
        elif tag == "a":
            self._href = _link_target(attrs)
            self._link_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or tag == "hr":
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK:
            self._break()
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)
            elif tag == "blockquote" or (
                tag == "div" and self._div_quotes and self._div_quotes.pop()
            ):
                self._quote_depth = max(0, self._quote_depth - 1)
        elif tag == "a" and self._href is not None:
            shown = "".join(self._link_text).strip()
            # Keep where a link goes (job ids and scheduling links live in URLs)
            # unless the text already shows it.
            if self._href not in shown:
                self._line.append(f" <{self._href}>")
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if not self._pre_depth:
            data = _SPACES.sub(" ", data)
        if self._href is not None:
            self._link_text.append(data)
        if self._pre_depth and "\n" in data:
            first, *rest = data.split("\n")
            self._line.append(first)
            for piece in rest:
                self._break(force=True)
                self._line.append(piece)
            return
        self._line.append(data)

    def _break(self, force: bool = False) -> None:
        line = "".join(self._line)
        self._line = []
        if not self._pre_depth:
            line = _SPACES.sub(" ", line).strip()
        if line or force:
            prefix = "> " * self._quote_depth
            self._lines.append(prefix + line)
        elif self._lines and self._lines[-1] != "":
            self._lines.append("")

    def text(self) -> str:
        self._break()
        joined = "\n".join(self._lines).strip("\n")
        return _BLANK_LINES.sub("\n\n", joined)


def _link_target(attrs: list[tuple[str, str | None]]) -> str | None:
    for name, value in attrs:
        if name == "href" and value and value.startswith(("http://", "https://")):
            return value.strip()
    return None


def _is_quote_div(attrs: list[tuple[str, str | None]]) -> bool:
    """Give True for the div Gmail and others wrap a quoted reply in."""
    for name, value in attrs:
        if name == "class" and value and ("gmail_quote" in value or "moz-cite-prefix" in value):
            return True
    return False
