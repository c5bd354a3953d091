"""``python -m opscontent``."""

import sys

from opscontent.cli import main

sys.exit(main())
