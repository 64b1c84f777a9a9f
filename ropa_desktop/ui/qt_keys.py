"""Qt settings given by the names of their keys, for the widgets of the first window.

Naming a value of Qt's ``Qt`` namespace (``Qt.AlignmentFlag.AlignTop``, even ``from PySide6.QtCore import Qt``)
makes PySide6 build the Python enums of the whole namespace at once: 94 enums, about 11 ms of CPU, a tenth of
a cold start, and nothing else in the first painted window needs them.  So the modules the first window loads
name Qt's values as ``QtCore.Qt.…``, looked up when used, and what the first window itself sets (an alignment,
a text format, a focus policy) is set here as a Qt property by its keys' names, as Qt Designer's files do; Qt
converts the names without the Python enums.  Shortcuts are set through ``set_shortcut``: the overloads of
PySide6's ``QAction.setShortcut`` build the namespace to tell a key sequence from a key.
``tests/ui/test_start_up.py`` checks that the window is painted before the namespace is built.

The bindings make each class when it is first named, too (its enums with it: 0.1 to 0.5 ms a class).  Classes
that only a dialog or a later step uses are named the same way where the first window's modules use them
(``QtWidgets.QFileDialog``, ``QtCore.QUrl``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def set_keys(obj: QObject, name: str, keys: str) -> None:
    """Set ``obj``'s enum or flags property ``name`` by its keys' names, e.g. ``"alignment", "AlignRight|AlignTop"``."""
    if not obj.setProperty(name, keys):  # no such property, or no such key: Qt would set nothing
        raise ValueError(f"{type(obj).__name__} has no property {name!r} that takes {keys!r}")


def set_shortcut(action: QAction, shortcut: QKeySequence | QKeySequence.StandardKey | str) -> None:
    """``action.setShortcut(QKeySequence(shortcut))`` as Qt does it: the sequence as the only shortcut, if any."""
    sequence = QKeySequence(shortcut)
    action.setShortcuts([] if sequence.isEmpty() else [sequence])
