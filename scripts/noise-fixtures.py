#!/usr/bin/env python3
"""Writes crates/core/tests/fixtures/noise-v2.json: from the same 40 made-up
results of statement list 2 as quality-v2.json, the statement means, each
role's spread (plain and around the means), the margins and a change's range,
and the retest figures of 20 pairs, computed independently of Rolspiegel
with numpy and Python's statistics module. The Rust tests
(crates/core/tests/noise.rs) must match to 1e-12.

Run once, by hand, in a throw-away virtual environment:
    python3 -m venv /tmp/pv && /tmp/pv/bin/pip install numpy
    /tmp/pv/bin/python scripts/noise-fixtures.py
The output is committed; building and testing need no Python packages.
"""
import json
import math
import os
from statistics import NormalDist

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = json.load(open(os.path.join(ROOT, "assets/instrument/v2.json")))
STATEMENTS = LIST["statements"]
ROLES = ["bureaucraat", "ondernemer", "verbinder"]
RESULTS = json.load(open(os.path.join(ROOT, "crates/core/tests/fixtures/quality-v2.json")))["results"]
Z = 1.96  # the margin's z (MARGIN_Z)


def keyed(s, v):
    return None if v is None else (v if s["keying"] == "positive" else 6 - v)


means = {}
for s in STATEMENTS:
    values = [keyed(s, r.get(s["id"])) for r in RESULTS]
    values = np.array([v for v in values if v is not None], dtype=float)
    assert len(values) >= 30, s["id"]
    means[s["id"]] = float(np.mean(values))


def role_values(result, role, centred):
    out = []
    for s in STATEMENTS:
        if s["role"] != role:
            continue
        v = keyed(s, result.get(s["id"]))
        if v is not None:
            out.append(v - means[s["id"]] if centred else float(v))
    return np.array(out, dtype=float)


def scores(result):
    return [float(100 * (np.mean(role_values(result, role, False)) - 1) / 4) for role in ROLES]


def spreads(result, centred):
    return [(len(v), float(np.var(v, ddof=1))) for v in (role_values(result, r, centred) for r in ROLES)]


def margins(result, centred):
    sp = spreads(result, centred)
    pooled = sum((k - 1) * s2 for k, s2 in sp) / sum(k - 1 for k, _ in sp)
    out = []
    for score, (k, _) in zip(scores(result), sp):
        half = Z * 25 * np.sqrt(pooled / k)
        out.append([float(max(0.0, score - half)), float(min(100.0, score + half))])
    return out


def change(a, b, centred):
    out = []
    for i, role in enumerate(ROLES):
        (k1, s1), (k2, s2) = spreads(a, centred)[i], spreads(b, centred)[i]
        pooled = ((k1 - 1) * s1 + (k2 - 1) * s2) / (k1 + k2 - 2)
        se = 25 * np.sqrt(pooled * (1 / k1 + 1 / k2))
        delta = scores(b)[i] - scores(a)[i]
        out.append({"delta": float(delta), "se": float(se), "low": float(delta - Z * se), "high": float(delta + Z * se)})
    return out


def retest(pairs):
    """Per role: r and its Fisher interval, mean change, SD of the changes,
    and the root mean square of each pair's model error (plain spreads)."""
    z = NormalDist().inv_cdf(0.975)
    out = []
    for i in range(3):
        first = np.array([scores(a)[i] for a, _ in pairs])
        second = np.array([scores(b)[i] for _, b in pairs])
        d = second - first
        r = float(np.corrcoef(first, second)[0, 1])
        half = z / math.sqrt(len(pairs) - 3)
        ses = [change(a, b, False)[i]["se"] for a, b in pairs]
        out.append({
            "r": r,
            "low": math.tanh(math.atanh(r) - half),
            "high": math.tanh(math.atanh(r) + half),
            "mean_change": float(np.mean(d)),
            "real_error": float(np.std(d, ddof=1)),
            "assumed_error": float(np.sqrt(np.mean(np.square(ses)))),
        })
    return out


expected = {
    "means": means,
    "results": [
        {
            "index": i,
            "scores": scores(RESULTS[i]),
            "spreads": {"plain": [s2 for _, s2 in spreads(RESULTS[i], False)], "centred": [s2 for _, s2 in spreads(RESULTS[i], True)]},
            "margins": {"plain": margins(RESULTS[i], False), "centred": margins(RESULTS[i], True)},
        }
        for i in range(6)
    ],
    "change_0_to_1": {"plain": change(RESULTS[0], RESULTS[1], False), "centred": change(RESULTS[0], RESULTS[1], True)},
    # Result i and result i + 20 as one person's first and second time.
    "retest_pairs_i_and_i_plus_20": retest([(RESULTS[i], RESULTS[i + 20]) for i in range(20)]),
}
doc = {"made": f"scripts/noise-fixtures.py with numpy {np.__version__}", "list": 2, "results_from": "quality-v2.json", "expected": expected}
with open(os.path.join(ROOT, "crates/core/tests/fixtures/noise-v2.json"), "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
