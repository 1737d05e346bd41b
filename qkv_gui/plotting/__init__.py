"""Drawing pieces (Qt, pyqtgraph) that know nothing of sessions, the model or lessons.

They take arrays, labels and levels and draw them: the matrix plot, axes, cell
text, arrows, bars, the step-through trace and the one value→colour function.
"""

import pyqtgraph as pg

# Until the application sets them where it starts: row-major, so image[row, col]
# is cell (row, col); white plots with black text.
pg.setConfigOptions(imageAxisOrder="row-major", background="w", foreground="k", antialias=True)
