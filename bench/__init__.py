"""Benchmarks, run by hand (not tests): ``.venv/bin/python -m bench.<suite>``. See bench/README.md."""
