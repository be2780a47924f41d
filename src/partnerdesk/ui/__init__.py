"""The PySide6 user interface: one module per pane and per dialog."""
