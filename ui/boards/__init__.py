"""Boards: the funnel board (kanban) of deals and its filter bar."""
