"""The bundle's entry point: the same command line as `partnerdesk` and `python -m partnerdesk`."""

import sys

from partnerdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
