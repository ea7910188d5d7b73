"""The Settings page and its tabs."""
