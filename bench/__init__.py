"""The benchmark harness of issue 8: ``python -m bench`` (``make bench``) writes ``bench/RESULTS.md``.

Not a test: it generates (once) a 100k-contact and a 1M-contact database with the demo generator, measures
each operation several times through our services and by hand with plain sqlite3 (the floor), and writes the
table with the peer's figures and the targets beside ours.
"""
