"""`python -m quotes`: the same command line as `quotes`."""
from .cli import main

main(prog_name="quotes")
