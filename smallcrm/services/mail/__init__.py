"""Mail: the account, sending (outgoing, the outbox, copies in Sent), receiving (incoming) and the review list of
strangers' mail."""
