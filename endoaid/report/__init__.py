"""The PDF summary, drawn with QtGui only so it runs without a window."""
