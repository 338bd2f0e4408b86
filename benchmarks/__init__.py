"""`make bench`: every stage's benchmark in one run, printing figures and ratios side by side."""
