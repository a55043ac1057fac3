"""Qt widgets: the application, its main window, the pages of the flow, kiosk behaviour."""
