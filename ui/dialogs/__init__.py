"""Dialogs: one per module, forms from Designer ``.ui`` files where the layout is fixed."""
