"""What every test run does besides its tests, each in a named part of tests/harness/:

- guard: it changes no file a learner owns and leaves the tree as `git status` found it;
- schedule: the longest modules and notebooks run first;
- figures: nbval's run of a notebook also compares its figures with the stored ones;
- kernels: one math thread per kernel, and solutions/ on another CPU's arithmetic;
- nbval_log: nbval formats kernel messages for its debug log only when it is written;
- edited: failures on an edited checkout name the edited notebooks and the way out.
"""

pytest_plugins = [
    "tests.harness.guard",
    "tests.harness.schedule",
    "tests.harness.figures",
    "tests.harness.kernels",
    "tests.harness.nbval_log",
    "tests.harness.edited",
]
