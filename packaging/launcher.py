"""Entry point of the frozen app: the same as the ``ropa-desktop`` command."""

import multiprocessing
import sys

from ropa_desktop.cli import main

if __name__ == "__main__":
    # The window makes its PDFs in a worker process (ropa_desktop/ui/worker.py); in a frozen app that
    # process starts this executable again, which must then serve as the worker, not start the app.
    multiprocessing.freeze_support()
    sys.exit(main())
