#!/usr/bin/env python3
"""The facilitator's window while 500 phones finish (release build).

Makes a room's network as the end-to-end test does (a network namespace with
a veth pair; needs root or `sudo -n`), starts the release app under
WebKitWebDriver, makes a group, starts a live session on the room's address,
reveals the results and opens the group screen. Then 500 phones inside the
namespace (this script again, as plain asyncio HTTP/1.1 clients) join,
answer every statement of the current list and finish, as fast as the laptop lets them.

Meanwhile the page measures itself: the longest gap between two painted
frames, and how late a 20 ms timer fires (the time a click would wait).
Prints both (p50, p99, max), how often the figures were redrawn, how long the
phones took, and checks that the screen ends with 500 results.
Target: the window stays responsive — p99 timer lateness under 100 ms.

Run by `make bench` under Xvfb, after bench/launch.sh has built the release app.
"""
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time

from window import app_window

PHONES = 500
def _current_list():
    """The statement ids of the newest list in assets/instrument (the one phones answer)."""
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "instrument")
    versions = [f for f in os.listdir(folder) if f[0] == "v" and f.endswith(".json")]
    newest = max(versions, key=lambda f: int(f[1:-5]))
    with open(os.path.join(folder, newest)) as f:
        return [s["id"] for s in json.load(f)["statements"]]


STATEMENTS = _current_list()


# --- The phones (run inside the namespace) -----------------------------------

# Phones share the room's addresses as people in a room share devices: the
# laptop gives each address a fair share (a few participants, a few dozen
# connections), so 500 phones come from DEVICES addresses.
DEVICES = 100


async def phone(n, host, port, code, busy, source):
    """One phone: its own connection from its device's address; join, answer
    every statement, finish."""
    reader, writer = await asyncio.open_connection(host, port, local_addr=(source, 0))
    origin = f"http://{host}:{port}"

    async def send(method, path, body=None, token=None):
        while True:
            data = json.dumps(body).encode() if body is not None else b""
            head = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", f"Origin: {origin}",
                    f"Content-Length: {len(data)}"]
            if body is not None:
                head.append("Content-Type: application/json")
            if token:
                head.append(f"Authorization: Bearer {token}")
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
            status_line = await reader.readline()
            status = int(status_line.split()[1])
            length, retry = 0, 1
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "retry-after":
                    retry = int(value)
            payload = await reader.readexactly(length)
            if status == 503:
                busy[0] += 1
                await asyncio.sleep(retry + random.random() / 2)
                continue
            if status >= 400:
                raise RuntimeError(f"{method} {path}: {status} {payload[:200]!r}")
            return json.loads(payload) if payload else None

    await asyncio.sleep(n / 1000)
    joined = await send("POST", "/api/join", {"code": code, "name": ""})
    token = joined["token"]
    for seq, statement in enumerate(STATEMENTS, 1):
        await send("PUT", f"/api/answers/{statement}", {"value": (n + seq) % 5 + 1, "seq": seq}, token)
    await send("POST", "/api/finish?language=nl", None, token)
    writer.close()


async def phones(url, code, prefix):
    host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
    busy = [0]
    started = time.monotonic()
    await asyncio.gather(*(phone(n, host, int(port), code, busy, f"{prefix}{10 + n % DEVICES}")
                           for n in range(PHONES)))
    print(json.dumps({"seconds": time.monotonic() - started, "busy": busy[0]}))


# --- The room's network ------------------------------------------------------

def privileged(*args):
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    return subprocess.run(prefix + list(args), check=True, capture_output=True)


class Room:
    def __init__(self):
        n = os.getpid() % 250 + 1
        self.name, self.link, self.peer = f"rolspiegel-bench-{os.getpid()}", f"rsb{os.getpid() % 1000000}", f"rsc{os.getpid() % 1000000}"
        self.host, self.phones, self.prefix = f"10.214.{n}.1", f"10.214.{n}.2", f"10.214.{n}."

    def __enter__(self):
        privileged("ip", "netns", "add", self.name)
        privileged("ip", "link", "add", self.link, "type", "veth", "peer", "name", self.peer)
        privileged("ip", "link", "set", self.peer, "netns", self.name)
        privileged("ip", "addr", "add", f"{self.host}/24", "dev", self.link)
        privileged("ip", "link", "set", self.link, "up")
        inside = ["ip", "netns", "exec", self.name]
        privileged(*inside, "ip", "addr", "add", f"{self.phones}/24", "dev", self.peer)
        for k in range(DEVICES):
            privileged(*inside, "ip", "addr", "add", f"{self.prefix}{10 + k}/24", "dev", self.peer)
        privileged(*inside, "ip", "link", "set", self.peer, "up")
        privileged(*inside, "ip", "link", "set", "lo", "up")
        return self

    def __exit__(self, *_):
        for args in (("ip", "link", "del", self.link), ("ip", "netns", "del", self.name)):
            try:
                privileged(*args)
            except subprocess.CalledProcessError:
                pass


# --- The window --------------------------------------------------------------

MONITOR = """
window.__monitor = { gaps: [], lags: [], redraws: 0, stop: false };
const m = window.__monitor;
let last = performance.now();
const frame = (now) => { m.gaps.push(now - last); last = now; if (!m.stop) requestAnimationFrame(frame); };
requestAnimationFrame(frame);
let expected = performance.now() + 20;
const tick = () => { const now = performance.now(); m.lags.push(Math.max(0, now - expected));
  expected = now + 20; if (!m.stop) setTimeout(tick, 20); };
setTimeout(tick, 20);
new MutationObserver(() => m.redraws++).observe(document.querySelector('#group-figures'), { childList: true });
"""


def stats(values):
    values = sorted(values)
    pick = lambda p: values[min(len(values) - 1, max(0, int(len(values) * p / 100 + 0.999) - 1))]
    return f"p50 {pick(50):.0f} ms, p99 {pick(99):.0f} ms, max {values[-1]:.0f} ms"


def main():
    data = tempfile.mkdtemp(prefix="rolspiegel-live-window-")
    with Room() as room:
        with app_window(data) as run:
            status = run("""const address = arguments[0], done = arguments[1];
                const invoke = window.__TAURI_INTERNALS__.invoke;
                invoke('create_group', { name: 'Zaal', heldOn: null, notes: '' })
                  .then(g => invoke('live_start', { groupId: g.id, address }))
                  .then(() => invoke('live_reveal', { revealed: true }))
                  .then(s => { document.querySelector('#open-groups').click();
                               setTimeout(() => { document.querySelector('[data-group-id]').click();
                                                  setTimeout(() => done(s), 1000); }, 500); })
                  .catch(e => done(JSON.stringify(e)));""", room.host)
            if not isinstance(status, dict):
                raise RuntimeError(f"the live session did not start: {status}")
            run(MONITOR + "arguments[0](true);")
            inside = ([] if os.geteuid() == 0 else ["sudo", "-n"]) + ["ip", "netns", "exec", room.name]
            loader = subprocess.run(inside + [sys.executable, __file__, "--phones", status["url"], status["code"], room.prefix],
                                    capture_output=True, text=True)
            if loader.returncode != 0:
                raise RuntimeError(f"the phones failed: {loader.stderr[-2000:]}")
            result = json.loads(loader.stdout.strip().splitlines()[-1])
            time.sleep(2.5)
            seen = run("""const done = arguments[0], m = window.__monitor; m.stop = true;
                const n = document.querySelector("#group-stats tr[data-role='bureaucraat'] .rs-n");
                done({ gaps: m.gaps, lags: m.lags, redraws: m.redraws, n: n ? n.textContent : null });""")
            print(f"\nWindow during a live session: {PHONES} phones in a network namespace joined, "
                  f"answered and finished in {result['seconds']:.1f} s ({result['busy']} times 503, waited out)")
            print(f"  a 20 ms timer fired late by: {stats(seen['lags'])}  (what a click waits)")
            print(f"  time between painted frames: {stats(seen['gaps'])}")
            print(f"  figures redrawn {seen['redraws']} times; the screen shows {seen['n']} results")
            if seen["n"] != str(PHONES):
                raise RuntimeError(f"the group screen shows {seen['n']} results, expected {PHONES}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--phones":
        asyncio.run(phones(sys.argv[2], sys.argv[3], sys.argv[4]))
    else:
        sys.exit(main())
