"""Small reusable widgets of the consultation app: step bar, diagram, sources, ratings."""
