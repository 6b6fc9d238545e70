"""A numbered catalogue of the errors newsgraph reports, so users can search for the code.

Every error a user can cause by their input is a :class:`NewsgraphError` with a stable code; the CLI
prints ``error [CODE] message`` on one line and never a traceback.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """An input or usage problem, reported to the user as one line."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


# The catalogue. Keep codes stable; add new ones at the end.
E_EMPTY = "E001"  # empty or whitespace-only input
E_BINARY = "E002"  # binary data (NUL bytes, not text)
E_ENCODING = "E003"  # not valid UTF-8
E_LANGUAGE = "E004"  # not English
E_FETCH = "E005"  # URL unreachable or HTTP error
E_NOT_HTML = "E006"  # URL or file is not an HTML page
E_NO_ARTICLE = "E007"  # HTML page without an article body
E_NOT_FOUND = "E008"  # input file does not exist or cannot be read
E_RECORD = "E009"  # malformed JSON lines record
E_MODEL = "E010"  # spaCy pipeline cannot be loaded
E_DICTIONARY = "E011"  # user actor dictionary cannot be read
E_DATE = "E012"  # bad --published date
E_UNEXPECTED = "E999"  # an unexpected failure on one input (a bug: please report it with the input)


def fail(code: str, message: str) -> NewsgraphError:
    return NewsgraphError(message, code=code)
