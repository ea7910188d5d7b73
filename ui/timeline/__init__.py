"""The window's timeline: activities, tasks, logging a communication, files, the Today dialog."""
