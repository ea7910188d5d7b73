"""The content lines of a vCard file, unfolded, each with the number of the line it starts on.

Three ways a value goes on over several lines: RFC folding (the next line starts with a space or a tab),
quoted-printable's soft break (vCard 2.1: "=" at the end), and Android's 2.1 habit of a backslash at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_PROPERTY_START = re.compile(r"[A-Za-z0-9.-]+[;:]")


def _escapes_line_end(line: str) -> bool:
    """Whether a line ends with a backslash that escapes nothing else (an odd run of them)."""
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of the physical line they start on."""
    current: list[str] = []
    start = 0
    quoted_printable = False
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        soft_break = quoted_printable and current and current[-1].endswith("=")
        # Android's 2.1 line break inside a value: a backslash that escapes the line's end ("Brevern\", next
        # line "9999999\"), as the value's own "\n"; a next line that is a property of its own is not joined
        escaped_end = current and _escapes_line_end(current[-1]) and not _PROPERTY_START.match(line)
        if current and (line[:1] in (" ", "\t") or soft_break or escaped_end):
            if soft_break:  # QUOTED-PRINTABLE's own line continuation (vCard 2.1): the next line goes on as it
                current[-1] = current[-1][:-1]  # is, a space at its start included ("come=" / " to the aid")
            elif escaped_end:
                current[-1] = current[-1][:-1] + "\\n"
            else:
                line = line[1:]
            current.append(line)
            continue
        if current:
            yield start, "".join(current)
        current, start = [line], number
        head = line.split(":", 1)[0].upper()
        quoted_printable = "QUOTED-PRINTABLE" in head
    if current:
        yield start, "".join(current)
