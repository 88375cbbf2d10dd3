"""Extraction at scale: inputs cut into partitions, run in this process or on a Dask cluster,
results written as partition files that `quotes load` merges into the database.

partitions.py  where the articles are, in pieces a worker reads by itself
tasks.py       what a worker does with one partition (the same pipeline as `quotes add`)
results.py     the result records and their files (JSON Lines or Parquet)
runner.py      running the partitions: here, on a local Dask cluster, or on an existing one
"""
