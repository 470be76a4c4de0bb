"""Another CPU's arithmetic, on this machine: the settings that make the math libraries
choose the code paths a plainer CPU would.

The last bits of a float result depend on which SIMD instructions compute it, and NumPy,
OpenBLAS (behind NumPy's matrix products) and oneDNN (behind MXNet) each pick theirs by CPU.
Stored outputs must hold on every CPU, so the suite runs solutions/ with these settings.
"""

from __future__ import annotations

import os

# NumPy's dispatched features that an older or plainer x86-64 CPU lacks. NumPy 1.23 warns
# when asked to disable a feature it does not dispatch, so only those this CPU has are named.
NUMPY_FEATURES = ("AVX512F", "AVX512CD", "AVX512_SKX", "AVX2", "FMA3")
OTHER_CPU = {
    "OPENBLAS_CORETYPE": "Nehalem",  # SSE4.2-era kernels for NumPy's matrix products
    "DNNL_MAX_CPU_ISA": "SSE41",  # MXNet's oneDNN, by both names it has had
    "MKLDNN_MAX_CPU_ISA": "SSE41",
}


def numpy_features_here() -> list[str]:
    try:
        from numpy.core._multiarray_umath import __cpu_features__
    except ImportError:  # not NumPy 1.x, or no NumPy: nothing to switch off
        return []
    return [name for name in NUMPY_FEATURES if __cpu_features__.get(name)]


def environment() -> dict[str, str]:
    """Variables to give a kernel so that it computes as a plainer CPU would."""
    settings = dict(OTHER_CPU)
    features = numpy_features_here()
    if features:
        settings["NPY_DISABLE_CPU_FEATURES"] = " ".join(features)
    return settings


def describe(settings: dict[str, str]) -> str:
    off = settings.get("NPY_DISABLE_CPU_FEATURES", "none that this CPU has")
    return (f"solutions/ ran on another CPU's arithmetic: NumPy SIMD off ({off}), "
            f"OpenBLAS as {settings['OPENBLAS_CORETYPE']}, "
            f"oneDNN up to {settings['DNNL_MAX_CPU_ISA']}")


class KernelEnvironment:
    """Set variables for the kernel about to start; put the process's own back after."""

    def __init__(self, settings: dict[str, str]) -> None:
        self.settings = settings
        self.saved: dict[str, str | None] = {}

    def __enter__(self) -> None:
        for name, value in self.settings.items():
            self.saved[name] = os.environ.get(name)
            os.environ[name] = value

    def __exit__(self, *_: object) -> None:
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
