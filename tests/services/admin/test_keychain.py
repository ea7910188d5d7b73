import keyring
from keyring.backends import fail

from smallcrm import keychain


def test_a_secret_goes_to_the_keyring_and_back(memory_keyring):
    assert keychain.store_secret("smtp:anna@example.com", "s3cret") is True
    assert memory_keyring.passwords[(keychain.SERVICE, "smtp:anna@example.com")] == "s3cret"
    assert keychain.read_secret("smtp:anna@example.com") == "s3cret"
    keychain.forget_secret("smtp:anna@example.com")
    assert keychain.read_secret("smtp:anna@example.com") is None
    keychain.forget_secret("smtp:anna@example.com")  # forgetting twice is harmless


def test_without_a_keyring_the_secret_lives_for_the_session_only():
    keyring.set_keyring(fail.Keyring())
    assert keychain.keyring_available() is False
    assert keychain.store_secret("imap:anna", "pw") is False
    assert keychain.read_secret("imap:anna") == "pw"
    keychain.forget_session_secrets()
    assert keychain.read_secret("imap:anna") is None
