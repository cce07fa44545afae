"""baise11155: progress, gaps, schedule and regional share for Baise's "11155" S&T plan.

The calculation can be used as a library:

    from baise11155.targets_file import load_plan
    from baise11155.progress import read_progress
    from baise11155.calc import evaluate, default_as_of
"""
