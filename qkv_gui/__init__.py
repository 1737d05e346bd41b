"""qkv_gui: a desktop workbench that shows how attention works, live."""

__version__ = "0.1.0"
