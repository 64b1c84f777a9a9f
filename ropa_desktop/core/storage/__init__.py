"""One register = one SQLite file: opening, editing, copying and backing it up.

- ``connection``: connections, the file's header and journal, and the one mapping of file errors;
- ``verify``: checking an opened file is an undamaged register of a known schema;
- ``limits``: values SQLite cannot hold, or no register needs;
- ``rows``: the tables read into the format's JSON shape, and model objects written into them;
- ``register_file``: ``RegisterFile``, an open register (the one way to open, create, edit, copy);
- ``backups``: backup copies (names, making, listing, pruning); ``restore``: putting one back;
- ``journal``: a ``-journal`` beside a register; ``wal``: a register another program kept in WAL mode;
- ``replace``: putting a new file in a register's place;
- ``erasure``: carrying out an erasure request in the change log and the backups;
- ``names``: file names the app makes.
"""

from ropa_desktop.core.limits import MAX_TEXT_BYTES, value_problems
from ropa_desktop.core.storage.backups import (
    BACKUPS_KEPT,
    BackupInfo,
    backup_name,
    backup_series,
    list_backups,
    prune_backups,
)
from ropa_desktop.core.storage.connection import (
    BUSY_TIMEOUT_MS,
    SQLITE_MAGIC,
    Header,
    copy_with_backup_api,
    read_header,
)
from ropa_desktop.core.storage.erasure import ErasureReport, erase_everywhere
from ropa_desktop.core.storage.journal import has_journal
from ropa_desktop.core.storage.names import (
    accountant_copy_name,
    free_name,
    glob_escape,
    numbered_names,
    safe_file_stem,
)
from ropa_desktop.core.storage.register_file import (
    ChangeLogEntry,
    Deletion,
    RegisterFile,
    load_register,
    logs_left_out,
    merge_edit,
)
from ropa_desktop.core.storage.restore import daily_backup, restore_backup

__all__ = [
    "BACKUPS_KEPT",
    "BUSY_TIMEOUT_MS",
    "MAX_TEXT_BYTES",
    "SQLITE_MAGIC",
    "BackupInfo",
    "ChangeLogEntry",
    "ErasureReport",
    "Deletion",
    "Header",
    "RegisterFile",
    "accountant_copy_name",
    "backup_name",
    "backup_series",
    "copy_with_backup_api",
    "daily_backup",
    "erase_everywhere",
    "free_name",
    "numbered_names",
    "glob_escape",
    "has_journal",
    "list_backups",
    "load_register",
    "logs_left_out",
    "merge_edit",
    "prune_backups",
    "read_header",
    "restore_backup",
    "safe_file_stem",
    "value_problems",
]
