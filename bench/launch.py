#!/usr/bin/env python3
"""Launch time and idle memory of Rolspiegel against a bare Tauri app.

Each app is started RUNS times, alternating, through WebKitWebDriver (as the
end-to-end tests do). Launch time is measured from the session request until
the first screen is drawn (Rolspiegel: the welcome heading is on screen and
the UI is no longer busy; bare app: the page has loaded). After IDLE seconds,
memory is summed over the app and its WebKit processes: RSS and PSS.
The driver's own overhead is in both numbers alike, so compare them, do not
read them as absolute start-up times.
"""
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("RUNS", "15"))
IDLE = float(os.environ.get("IDLE", "5"))
APPS = {
    "rolspiegel": (
        os.path.join(ROOT, "target/release/rolspiegel"),
        "return !!document.querySelector(\"main[aria-busy='false'] h1\")",
    ),
    "bare tauri": (
        os.path.join(ROOT, "target/release/bare-tauri-app"),
        "return document.readyState === 'complete' && !!document.querySelector('h1')",
    ),
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=data, method=method,
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read() or b"null")


def group_memory(pgid, driver_pid):
    rss = pss = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == driver_pid:
            continue
        try:
            if os.getpgid(int(pid)) != pgid:
                continue
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except (ProcessLookupError, FileNotFoundError, PermissionError):
            continue
    return rss / 1024, pss / 1024


def measure(binary, ready_script):
    port = free_port()
    data = tempfile.mkdtemp(prefix="rolspiegel-bench-")
    env = dict(os.environ, TAURI_WEBVIEW_AUTOMATION="true", ROLSPIEGEL_DATA_DIR=data)
    driver = subprocess.Popen(["WebKitWebDriver", f"--port={port}"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("WebKitWebDriver did not start")
                time.sleep(0.05)
        caps = {"capabilities": {"alwaysMatch": {
            "webkitgtk:browserOptions": {"binary": binary, "args": []}}}}
        start = time.perf_counter()
        start_epoch_ms = time.time() * 1000
        session = request(port, "POST", "/session", caps)["value"]["sessionId"]
        while not request(port, "POST", f"/session/{session}/execute/sync",
                          {"script": ready_script, "args": []})["value"]:
            time.sleep(0.002)
        launch_ms = (time.perf_counter() - start) * 1000
        # In-page times (ms since navigation): the page's own marks, if any.
        # "page starts" is when navigation began, in ms after the session
        # request (Date.now() - performance.now(): WebKit's timeOrigin is
        # tens of ms off the wall clock): the time Rust, GTK and WebKit take
        # before the page, which the two apps should share.
        marks = request(port, "POST", f"/session/{session}/execute/sync", {
            "script": "const n = performance.getEntriesByType('navigation')[0];"
                      "const m = {'page starts': Date.now() - performance.now() - arguments[0],"
                      " 'DOM ready': n ? n.domContentLoadedEventEnd : 0};"
                      "for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;"
                      "for (const e of performance.getEntriesByType('measure')) m[e.name] = e.duration;"
                      "return m;", "args": [start_epoch_ms]})["value"]
        time.sleep(IDLE)
        rss, pss = group_memory(driver.pid, driver.pid)
        return launch_ms, rss, pss, marks
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()


def main():
    results = {name: [] for name in APPS}
    for run in range(RUNS):
        for name, (binary, ready) in APPS.items():
            results[name].append(measure(binary, ready))
    print(f"{RUNS} runs each, alternating; memory after {IDLE:.0f} s idle, "
          "summed over the app and its WebKit processes")
    print(f"{'app':<12} {'launch ms (median)':>19} {'RSS MB':>8} {'PSS MB':>8} {'binary MB':>10}")
    figures = {}
    for name, (binary, _) in APPS.items():
        launch = statistics.median(r[0] for r in results[name])
        rss = statistics.median(r[1] for r in results[name])
        pss = statistics.median(r[2] for r in results[name])
        size = os.path.getsize(binary) / 1e6
        figures[name] = (launch, rss, pss, size)
        print(f"{name:<12} {launch:>19.0f} {rss:>8.0f} {pss:>8.0f} {size:>10.2f}")
    print("in the page, ms since navigation (median; fluent-* is a duration,"
          " of parsing a language's first file;"
          " page starts: ms from the session request to navigation):")
    for name in APPS:
        keys = [k for k, v in results[name][0][3].items() if isinstance(v, (int, float))]
        parts = [f"{k} {statistics.median(r[3].get(k, 0) for r in results[name]):.0f}" for k in keys]
        print(f"  {name:<12} " + ", ".join(parts))
    # Rolspiegel against the bare app, from this one run (the machine is
    # noisy, so only ratios measured side by side mean anything).
    ours, bare = figures["rolspiegel"], figures["bare tauri"]
    # Targets: first screen from issue 9; the binary's 1.5× was set before the
    # live workshop's server, one window per user (D-Bus) and the PDF report
    # (together about 3.4 MB of the 6.4 MB over the bare app), and is now
    # 2.5×: what those features weigh, not more (ARCHITECTURE.md, "Size
    # budget").
    # The first screen as issue 28 asks: each launch against the bare launch
    # right after it, the median of those pairs and their spread.
    pairs = sorted(o[0] / b[0] for o, b in zip(results["rolspiegel"], results["bare tauri"]))
    q1, q3 = statistics.quantiles(pairs, n=4)[0], statistics.quantiles(pairs, n=4)[2]
    median = statistics.median(pairs)
    print(f"first screen, {len(pairs)} launch pairs: median ratio {median:.2f} "
          f"(middle half {q1:.2f}–{q3:.2f}, all {pairs[0]:.2f}–{pairs[-1]:.2f})"
          f"  target <= 1.10 (issue 28): {'met' if median <= 1.10 else 'NOT met'}")
    print("ratios of the medians against the bare app (targets: issue 9, ARCHITECTURE.md):")
    for label, index, target in [("first screen", 0, 1.15), ("RSS", 1, None),
                                 ("PSS", 2, None), ("binary", 3, 2.5)]:
        ratio = ours[index] / bare[index]
        verdict = "" if target is None else (
            f"  target <= {target:.2f}: {'met' if ratio <= target else 'NOT met'}")
        print(f"  {label:<13} {ratio:5.2f}{verdict}")


if __name__ == "__main__":
    sys.exit(main())
