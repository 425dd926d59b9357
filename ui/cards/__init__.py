"""Cards: non-modal windows that show and edit one record each (client card, later deal card)."""
