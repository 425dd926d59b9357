"""List screens: one screen per module (client list, later deals, tasks...)."""
