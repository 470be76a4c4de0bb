"""`make grade`: a class's submitted notebooks, re-run and graded with the course's own checks.

- discover: which files are notebooks, whose they are and which lesson each holds;
- run: one submission re-run in a fresh kernel, on a copy, each exercise checked as it runs;
- report: grades.csv, the class summary and a feedback page per learner.
"""
