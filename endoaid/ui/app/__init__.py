"""The application: start-up, the main window and its menus (the composition root)."""
