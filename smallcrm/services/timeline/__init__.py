"""The timeline: communications, tasks, attachments, what happened lately and what is due today."""
