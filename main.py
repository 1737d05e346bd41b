"""Thin launcher: `python main.py [SESSION.json] [--preset NAME] ...`."""

import sys

from qkv_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
