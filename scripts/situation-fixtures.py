#!/usr/bin/env python3
"""Writes crates/core/tests/fixtures/situation-v1.json: random answer sets
to statement list 2 (how a person works) and to situation list 1 (what a
situation asks), with the gap per role worked out from docs/SCORING.md § 13
alone, independently of Rolspiegel, with numpy. The Rust test
(crates/core/tests/situation.rs) must match to 1e-12.

Run once, by hand, in a throw-away virtual environment:
    python3 -m venv /tmp/pv && /tmp/pv/bin/pip install numpy
    /tmp/pv/bin/python scripts/situation-fixtures.py
The output is committed; building and testing need no Python packages.
"""
import json
import os
import random

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OWN = json.load(open(os.path.join(ROOT, "assets/instrument/v2.json")))["statements"]
ASKED = json.load(open(os.path.join(ROOT, "assets/instrument/situation-v1.json")))["statements"]
ROLES = ["bureaucraat", "ondernemer", "verbinder"]
Z = 2.394  # GAP_Z


def answers(statements, rng, skip):
    """Keyed answers at random around a per-role level (raw 6 − keyed for a
    reversed statement); None ("weet ik niet") now and then,
    never so often that a role falls below four in five answered."""
    level = {r: rng.randint(1, 5) for r in ROLES}
    out = {}
    for s in statements:
        keyed = min(5, max(1, level[s["role"]] + rng.choice([-1, 0, 0, 0, 0, 0, 1])))
        v = keyed if s["keying"] == "positive" else 6 - keyed
        out[s["id"]] = None if rng.random() < skip else v
    for r in ROLES:
        ids = [s["id"] for s in statements if s["role"] == r]
        while sum(out[i] is not None for i in ids) < -(-4 * len(ids) // 5):
            out[next(i for i in ids if out[i] is None)] = 3
    return out


def profile(statements, given):
    """Per role: score 100·(mean−1)/4 of the keyed answers, k, and the spread
    s² (divisor k−1); then the SEM 25·√(s²ₚ/k) with s² pooled over the roles."""
    keyed = {r: [] for r in ROLES}
    for s in statements:
        v = given[s["id"]]
        if v is not None:
            keyed[s["role"]].append(v if s["keying"] == "positive" else 6 - v)
    scores = [100 * (np.mean(keyed[r]) - 1) / 4 for r in ROLES]
    ks = [len(keyed[r]) for r in ROLES]
    s2 = [np.var(keyed[r], ddof=1) for r in ROLES]
    pooled = sum((k - 1) * v for k, v in zip(ks, s2)) / sum(k - 1 for k in ks)
    pooled = 0.0 if pooled <= 1e-9 else pooled
    sem = [25 * np.sqrt(pooled / k) for k in ks]
    return scores, sem


rng = random.Random(2026)
cases = []
for n in range(40):
    own = answers(OWN, rng, 0.05)
    asked = answers(ASKED, rng, 0.08)
    own_scores, own_sem = profile(OWN, own)
    asked_scores, asked_sem = profile(ASKED, asked)
    gaps = []
    for i in range(3):
        gap = asked_scores[i] - own_scores[i]
        band = Z * np.sqrt(own_sem[i] ** 2 + asked_sem[i] ** 2)
        verdict = "more" if gap > band + 1e-9 else "less" if gap < -band - 1e-9 else "about"
        gaps.append({"own": float(own_scores[i]), "asked": float(asked_scores[i]), "gap": float(gap), "band": float(band), "asks": verdict})
    cases.append({"own": own, "asked": asked, "gaps": gaps})
doc = {"made": f"scripts/situation-fixtures.py with numpy {np.__version__}", "cases": cases}
with open(os.path.join(ROOT, "crates/core/tests/fixtures/situation-v1.json"), "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
