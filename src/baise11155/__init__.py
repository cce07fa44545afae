"""baise11155: progress, gaps, schedule and regional share for Baise's "11155" S&T plan.

The package is in layers, each importing only the ones before it (a test keeps it so):
`model` (values), `read` (targets and progress files), `calc` (pure calculation),
`present` (words, tables, documents, renderers) and `cli` (the command line).

The calculation can be used as a library:

    from baise11155.read.targets_file import load_plan
    from baise11155.read.progress import read_progress
    from baise11155.calc.evaluate import evaluate, default_as_of
"""
