"""Values only: the plan, observations, results, notices. No I/O, no words."""
