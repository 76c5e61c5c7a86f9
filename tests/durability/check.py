#!/usr/bin/env python3
"""SQLite checks for tests/durability/run.sh (the HTTP read-back is bench/check-stored.py verify).

  check.py count DB
      Rows in Assessments.
  check.py sqlite DB
      PRAGMA integrity_check, PRAGMA journal_mode and the row count, as key=value lines.
      Run it when the app is stopped, so that it sees the file as the app left it.
  check.py present DB TOKENS_FILE
      Database only, no HTTP: the SHA-256 of every token in TOKENS_FILE (one per line; the app stores only the
      hash) is in Assessments exactly once and not deleted. Prints key=value lines; exits 1 if not.

The database is opened read-only.
"""
import hashlib
import sqlite3
import sys


def connect(db):
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def count(db):
    with connect(db) as con:
        print(con.execute("SELECT COUNT(*) FROM Assessments").fetchone()[0])


def pragmas(db):
    with connect(db) as con:
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        journal_mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        rows = con.execute("SELECT COUNT(*) FROM Assessments").fetchone()[0]
    print("integrity=" + "; ".join(integrity)[:500])
    print(f"journal_mode={journal_mode}")
    print(f"rows={rows}")
    return 0 if integrity == ["ok"] else 1


def present(db, tokens_file):
    with open(tokens_file, encoding="ascii") as f:
        tokens = [line.strip() for line in f if line.strip()]
    hashes = {hashlib.sha256(t.encode("ascii")).digest() for t in tokens}
    found, deleted = {}, 0
    with connect(db) as con:
        chunked = list(hashes)
        for i in range(0, len(chunked), 500):
            chunk = chunked[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for token_hash, deleted_at in con.execute(
                    f"SELECT TokenHash, DeletedAt FROM Assessments WHERE TokenHash IN ({marks})", chunk):
                found[bytes(token_hash)] = found.get(bytes(token_hash), 0) + 1
                if deleted_at is not None:
                    deleted += 1
    problems = []
    if len(hashes) != len(tokens):
        problems.append(f"{len(tokens) - len(hashes)} tokens appear more than once in the file")
    if len(found) != len(hashes):
        problems.append(f"{len(hashes) - len(found)} tokens have no row")
    twice = sum(1 for n in found.values() if n > 1)
    if twice:
        problems.append(f"{twice} tokens have more than one row")
    if deleted:
        problems.append(f"{deleted} rows are deleted")
    print(f"tokens={len(tokens)}")
    print(f"rows_found={sum(found.values())}")
    print("problems=" + ("; ".join(problems) if problems else "none"))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "count":
        count(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "sqlite":
        sys.exit(pragmas(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "present":
        sys.exit(present(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
