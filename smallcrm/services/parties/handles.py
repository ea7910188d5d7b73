"""A contact's chat and social-network addresses: contact points of kind ``im`` and ``social``, the service as
their label ("skype", "twitter"), the address as it was given (a user name, a number, a profile's web address).

Address books write them in many ways (vCard's IMPP with a URI, X-SKYPE, X-JABBER ..., Apple's X-SOCIALPROFILE,
Google's "IM 1 - Service" column): each is brought to one service name here, and one text, "Skype: joe.doe",
that a form, a CSV cell and the import read back.
"""

from __future__ import annotations

import re

from smallcrm.text import fold

# the names services go by in files, as the one we keep (an IMPP scheme, an X- property's tail, a label)
_SERVICES = {
    "skype": "skype", "skype-username": "skype", "ms-skype": "skype", "callto": "skype",
    "jabber": "jabber", "xmpp": "jabber", "gtalk": "google talk", "googletalk": "google talk",
    "google talk": "google talk", "google-talk": "google talk", "google hangouts": "google talk",
    "aim": "aim", "msn": "msn", "msnim": "msn", "windows live": "msn", "icq": "icq", "yahoo": "yahoo",
    "ymsgr": "yahoo", "gadugadu": "gadu-gadu", "gg": "gadu-gadu", "gadu": "gadu-gadu", "google": "google talk",
    "gadu-gadu": "gadu-gadu", "qq": "qq",
    "groupwise": "groupwise", "sametime": "sametime", "irc": "irc", "ircs": "irc", "sip": "sip",
    "telegram": "telegram", "tg": "telegram", "whatsapp": "whatsapp", "signal": "signal", "matrix": "matrix",
    "facebook messenger": "facebook messenger", "facebook": "facebook", "fb": "facebook",
    "twitter": "twitter",
    "x": "twitter", "linkedin": "linkedin", "instagram": "instagram", "mastodon": "mastodon", "github": "github",
    "chat": "", "im": "", "youtube": "youtube", "tiktok": "tiktok", "xing": "xing", "flickr": "flickr",
    "myspace": "myspace",
    "sina weibo": "sina weibo", "tencent weibo": "tencent weibo", "yelp": "yelp", "pinterest": "pinterest",
}
# a URI scheme's name for each chat service, for vCard's IMPP (x-<service> for one that has none)
IMPP_SCHEMES = {"skype": "skype", "jabber": "xmpp", "google talk": "xmpp", "aim": "aim", "msn": "msnim", "icq": "icq",
                "yahoo": "ymsgr", "gadu-gadu": "gg", "irc": "irc", "sip": "sip", "telegram": "tg", "qq": "qq"}
_PREFIXED = re.compile(r"^([^\W\d_][^:/@\n]{0,39}):\s+(\S.*)$", re.DOTALL)  # "Skype: joe.doe", "Mike's IM: x"


def service_name(text: str) -> str:
    """The service as kept: "X-SKYPE-USERNAME" -> "skype", "Google Talk" -> "google talk", an unknown one folded
    as written ("Threema" -> "threema"), "" for none."""
    name = fold(text).strip().removeprefix("x-").removeprefix("* ").strip()
    return _SERVICES.get(name, name)


def known_service(text: str) -> str:
    """The service ``text`` names when it is one we know ("IM Aim" -> no, "aim" -> "aim"), else ""."""
    name = fold(text).strip().removeprefix("x-")
    return _SERVICES.get(name, "")


def service_alone(text: str) -> str:
    """The service of "Skype:" (a service chosen in a form, no address typed): the address is missing. "" for
    anything else."""
    text = text.strip()
    if text.endswith(":") and _PREFIXED.match(text + " x") and not text.lower().startswith(("http:", "https:")):
        return service_name(text[:-1])
    return ""


def handle_text(service: str, value: str) -> str:
    """One address as a form, a cell and the import write it: "skype: joe.doe" (or the bare value)."""
    return f"{service}: {value}" if service else value


def split_handle(text: str) -> tuple[str, str]:
    """ "Skype: joe.doe" -> ("skype", "joe.doe"); anything else (a web address, "live:joe") is an address of no
    service said."""
    text = text.strip()
    prefixed = _PREFIXED.match(text)
    if prefixed and not text.lower().startswith(("http:", "https:")):
        return service_name(prefixed.group(1)), prefixed.group(2).strip()
    return "", text


_TITLES = {"aim": "AIM", "icq": "ICQ", "msn": "MSN", "qq": "QQ", "irc": "IRC", "sip": "SIP", "linkedin": "LinkedIn",
           "github": "GitHub", "youtube": "YouTube", "tiktok": "TikTok", "xing": "XING", "whatsapp": "WhatsApp"}


def service_title(service: str) -> str:
    """A service's name as it writes itself, to show ("linkedin" -> "LinkedIn", "google talk" -> "Google Talk")."""
    return _TITLES.get(service, service.title())


def handle_key(service: str, value: str) -> str:
    """What two addresses share to be the same: the service and the folded address."""
    return f"{service}:{fold(value)}"


def handle_link(value: str) -> str:
    """The web address to open for an address that is one (a profile's page), else ""."""
    return value if value.lower().startswith(("http://", "https://")) else ""
