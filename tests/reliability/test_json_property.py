"""Malformed JSON registers (property-based): import succeeds fully or reports errors; never a traceback,
never a partial write."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ropa_desktop import cli
from ropa_desktop.core import interchange
from ropa_desktop.core.errors import InvalidRegister, RegisterFileError
from ropa_desktop.core.model import to_json
from ropa_desktop.core.storage import RegisterFile

from .conftest import REPO

SAMPLE = json.loads((REPO / "resources" / "samples" / "zimes.register.json").read_text(encoding="utf-8"))

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**80),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=10),  # incl. lone surrogates
    st.sampled_from(
        [
            "",
            "consent",
            "legitimate_interests",
            "years",
            "LV",
            "2025-02-30",
            "2025-01-01",
            "purpose-1",
            "klienti",
            "delete",
            "processor",
            "lv",
            "en",
            "ropa-register",
            " ",
            "a b",
        ]
    ),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated_samples(draw) -> Any:
    """The sample with a few random changes: values replaced, keys removed or added, lists emptied."""
    data = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if not path:
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        action = draw(st.sampled_from(["text", "text", "replace", "delete", "add", "duplicate"]))
        if action == "text" and isinstance(parent[key], str):  # free text is free: mostly still valid
            parent[key] = draw(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=20))
        elif action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    return data


documents = st.one_of(mutated_samples(), mutated_samples(), json_values)


def _import(raw: str, folder: Path) -> tuple[int, str]:
    src = folder / "in.json"
    src.write_text(raw, encoding="utf-8", errors="surrogatepass")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["import", str(src), str(folder / "out.ropa")])
    return code, err.getvalue()


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(documents)
def test_import_is_all_or_nothing(data):
    raw = json.dumps(data)  # ensure_ascii: lone surrogates travel as \ud800 escapes, as in real files
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        code, err = _import(raw, folder)
        target = folder / "out.ropa"
        if code == 0:
            assert err == ""
            with RegisterFile.open(target) as store:
                assert store.integrity_ok()
                assert to_json(store.load()) == data  # everything, exactly
        else:
            assert code == 2
            assert err.strip() and "Traceback" not in err
            assert sorted(p.name for p in folder.iterdir()) == ["in.json"]  # no file, no temporary left


@settings(max_examples=100, deadline=None)
@given(documents)
def test_the_core_raises_only_its_own_errors(data):
    try:
        register = interchange.parse(json.dumps(data))
    except (InvalidRegister, RegisterFileError) as exc:
        for lang in ("lv", "en"):
            assert exc.message(lang)
        return
    with tempfile.TemporaryDirectory() as tmp:
        try:
            RegisterFile.create(Path(tmp) / "r.ropa", register).close()
        except InvalidRegister as exc:
            assert exc.problems and exc.message("lv")
            assert list(Path(tmp).iterdir()) == []


def test_raw_text_that_is_not_a_register(tmp_path):
    for raw in [
        "",
        "null",
        "[]",
        '"text"',
        "{",
        '{"format": "ropa-register"}',
        "\ufeff{}",
        "1e999999",
        '{"a": ' * 50_000,
    ]:
        code, err = _import(raw, tmp_path)
        assert code == 2 and err.strip(), raw[:20]
        assert not (tmp_path / "out.ropa").exists()
