"""Decision trees for the Pedoman Standar Layanan site, and the engine that walks them.

Pure standard library, so the same code runs in CPython (tests, build) and in Pyodide (browser).
See README.md, "Menambah alat baru", for how to add a tree.
"""

__all__ = ["__version__"]

__version__ = "1.0.0"
