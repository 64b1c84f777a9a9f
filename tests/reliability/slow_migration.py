"""Opens a register with one extra, never-ending schema migration (run by test_migration_kill.py).

Prints "migrating" once the migration's transaction has started, then keeps writing until killed.
"""

import sys

from ropa_desktop.core import schema
from ropa_desktop.core.storage import RegisterFile


@schema.migrations()
def m999_slow_test_only(db) -> None:
    db.execute("PRAGMA cache_size = 20")  # spill to the file early, as a big migration would
    db.execute("PRAGMA user_version = 999")
    db.execute("CREATE TABLE filler (n INTEGER, text TEXT) STRICT")
    db.execute("UPDATE organisation SET name = 'half-migrated'")
    print("migrating", flush=True)
    n = 0
    while True:  # far more than the page cache holds: pages reach the file before any commit
        db.conn.executemany("INSERT INTO filler VALUES (?, ?)", ((n + i, "x" * 50) for i in range(5000)))
        n += 5000


schema.SCHEMA_VERSION = len(schema.migrations._migrations)
schema.MIGRATION_NAMES = [m.name for m in schema.migrations._migrations]

if __name__ == "__main__":
    RegisterFile.open(sys.argv[1])
