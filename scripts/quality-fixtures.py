#!/usr/bin/env python3
"""Writes crates/core/tests/fixtures/quality-v2.json: 40 made-up results of
statement list 2 and the figures of "Hoe goed meet de lijst?" computed
independently of Rolspiegel — Cronbach's alpha by pingouin, its Feldt
interval with scipy's F distribution, item statistics and correlations with
numpy. The Rust tests (crates/core/tests/quality.rs) must match to 1e-12.

Run once, by hand, in a throw-away virtual environment:
    python3 -m venv /tmp/pv && /tmp/pv/bin/pip install pingouin
    /tmp/pv/bin/python scripts/quality-fixtures.py
The output is committed; building and testing need no Python packages.
"""
import json
import math
import os
import random

import numpy as np
import pandas as pd
import pingouin
import scipy
from scipy import stats

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = json.load(open(os.path.join(ROOT, "assets/instrument/v2.json")))
STATEMENTS = LIST["statements"]
ROLES = ["bureaucraat", "ondernemer", "verbinder"]


def people(n, rng):
    """Answers from a simple latent model, with some 'weet ik niet'."""
    out = []
    for _ in range(n):
        theta = {r: rng.gauss(0, 1) for r in ROLES}
        answers = {}
        for s in STATEMENTS:
            t = theta[s["role"]] if s["keying"] == "positive" else -theta[s["role"]]
            v = 3 + round(1.2 * t + rng.gauss(0, 0.9))
            v = min(5, max(1, v))
            answers[s["id"]] = None if rng.random() < 0.03 else v
        out.append(answers)
    return out


def keyed(s, v):
    return v if s["keying"] == "positive" else 6 - v


def main():
    rng = random.Random(11)
    results = people(40, rng)
    # One statement nearly everyone agrees with, one nearly all the same.
    for r in results:
        r["b01"] = 5 if rng.random() < 0.9 else 4
        r["o02"] = 3
    expected = {"roles": {}, "results": 0}
    scores = {r: [] for r in ROLES}
    for res in results:
        ok = True
        row = {}
        for role in ROLES:
            items = [s for s in STATEMENTS if s["role"] == role]
            given = [keyed(s, res[s["id"]]) for s in items if res[s["id"]] is not None]
            if len(given) < math.ceil(0.8 * len(items) - 1e-9):
                ok = False
            row[role] = 100 * (sum(given) / len(given) - 1) / 4
        if ok:
            for role in ROLES:
                scores[role].append(row[role])
    expected["results"] = len(scores["bureaucraat"])
    for role in ROLES:
        items = [s for s in STATEMENTS if s["role"] == role]
        complete = [
            [keyed(s, res[s["id"]]) for s in items]
            for res in results
            if all(res[s["id"]] is not None for s in items)
        ]
        df = pd.DataFrame(complete, columns=[s["id"] for s in items], dtype=float)
        alpha, _rounded_ci = pingouin.cronbach_alpha(data=df)
        n, k = df.shape
        f_hi = stats.f.isf(0.025, n - 1, (n - 1) * (k - 1))
        f_lo = stats.f.isf(0.975, n - 1, (n - 1) * (k - 1))
        matrix = np.array(complete, dtype=float)
        item_stats = []
        for j, s in enumerate(items):
            raw = np.array([res[s["id"]] for res in results if res[s["id"]] is not None], dtype=float)
            rest = matrix.sum(axis=1) - matrix[:, j]
            item = matrix[:, j]
            r = float(np.corrcoef(item, rest)[0, 1]) if item.std() > 0 and rest.std() > 0 else None
            item_stats.append({
                "id": s["id"], "n": int(raw.size), "mean": float(raw.mean()),
                "sd": float(raw.std(ddof=1)), "itemRest": r,
                "almostAllAgree": bool(raw.mean() > 4.2), "almostAllSame": bool(raw.std(ddof=1) < 0.8),
            })
        expected["roles"][role] = {
            "complete": n, "alpha": float(alpha),
            "alphaCi": [float(1 - (1 - alpha) * f_hi), float(1 - (1 - alpha) * f_lo)],
            "items": item_stats,
        }
    b, o, v = (np.array(scores[r]) for r in ROLES)
    expected["correlations"] = [float(np.corrcoef(b, o)[0, 1]), float(np.corrcoef(b, v)[0, 1]),
                                float(np.corrcoef(o, v)[0, 1])]
    doc = {
        "made": f"scripts/quality-fixtures.py with pingouin {pingouin.__version__}, scipy {scipy.__version__}, numpy {np.__version__}",
        "list": 2, "results": results, "expected": expected,
    }
    path = os.path.join(ROOT, "crates/core/tests/fixtures/quality-v2.json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(path, expected["results"], {r: expected["roles"][r]["alpha"] for r in ROLES})


if __name__ == "__main__":
    main()
