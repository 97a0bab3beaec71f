"""Build scripts for models/ data and CI checks: run as `python scripts/NAME.py`; a package only so tests can import them."""
