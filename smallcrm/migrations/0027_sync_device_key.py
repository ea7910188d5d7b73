"""``sync_state.device_key``: what names this laptop's file to the team's server when it signs in. The server used
to know a device by its name (the computer's, by default): two laptops of one user with the same name (two
"MacBook-Pro") were one device to it, taking each other's token and sharing one series suffix, and a laptop rebuilt
under its old name numbered its e-invoice files again from the first. The key is made at the first sign-in (not
here: every copy of a new file would share it) and stays with the file, so a laptop that signs out and in again
is still the same device.
"""


def upgrade(db):
    db.execute_sql("ALTER TABLE sync_state ADD COLUMN device_key VARCHAR(64) NOT NULL DEFAULT ''")
