#!/usr/bin/env python3
"""The difflib baseline for the diff benchmark: SequenceMatcher over paragraphs, then over the
characters of each replaced run, as a reviewer's ad-hoc script would do. Timed in-process
(interpreter start-up excluded); prints each run's time in milliseconds.

Usage: bench/difflib-baseline.py OLD.txt NEW.txt ITERATIONS
"""
import difflib
import sys
import time


def paragraphs(text):
    # The extracted text has blank lines between wrapped lines; each non-blank line is a unit.
    return [line.strip() for line in text.split("\n") if line.strip()]


def diff(old, new):
    old_units, new_units = paragraphs(old), paragraphs(new)
    outer = difflib.SequenceMatcher(None, old_units, new_units, autojunk=False)
    edits = 0
    for tag, i1, i2, j1, j2 in outer.get_opcodes():
        if tag == "replace":
            inner = difflib.SequenceMatcher(None, "".join(old_units[i1:i2]), "".join(new_units[j1:j2]), autojunk=False)
            edits += sum(1 for opcode in inner.get_opcodes() if opcode[0] != "equal")
        elif tag != "equal":
            edits += 1
    return edits


def main():
    old = open(sys.argv[1], encoding="utf-8").read()
    new = open(sys.argv[2], encoding="utf-8").read()
    runs = []
    for _ in range(int(sys.argv[3])):
        start = time.perf_counter()
        diff(old, new)
        runs.append(time.perf_counter() - start)
    print(" ".join(f"{run * 1000:.3f}" for run in runs))


if __name__ == "__main__":
    main()
