REPORTS: list = []
