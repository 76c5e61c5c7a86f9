#!/usr/bin/env python3
"""Helpers for run.sh that need SQLite or many HTTP reads.

  check-stored.py count DB
      Rows in Assessments (the database is opened read-only; the app keeps running).
  check-stored.py verify DB TOKENS_FILE BASE_URL [WORKERS]
      For every token a 201 returned: its SHA-256 (the app stores only that) is in Assessments exactly
      once and not deleted, no token was returned twice, and GET /api/assessments/<token> answers 200
      with that token. Prints key=value lines; exits 1 if anything is wrong.
"""
import hashlib
import http.client
import json
import sqlite3
import sys
import threading
import urllib.parse


def connect(db):
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def count(db):
    with connect(db) as con:
        print(con.execute("SELECT COUNT(*) FROM Assessments").fetchone()[0])


def read_back(base_url, tokens, workers):
    url = urllib.parse.urlsplit(base_url)
    failures, lock = [], threading.Lock()
    ok = [0]

    def work(part):
        con = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        good, bad = 0, []
        for token in part:
            con.request("GET", f"/api/assessments/{token}")
            res = con.getresponse()
            body = res.read()
            if res.status == 200 and json.loads(body).get("token") == token:
                good += 1
            else:
                bad.append(f"{token[:8]}…:{res.status}")
        con.close()
        with lock:
            ok[0] += good
            failures.extend(bad)

    threads = [threading.Thread(target=work, args=(tokens[i::workers],)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ok[0], failures


def verify(db, tokens_file, base_url, workers=4):
    with open(tokens_file, encoding="ascii") as f:
        tokens = [line.strip() for line in f if line.strip()]
    problems = []
    if len(set(tokens)) != len(tokens):
        problems.append(f"{len(tokens) - len(set(tokens))} tokens were returned more than once")
    bad_location = [t for t in tokens if len(t) != 43]
    if bad_location:
        problems.append(f"{len(bad_location)} 201 responses had no usable Location header")
    hashes = {hashlib.sha256(t.encode("ascii")).digest(): t for t in tokens if len(t) == 43}
    found, deleted = {}, 0
    with connect(db) as con:
        hex_list = list(hashes)
        for i in range(0, len(hex_list), 500):
            chunk = hex_list[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for token_hash, deleted_at in con.execute(
                    f"SELECT TokenHash, DeletedAt FROM Assessments WHERE TokenHash IN ({marks})", chunk):
                found[bytes(token_hash)] = found.get(bytes(token_hash), 0) + 1
                if deleted_at is not None:
                    deleted += 1
    missing = len(hashes) - len(found)
    twice = sum(1 for n in found.values() if n > 1)
    if missing:
        problems.append(f"{missing} tokens of a 201 have no row")
    if twice:
        problems.append(f"{twice} tokens have more than one row")
    if deleted:
        problems.append(f"{deleted} rows are deleted")
    readable, failures = read_back(base_url, list(hashes.values()), workers)
    if failures:
        problems.append(f"{len(failures)} could not be read back, e.g. {', '.join(failures[:5])}")
    print(f"tokens={len(tokens)}")
    print(f"rows_found={sum(found.values())}")
    print(f"readable={readable}")
    print("problems=" + ("; ".join(problems) if problems else "none"))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "count":
        count(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == "verify":
        sys.exit(verify(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 4))
    else:
        sys.exit(__doc__)
