"""The calculation: pure functions from a plan and observations to results."""
