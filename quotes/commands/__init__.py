"""Click commands of the storage and web layers, registered on the `quotes` group in cli.py."""
