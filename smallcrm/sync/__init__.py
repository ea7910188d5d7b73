"""Team mode (docs/TEAM-MODE.md): the laptop's side of the sync, and the vocabulary laptop and server share.

``kinds`` imports nothing beyond the standard library and ``smallcrm.domain``, so that the server
(``smallcrm.server``) can use it without the laptop's code. The laptop's modules (``manifest``, ``triggers``,
``state``, ``apply``, ``client``) are imported by name, never from this package's ``__init__``, so that
importing ``smallcrm.sync.kinds`` stays light."""
