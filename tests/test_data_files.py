"""Every data file the package ships is listed, with what it holds, in quotes/data/__init__.py."""
from importlib import resources

import quotes.data


def test_every_data_file_is_listed():
    shipped = {p.name for p in resources.files("quotes.data").iterdir() if p.name.endswith((".tsv", ".json"))}
    listed = {line.split()[0] for line in quotes.data.__doc__.splitlines() if line.split()}
    assert shipped - listed == set()
