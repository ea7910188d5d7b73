"""One laptop's sync as a process of its own, for the chaos that SIGKILLs it: ``python -m tests.sync.laptop_sync
DB_PATH`` with the device's token in SMALLCRM_TEST_TOKEN (kept in an in-memory keyring: never the machine's) and
the laptop's skewed clock in SMALLCRM_CLOCK_SKEW."""

from __future__ import annotations

import os
import sys

import keyring

from smallcrm import keychain
from smallcrm.db.connection import open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.sync import client, state
from tests.conftest import MemoryKeyring


def main(path: str) -> None:
    keyring.set_keyring(MemoryKeyring())
    db = open_database(path)
    model_proxy.initialize(db.pw)
    current = state.read_state(db.pw)
    keychain.store_secret(state.token_name(current.server_url, current.device_id), os.environ["SMALLCRM_TEST_TOKEN"])
    client.sync(db)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
