"""The local sqlite3 log and the queries that read it back. No Qt."""
