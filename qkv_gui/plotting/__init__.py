"""Drawing pieces (Qt, pyqtgraph) that know nothing of sessions, the model or lessons.

They take arrays, labels and levels and draw them: the matrix plot, axes, cell
text, arrows, bars, the step-through trace and the one value→colour function.
"""
