"""Run PartnerDesk with `python -m partnerdesk`."""

import sys

from partnerdesk.cli.main import main

sys.exit(main())
