"""How the course's test kernels run, shared by the suite and the benchmark's floor.

One math thread each: the suite runs a kernel per core and one more, and NumPy's and MXNet's
thread pools would start a thread per core that spins while it waits, taking the CPU from the
other kernels. The outputs are the same (nbval compares them with outputs stored by kernels
that had every thread).
"""

KERNEL_ENVIRONMENT = {"OMP_NUM_THREADS": "1"}
