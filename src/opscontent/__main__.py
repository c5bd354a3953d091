"""``python -m opscontent``."""

import sys

from opscontent.cli import console_main

sys.exit(console_main())
