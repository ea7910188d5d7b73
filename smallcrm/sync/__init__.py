"""Team mode's shared vocabulary: what the laptop and the server agree on (docs/TEAM-MODE.md).

This package imports nothing beyond the standard library and ``smallcrm.domain``, so that both the laptop's
sync code and the server (``smallcrm.server``) can use it without pulling in the other's dependencies."""
