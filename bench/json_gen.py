#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the JSON benchmark document (about 20 MB): an array of records
mixing objects, arrays, Ints, Floats, strings with escapes and non-ASCII,
booleans and nulls. Deterministic (fixed seed). usage: json_gen.py OUT [MB]"""
import json
import random
import sys

out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 20
rng = random.Random(42)
words = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "\u65e5\u672c",
         "quote\"d", "back\\slash", "tab\there", "line\nbreak", "emoji \U0001F600"]
records = []
size = 0
i = 0
while size < target * 1000 * 1000:
    r = {
        "id": i,
        "name": " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))),
        "score": round(rng.uniform(-1000, 1000), rng.randint(0, 6)),
        "ratio": rng.random(),
        "big": rng.randint(-2**62, 2**62),
        "active": rng.random() < 0.5,
        "tags": [rng.choice(words) for _ in range(rng.randint(0, 5))],
        "nested": {"x": rng.randint(0, 100), "y": [rng.random() for _ in range(3)], "z": None},
    }
    s = json.dumps(r, ensure_ascii=False)
    size += len(s.encode()) + 1
    records.append(r)
    i += 1
with open(out, "w", encoding="utf-8") as f:
    json.dump(records, f, ensure_ascii=False)
