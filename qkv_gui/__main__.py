"""`python -m qkv_gui` = `qkv-gui`."""

import sys

from .app import main

sys.exit(main())
