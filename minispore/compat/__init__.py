"""Helper packages that MindSpore teaching material imports, provided on minispore."""
