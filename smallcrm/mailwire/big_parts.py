"""Large base64 bodies set aside while the standard library parses a message.

The library's parser works line by line in Python: a 30 MB attachment is 550,000 lines and takes seconds and
hundreds of MB. Before parsing, every long run of whole base64 lines (64 or more lines of 60-100 base64
characters) is replaced by one token line; a part's payload gets its bytes back when it is read, and base64 is
then decoded in C. Nothing else changes: a token only stands for bytes that were there.
"""

from __future__ import annotations

import binascii
import re
import secrets
from email.message import Message

SET_ASIDE_FROM = 512 * 1024  # smaller messages parse quickly as they are
_RUN = re.compile(rb"(?m)^(?:[A-Za-z0-9+/]{60,100}\r?\n){64,}")


class BigParts:
    def __init__(self, raw: bytes) -> None:
        self.runs: dict[bytes, memoryview] = {}  # views into ``raw``: nothing is copied until a part is read
        self.prefix = b"SmallCrmRun" + secrets.token_hex(8).encode()  # base64 letters: stays in its part
        self._token = re.compile(re.escape(self.prefix) + rb"\d{8}")
        self.raw = raw
        if len(raw) < SET_ASIDE_FROM:
            return
        pieces, last, whole = [], 0, memoryview(raw)
        for match in _RUN.finditer(raw):
            start, end = match.span()
            end -= 2 if raw[end - 2:end] == b"\r\n" else 1  # the last line break stays: restoring is exact
            token = self.prefix + b"%08d" % len(self.runs)
            self.runs[token] = whole[start:end]
            pieces += [whole[last:start], token]
            last = end
        if self.runs:
            pieces.append(whole[last:])
            self.raw = b"".join(pieces)

    def restore(self, data: bytes) -> bytes:
        """``data`` with the bytes its tokens stand for."""
        if not self.runs or self.prefix not in data:
            return data
        return self._token.sub(lambda m: bytes(self.runs.get(m.group(0), m.group(0))), data)

    def payload(self, part: Message) -> bytes | None:
        """The decoded payload of a part that holds set-aside bytes, or None to let the library decode it."""
        text = part.get_payload()
        if not self.runs or not isinstance(text, str) or self.prefix.decode() not in text:
            return None
        data = self.restore(text.encode("ascii", "surrogateescape"))
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if encoding == "base64":
            try:
                return binascii.a2b_base64(data)
            except binascii.Error:  # bad padding: the library's lenient reading below
                pass
        part.set_payload(data.decode("ascii", "surrogateescape"))
        return None
