"""Extraction at scale: articles cut into parts, run in this process, in local processes or on a
Dask cluster, results returned in order or written as partition files that `quotes load` merges.

road.py        the one road from article to quotations, which every command and engine takes
runner.py      the two engines (local processes, Dask) behind one `executor`
partitions.py  where the articles are, in pieces a worker reads by itself
tasks.py       what a worker does with one partition
results.py     the result records and their files (JSON Lines or Parquet)
"""
