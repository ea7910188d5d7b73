"""Failed sign-ins slow a guesser down: after ``USER_LIMIT`` failures in a minute for one user name, or
``ADDRESS_LIMIT`` from one client address (higher: an office's laptops may share one address), the server refuses
sign-ins for that name or address with 429 and ``Retry-After`` until enough of those failures are a minute old,
without checking the password (an argon2 check costs the server a few hundred milliseconds: a guesser must not be
able to spend them for free either).

Kept in the server process's memory: a restart forgets the count, which costs a guesser a restart of the server,
not a way in. Behind a reverse proxy on the same machine uvicorn takes the client's address from the proxy's
``X-Forwarded-For`` (it trusts 127.0.0.1 by default), so one office's laptops are not counted as the proxy."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from smallcrm.server.wire import ApiError

USER_LIMIT = 5
ADDRESS_LIMIT = 20
WINDOW_SECONDS = 60.0
_SWEEP_AT = 10_000  # keys kept before the ones with only old failures are swept


class SignInThrottle:
    """The recent failed sign-ins by user name and by client address (thread-safe: routes run in worker threads)."""

    def __init__(self, user_limit: int = USER_LIMIT, address_limit: int = ADDRESS_LIMIT,
                 window: float = WINDOW_SECONDS, now: Callable[[], float] = time.monotonic) -> None:
        self.limits = {"user": user_limit, "address": address_limit}
        self.window, self.now = window, now
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def check(self, user: str, address: str) -> None:
        """Refuse (429) when the name or the address has reached its limit of failures in the last ``window``
        seconds; ``retry_after``: until one fewer than the limit are left in the window."""
        now = self.now()
        with self._lock:
            keys = (("user", user.casefold()), ("address", address))
            waits = [times[-self.limits[key[0]]] + self.window - now
                     for key, times in ((key, self._recent(key, now)) for key in keys)
                     if len(times) >= self.limits[key[0]]]
        if waits:
            seconds = max(1, math.ceil(max(waits)))
            raise ApiError(429, "sign_in_throttled", f"Too many failed sign-ins: try again in {seconds} seconds",
                           retry_after=seconds)

    def failed(self, user: str, address: str) -> None:
        now = self.now()
        with self._lock:
            if len(self._failures) >= _SWEEP_AT:
                for key in list(self._failures):
                    self._recent(key, now)
            for key in (("user", user.casefold()), ("address", address)):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, user: str) -> None:
        """The right password clears the name's count (the address's stays: it may be guessing other names)."""
        with self._lock:
            self._failures.pop(("user", user.casefold()), None)
