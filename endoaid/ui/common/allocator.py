"""Asking glibc's allocator to give memory back to the system (Linux with glibc only).

A chart redraw allocates a few large blocks (the chart's image is about 2.5 MB); glibc serves
blocks that large from its heap once one of them has been freed, and a heap with a few live
blocks left at its top cannot shrink. Large blocks mapped on their own are given back as soon
as they are freed. Elsewhere (macOS, Windows, musl) these calls do nothing.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the size above which blocks are mapped on their own."""
MMAP_THRESHOLD = 256 * 1024


def _libc():
    """Return glibc through ctypes, or None (not Linux, or another C library)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name (find_library runs ldconfig: slow)
        libc.mallopt  # noqa: B018 - glibc has both; musl has neither
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def map_large_blocks() -> bool:
    """Have blocks of 256 KB and more mapped on their own (freed, they go back at once);
    return True when the allocator took the setting."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1)


def give_back_memory() -> bool:
    """Return the free memory at the heaps' ends to the system; True when some was."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)
