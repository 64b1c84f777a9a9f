"""The benchmark runs and says whether each goal is met (tiny registers: this checks that it works, not speed)."""

from __future__ import annotations

import pytest

from ropa_desktop import bench


def test_slope_of_a_straight_and_a_square_growth():
    assert bench._slope([(1000, 1.0), (2000, 2.0), (5000, 5.0)]) == pytest.approx(1.0)
    assert bench._slope([(1000, 1.0), (5000, 25.0)]) == pytest.approx(2.0)


def test_scaling_table_measures_every_document_and_the_core(capsys):
    report = bench.Report()
    bench.measure_scaling(report, [3, 6], fit_from=3, rounds=1)
    table = report.sections[0]
    for name in (
        "procedure PDF",
        "register PDF",
        "notice PDF",
        "consent PDF",
        "request PDF",
        "check",
        "import",
        "load",
        "bare register table",
        "register PDF pages",
    ):
        assert name in table
    figures = {g.figure for g in report.goals}
    assert "check: growth, 3 → 6 purposes" in figures
    assert any(f.startswith("Art. 30 register PDF, 6 purposes, per page") for f in figures)
    assert all(isinstance(g.met, bool) for g in report.goals)


def test_start_is_timed_beside_a_bare_wizard_of_the_same_size_with_its_cpu_and_memory():
    report = bench.Report()
    bench.measure_start(report, 1)
    start, memory = report.goals
    assert start.figure.startswith("cold start to the first painted window")
    assert "bare QWizard 1180×800" in start.baseline and "CPU" in start.value and "CPU" in start.target
    assert memory.figure == "peak memory at start" and memory.value.endswith(" MB")


def test_install_sizes_name_the_biggest_parts():
    report = bench.Report()
    bench.measure_install(report)
    assert "wheel install, all" in report.sections[0]
    assert "reportlab" in report.sections[0]


@pytest.mark.slow
def test_whole_benchmark_prints_every_goal(capsys):
    # the parts that no test above runs on its own: the scaling table, the start, the actions and the installation
    # each have theirs
    assert bench.main(["--sizes", "", "--window-sizes", "6", "--runs", "1", "--only", "processes,window"]) == 0
    out = capsys.readouterr().out
    for goal in (
        "`ropa-desktop pdf` procedure",
        "step switch while a preview renders",
        "keystroke while a preview renders",
        "goals met",
    ):
        assert goal in out


def test_actions_to_fill_the_zimes_register_are_counted_beside_the_baseline():
    report = bench.Report()
    bench.measure_actions(report)
    [goal] = report.goals
    assert goal.figure == "actions to fill the ZĪMES register from empty"
    assert int(goal.value) > 0 and goal.baseline == "158" and goal.target == "≤ 80"
    line = report.sections[0].splitlines()[0]
    assert line == f"actions to fill the ZĪMES register from empty: {goal.value} (baseline 158, target ≤ 80)"
    assert "the register equals the sample" in report.sections[0]
