#!/usr/bin/env python3
"""The datasketch baseline for the duplicates workload of bench/run.

Reads the paragraphs' shingles (one paragraph per line, shingles separated by tabs), then,
`runs` times: sketches every paragraph with MinHash.bulk (datasketch's fastest path) and
searches candidates with MinHashLSH (insert all, then query each). Prints one JSON object: the
seconds of each run, LSH's bands and rows, and the candidate pairs of the last run.

usage: datasketch-baseline.py SHINGLES THRESHOLD PERMUTATIONS RUNS
"""
import json
import sys
import time

from datasketch import MinHash, MinHashLSH


def search(paragraphs, threshold, permutations):
    sketches = MinHash.bulk(paragraphs, num_perm=permutations)
    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    with lsh.insertion_session() as session:
        for key, sketch in enumerate(sketches):
            session.insert(key, sketch)
    pairs = set()
    for key, sketch in enumerate(sketches):
        for other in lsh.query(sketch):
            if other != key:
                pairs.add((min(key, other), max(key, other)))
    return lsh, pairs


def main():
    path, threshold, permutations, runs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with open(path, encoding="utf-8") as lines:
        paragraphs = [[gram.encode("utf-8") for gram in line.rstrip("\n").split("\t")] for line in lines]
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        lsh, pairs = search(paragraphs, threshold, permutations)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"seconds": seconds, "bands": lsh.b, "rows": lsh.r, "pairs": sorted(pairs)}))


if __name__ == "__main__":
    main()
