"""The short chaos run of the suite (``make chaos`` runs it to CHAOS_OPS operations or for CHAOS_SECONDS): three
laptops, random edits, syncs over a line that drops requests and answers; nothing lost, nothing twice, the same data
everywhere."""

from __future__ import annotations

from smallcrm import clock
from tests.sync.chaos import run, settings


def test_three_laptops_random_edits_and_a_dropping_line_end_identical(new_laptop):
    laptops = [new_laptop() for _ in range(3)]
    for laptop, user in zip(laptops, ("olga", "sam", "olga"), strict=True):
        laptop.sign_in(user)
        laptop.sync()
    try:
        verdict, differences = run(laptops, **settings())
    finally:
        clock.set_skew(0)  # the laptops' skewed clocks stay in the run
    print(verdict)
    assert differences == []
    assert verdict.endswith(" operations, 0 lost, 0 duplicated, databases identical"), verdict
