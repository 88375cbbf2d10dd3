"""The Datasette layer: a plugin with the evidence pages, and its templates."""
