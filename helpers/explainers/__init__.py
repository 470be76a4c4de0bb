"""Figures and widgets, by topic: container drawings, image grids, broadcasting, products,
norms, the talk's network, learning, NumPy beside MXNet; one style (``style``) and one way
to show a figure (``display``)."""
