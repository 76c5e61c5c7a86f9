#!/usr/bin/env python3
"""Combines the result files of equal-length wrk slices into one result file (run.sh's key=value format).

Usage: combine-slices.py OUT SLICE...
Counts are summed and requests/s is the total over the total time. p50 is the median of the slices' p50s;
p90, p99 and max are the worst slice's, so a target on p99 is never met by averaging a bad slice away.
"""
import statistics
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)


def main(out, paths):
    slices = [read(p) for p in paths]
    total = {k: sum(int(s.get(k, 0)) for s in slices) for k in
             ("requests", "non2xx", "created", "viewed", "err_connect", "err_read", "err_write", "err_timeout")}
    seconds = sum(float(s["seconds"]) for s in slices)
    statuses = {}
    for s in slices:
        if s["statuses"] == "not-counted":
            continue
        for part in s["statuses"].split(","):
            code, n = part.split(":")
            statuses[code] = statuses.get(code, 0) + int(n)
    lines = [
        f"requests={total['requests']}",
        f"seconds={seconds:.3f}",
        f"rps={total['requests'] / seconds:.1f}",
        f"p50_ms={statistics.median(float(s['p50_ms']) for s in slices):.3f}",
        f"p90_ms={max(float(s['p90_ms']) for s in slices):.3f}",
        f"p99_ms={max(float(s['p99_ms']) for s in slices):.3f}",
        f"max_ms={max(float(s['max_ms']) for s in slices):.3f}",
        f"non2xx={total['non2xx']}",
        "statuses=" + (",".join(f"{c}:{n}" for c, n in sorted(statuses.items())) if statuses else "not-counted"),
        f"created={total['created']}",
        f"viewed={total['viewed']}",
        f"err_connect={total['err_connect']}",
        f"err_read={total['err_read']}",
        f"err_write={total['err_write']}",
        f"err_timeout={total['err_timeout']}",
        f"slices={len(slices)}",
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
