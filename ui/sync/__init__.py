"""Team mode in the window: the sync state in the status bar, Sync now, the conflicts list (docs/TEAM-MODE.md)."""
