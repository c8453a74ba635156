#!/usr/bin/env python3
"""Redraw of a 1,000-person group in the real window (release build).

Makes 1,000 participant files with varied answers (each participant leans
towards one role, as people do), adds them to a new group through the app's
own IPC command for dropped files, then toggles "show names" seven times and
measures, inside the page, the time from the click until the group screen is
drawn again (three charts and the figures) and painted. Prints each time and
the median. Target: under 100 ms.

Run by `make bench` under Xvfb, after bench/launch.sh has built the release app.
"""
import json
import random
import statistics
import sys
import tempfile

from window import app_window

PARTICIPANTS = 1000
ROLES = [("b", "bureaucraat"), ("o", "ondernemer"), ("v", "verbinder")]


def participant(n, rng):
    answers, scores = {}, {}
    lean = n % 3
    for r, (prefix, key) in enumerate(ROLES):
        keyed = []
        for i in range(1, 15):
            k = rng.randint(3, 5) if r == lean else rng.randint(1, 5)
            keyed.append(k)
            answers[f"{prefix}{i:02d}"] = k if i <= 7 else 6 - k
        scores[key] = 100.0 * (sum(keyed) / 14 - 1) / 4
    # A dropped file as the web view hands it to Rust: name, size, bytes.
    data = json.dumps({
        "format": "rolspiegel-participant", "version": 1, "instrumentVersion": 1,
        "id": f"6f1c2a3b-0000-4000-8000-{n:012d}", "name": "",
        "answers": answers, "scores": scores,
    }).encode()
    return {"name": f"p{n:04d}.json", "size": len(data), "bytes": list(data)}


def main():
    rng = random.Random(7)
    files = [participant(n, rng) for n in range(PARTICIPANTS)]
    data = tempfile.mkdtemp(prefix="rolspiegel-redraw-")
    with app_window(data) as run:
        added = run("""const files = arguments[0], done = arguments[1];
            const invoke = window.__TAURI_INTERNALS__.invoke;
            invoke('create_group', { name: 'Groot', heldOn: null, notes: '' })
              .then(g => invoke('add_dropped_files', { id: g.id, files }))
              .then(r => { document.querySelector('#open-groups').click();
                           setTimeout(() => { document.querySelector('[data-group-id]').click();
                                              setTimeout(() => done(r.added), 1000); }, 500); })
              .catch(e => done(JSON.stringify(e)));""", files)
        assert added == PARTICIPANTS, added
        times = []
        for _ in range(7):
            times.append(run("""const done = arguments[0], main = document.querySelector('main');
                const t0 = performance.now();
                document.querySelector('#group-show-names').click();
                const wait = () => (main.getAttribute('aria-busy') === 'false' && document.querySelector('#group-mixmap-chart svg'))
                  ? requestAnimationFrame(() => done(performance.now() - t0)) : setTimeout(wait, 1);
                setTimeout(wait, 1);"""))
        print(f"group of {PARTICIPANTS}: redraw ms {[round(t) for t in times]}, median {statistics.median(times):.0f}")


if __name__ == "__main__":
    sys.exit(main())
