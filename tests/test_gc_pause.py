"""Reading and writing a whole register pause the cyclic garbage collector (issue 17: linear at 5,000 purposes).

The collector goes through every live object again each time the survivors have grown by a quarter, so its
passes over a register being read grew faster than the register.  Counted here without timing: while a
register is parsed, loaded or written, the collector makes at most one pass after each paused block (over
what the block left), where it made one every 700 objects kept; and it is on again after.
"""

from __future__ import annotations

import gc
import threading

import pytest

from ropa_desktop.core import interchange
from ropa_desktop.core.gc_pause import gc_paused
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.core.synthetic import synthetic_register


@pytest.fixture
def collector_passes():
    passes: list[int] = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    yield passes
    gc.callbacks.remove(count)


@pytest.fixture(scope="module")
def big():
    return synthetic_register(purposes=600, data_categories=1200, recipients=180, seed=3)


def test_parsing_a_register_makes_one_collector_pass_at_most(big, collector_passes):
    text = interchange.dumps(big)
    collector_passes.clear()
    register = interchange.parse(text)
    assert len(collector_passes) <= 1, collector_passes  # without the pause: about 80
    assert len(register.purposes) == 600 and gc.isenabled()


def test_writing_and_loading_a_register_make_one_collector_pass_at_most(big, collector_passes, tmp_path):
    with RegisterFile.create(tmp_path / "big.ropa") as store:
        collector_passes.clear()
        store.replace_all(big)
        assert len(collector_passes) <= 1, collector_passes  # without the pause: about 40
        collector_passes.clear()
        loaded = store.load()
        assert len(collector_passes) <= 1, collector_passes  # without the pause: about 40
    assert loaded == big and gc.isenabled()


def test_the_collector_comes_back_on_after_the_last_of_overlapping_blocks():
    assert gc.isenabled()
    first_in, first_may_end, second_in = threading.Event(), threading.Event(), threading.Event()

    def first():
        with gc_paused():
            first_in.set()
            first_may_end.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with gc_paused():
        second_in.set()
        first_may_end.set()
        thread.join(5)
        assert not gc.isenabled()  # the first block ended, this one has not
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_the_block_turns_the_collector_back_on():
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("bad")
    assert gc.isenabled()


def test_a_pause_across_calls_nests_with_the_paused_blocks():
    from ropa_desktop.core import gc_pause

    assert gc.isenabled()
    gc_pause.pause()  # as the window's start does until its first paint
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the block ended, the start's pause did not
    gc_pause.resume()
    assert gc.isenabled()
    gc_pause.resume()  # a resume without a pause changes nothing
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
