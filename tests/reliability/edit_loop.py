"""Edits a register in a loop, printing each edit only after it is committed (run by test_crash.py).

Usage: python edit_loop.py FILE RUN
Lines: "ready" once imported (before the file is opened), then
"add ID", "del ID", "org RUN I" - each one saved in the file before it is printed;
"deleting ID" just before a delete starts (it may be committed when the kill comes before "del ID").
"""

import sys

from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


def say(*words: object) -> None:
    """One whole line in one write (print writes word by word when stdout is unbuffered, and a kill
    between two writes would leave half a line)."""
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def main() -> None:
    path, run = sys.argv[1], int(sys.argv[2])
    say("ready")  # the test's random delay starts now, not while Python is still importing
    store = RegisterFile.open(path)
    added: list[str] = []
    i = 0
    while True:
        item = f"r{run}-{i}"
        store.add(m.DataCategory(id=item, name=lv(f"Kategorija {item}"), description=lv("ā" * (i % 7) * 300)))
        added.append(item)
        say("add", item)
        organisation = store.load().organisation
        organisation.name = f"org {run} {i}"
        store.set_organisation(organisation)
        say("org", run, i)
        if i % 3 == 2:
            victim = added.pop(0)
            say("deleting", victim)  # from here on the entry may be gone before "del" is printed
            store.delete("data_categories", victim)
            say("del", victim)
        i += 1


if __name__ == "__main__":
    main()
