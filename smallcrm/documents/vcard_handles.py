"""Chat and social-network addresses in vCards: read from the many properties address books use, written back as
IMPP (RFC 4770) and X-SOCIALPROFILE (Apple's, which most programs read).

The service is given as the writer names it (X-SERVICE-TYPE, a TYPE that is no place, the URI's scheme, the
X- property's name); ``services/parties/handles.py`` brings each to the one name kept.
"""

from __future__ import annotations

import re
from typing import Protocol
from urllib.parse import quote, unquote

# X-<SERVICE> properties of one chat address each (Evolution, iOS, Gmail, Highrise, Outlook ...): the service
X_CHAT = {"X-SKYPE": "skype", "X-SKYPE-USERNAME": "skype", "X-JABBER": "jabber", "X-AIM": "aim", "X-MSN": "msn",
          "X-ICQ": "icq", "X-YAHOO": "yahoo", "X-GTALK": "google talk", "X-GOOGLE-TALK": "google talk",
          "X-GOOGLE TALK": "google talk", "X-GADUGADU": "gadu-gadu", "X-GROUPWISE": "groupwise", "X-QQ": "qq",
          "X-SAMETIME": "sametime", "X-MS-IMADDRESS": "", "X-TELEGRAM": "telegram"}
X_SOCIAL = {"X-TWITTER": "twitter", "X-FACEBOOK": "facebook", "X-LINKEDIN": "linkedin"}
# TYPE values that say where or how, not which service (IMPP;TYPE=business,video,voice)
_NO_SERVICE = frozenset({"home", "work", "other", "pref", "personal", "business", "video", "voice", "text", "cell",
                         "internet", "mobile"})
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_NOT_SCHEME = re.compile(r"[^a-z0-9+.-]")  # what a service's name has that a URI scheme may not
# schemes that name no service: Apple's for a service with none of its own (the service is beside it), ours
_NO_SCHEME = frozenset({"x-apple", "x-chat"})


class Card(Protocol):
    ims: list[tuple[str, str]]
    socials: list[tuple[str, str]]


def _service(params: dict[str, list[str]]) -> str:
    for name in ("X-SERVICE-TYPE", "SERVICE-TYPE"):
        if params.get(name):
            return params[name][0]
    return next((t for t in params.get("TYPE", []) if t and t.lower() not in _NO_SERVICE), "")


def take_handle(card: Card, name: str, params: dict[str, list[str]], value: str) -> bool:
    """Note a chat or social address the property gives (True), or say it is none (False). ``value``: decoded,
    still escaped. IMPP keeps its URI ("xmpp:joe@example.org": the scheme names a service when nothing else
    does), its %-escapes undone."""
    text = value.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").strip()
    if name == "IMPP":
        target, service = card.ims, _service(params)
        scheme, colon, rest = text.partition(":")
        if colon and not rest.startswith("//") and _SCHEME.fullmatch(scheme):  # the URI's scheme: no part of it
            service = service or ("" if scheme.lower() in _NO_SCHEME else scheme)
            text = unquote(rest).strip()
    elif name in ("CHAT", "X-CHAT"):
        target, service = card.ims, _service(params)
    elif name in X_CHAT:
        target, service = card.ims, X_CHAT[name]
    elif name in ("SOCIAL", "SOCIALPROFILE", "X-SOCIALPROFILE"):
        target, service = card.socials, _service(params)
    elif name in X_SOCIAL:
        target, service = card.socials, X_SOCIAL[name]
    else:
        return False
    if text:
        target.append((service, text))
    return True


def handle_lines(ims: list[tuple[str, str]], socials: list[tuple[str, str]],
                 schemes: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name, parameters, value) of the properties that write these addresses: IMPP with the service beside
    its URI (``schemes``: a chat service's URI scheme; x-<service> for one without), X-SOCIALPROFILE typed."""
    lines = []
    for service, value in ims:
        scheme = (schemes.get(service) or "x-" + _NOT_SCHEME.sub("-", service.lower())) if service else "x-chat"
        param = f';X-SERVICE-TYPE="{service}"' if service else ""
        lines.append(("IMPP", param, f"{scheme}:{quote(value, safe='@+.-_~!$&()*=:/')}"))
    for service, value in socials:
        param = f';TYPE="{service}"' if service else ""
        lines.append(("X-SOCIALPROFILE", param, value.replace("\\", "\\\\").replace(",", "\\,")
                      .replace(";", "\\;").replace("\n", "\\n")))
    return lines
