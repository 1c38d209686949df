#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""JSONTestSuite (nst/JSONTestSuite test_parsing/, copied in JSONTestSuite/):
every y_ file must parse (and survive stringify -> parse -> stringify
unchanged), every n_ file must be rejected with json_parse's catchable error,
and every i_ file must do what docs/json.md documents (IMPLEMENTATION below).

Usage: python3 tests/lib/json/test_jsontestsuite.py [--fun build/fun]
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CASES = os.path.join(HERE, "JSONTestSuite", "test_parsing")

# The implementation-defined cases, as docs/json.md describes them.
REJECT = "reject"
ACCEPT = "accept"
IMPLEMENTATION = {
    # a number whose magnitude overflows a double is an error, not inf
    "i_number_huge_exp.json": REJECT,
    "i_number_neg_int_huge_exp.json": REJECT,
    "i_number_pos_double_huge_exp.json": REJECT,
    "i_number_real_neg_overflow.json": REJECT,
    "i_number_real_pos_overflow.json": REJECT,
    # underflow rounds to 0.0; integers beyond int64 become Floats
    "i_number_double_huge_neg_exp.json": ACCEPT,
    "i_number_real_underflow.json": ACCEPT,
    "i_number_too_big_neg_int.json": ACCEPT,
    "i_number_too_big_pos_int.json": ACCEPT,
    "i_number_very_big_negative_int.json": ACCEPT,
    # strings are byte strings: lone surrogate escapes get their 3-byte form,
    # bytes that are not valid UTF-8 are kept as they are
    "i_object_key_lone_2nd_surrogate.json": ACCEPT,
    "i_string_1st_surrogate_but_2nd_missing.json": ACCEPT,
    "i_string_1st_valid_surrogate_2nd_invalid.json": ACCEPT,
    "i_string_UTF-8_invalid_sequence.json": ACCEPT,
    "i_string_UTF8_surrogate_U+D800.json": ACCEPT,
    "i_string_incomplete_surrogate_and_escape_valid.json": ACCEPT,
    "i_string_incomplete_surrogate_pair.json": ACCEPT,
    "i_string_incomplete_surrogates_escape_valid.json": ACCEPT,
    "i_string_invalid_lonely_surrogate.json": ACCEPT,
    "i_string_invalid_surrogate.json": ACCEPT,
    "i_string_invalid_utf-8.json": ACCEPT,
    "i_string_inverted_surrogates_U+1D11E.json": ACCEPT,
    "i_string_iso_latin_1.json": ACCEPT,
    "i_string_lone_second_surrogate.json": ACCEPT,
    "i_string_lone_utf8_continuation_byte.json": ACCEPT,
    "i_string_not_in_unicode_range.json": ACCEPT,
    "i_string_overlong_sequence_2_bytes.json": ACCEPT,
    "i_string_overlong_sequence_6_bytes.json": ACCEPT,
    "i_string_overlong_sequence_6_bytes_null.json": ACCEPT,
    "i_string_truncated-utf-8.json": ACCEPT,
    # only UTF-8 text: UTF-16 and a byte order mark are rejected
    "i_string_UTF-16LE_with_BOM.json": REJECT,
    "i_string_utf16BE_no_BOM.json": REJECT,
    "i_string_utf16LE_no_BOM.json": REJECT,
    "i_structure_UTF-8_BOM_empty_object.json": REJECT,
    # 500 levels are within the 1000-level limit
    "i_structure_500_nested_arrays.json": ACCEPT,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fun", default=os.path.join(ROOT, "build", "fun"))
    args = ap.parse_args()
    driver = os.path.join(HERE, "fixtures", "suite_driver.fun")
    timeout = 300 if os.environ.get("FUN_TEST_ASAN") else 60
    r = subprocess.run([args.fun, driver, CASES], cwd=ROOT, capture_output=True, timeout=timeout)
    failures = []
    if r.returncode != 0 or r.stderr:
        failures.append("driver exit %d: %s" % (r.returncode, r.stderr.decode(errors="replace")[:2000]))
    seen = {}
    for line in r.stdout.decode(errors="replace").splitlines():
        parts = line.split("\t")
        seen[parts[0]] = parts
    names = sorted(n for n in os.listdir(CASES) if n.endswith(".json"))
    if len(names) < 300:
        failures.append("only %d case files found" % len(names))
    for name in names:
        got = seen.get(name)
        if got is None:
            failures.append("%s: no result" % name)
            continue
        if name.startswith("y_"):
            want = ACCEPT
        elif name.startswith("n_"):
            want = REJECT
        else:
            want = IMPLEMENTATION.get(name)
            if want is None:
                failures.append("%s: not documented in IMPLEMENTATION" % name)
                continue
        if got[1] != want:
            failures.append("%s: want %s, got %s" % (name, want, " ".join(got[1:])))
        elif want == REJECT and not (len(got) > 2 and "invalid JSON at line " in got[2]):
            failures.append("%s: rejected without a positioned error: %s" % (name, got))
    for f in failures:
        print(f)
    print("%d passed, %d failed" % (len(names) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
