"""The window's imports and exports."""
