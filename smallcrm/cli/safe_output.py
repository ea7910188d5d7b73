"""What the command line prints cannot drive the terminal: names come from other people (an imported file, a
mail), and an escape sequence in one (ESC [ 2 J, a hyperlink, a changed title) or a bidi control (U+202E turns
"gpj.exe" around) would act on the user's terminal or hide what is printed. Such characters are shown as
``\\uXXXX`` instead: visible, and still valid inside JSON strings (which ``--json`` prints)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# C0 and C1 controls but tab and newline; DEL; the bidi embeddings, overrides, isolates and marks
_UNSAFE = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]")
_UNSAFE_KEEP_CR = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e"
                             "\\u2066-\\u2069]")


def escape(text: str, keep_cr: bool = False) -> str:
    """``text`` with every terminal control and bidi character written as ``\\uXXXX``; characters the
    output cannot encode (a name read from a file that was not UTF-8) as ``\\uXXXX`` too."""
    pattern = _UNSAFE_KEEP_CR if keep_cr else _UNSAFE
    text = pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return re.sub("[\\ud800-\\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that escapes what it is given before passing it on (every other attribute is the
    stream's own)."""

    def __init__(self, stream: TextIO, keep_cr: bool = False) -> None:
        self._stream = stream
        self._keep_cr = keep_cr

    def write(self, text: str) -> int:
        self._stream.write(escape(text, self._keep_cr))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def safe_output() -> Iterator[None]:
    """Escape stdout (and stderr, whose progress lines may rewrite themselves with a carriage return) while
    a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err, keep_cr=True)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
