"""Storage: the SQLite database of articles, speakers, quotes and their appearances."""
