"""Entry point of the frozen app: the same as the ``ropa-desktop`` command."""

import sys

from ropa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
