"""The team server (docs/TEAM-MODE.md): users, roles, devices, the op log and the team's current state in PostgreSQL,
spoken to over HTTP by the laptops. Never imports Qt nor the laptop's services: it ships with SmallCRM but runs
on its own machine, with the `server` extra installed."""
