import sys

from ropa_desktop.cli import main

sys.exit(main())
