"""qkv_gui: a desktop workbench that shows how attention works, live."""

import os

# One BLAS thread (set before numpy is first imported): the matrices here are at most
# 1024 wide (core/sizes.py), where waking a second thread costs more than it saves,
# and on a busy machine many times more (a 1024 × 64 QR: 1.2 ms alone, 13–40 ms threaded).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"
