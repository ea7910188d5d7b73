"""Numbered schema steps. Never edit a released step: add the next one."""
