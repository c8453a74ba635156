"""The release app's window under WebKitWebDriver, for the window benchmarks
(group_redraw.py, live_window.py): start it on a data folder, run scripts in
its page, and stop the driver with everything it started."""
import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "rolspiegel")


@contextlib.contextmanager
def app_window(data_dir, timeout=300):
    """Yields run(script, *args): runs an asynchronous WebDriver script (its
    last argument is the callback) in the window and returns its value."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, TAURI_WEBVIEW_AUTOMATION="true", ROLSPIEGEL_DATA_DIR=data_dir, LANG="nl_NL.UTF-8")
    driver = subprocess.Popen(["WebKitWebDriver", f"--port={port}"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def call(method, path, body=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json"})
        try:
            return json.loads(urllib.request.urlopen(request, timeout=timeout).read())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {path}: {e.read().decode()[:500]}") from e

    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        sid = call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "webkitgtk:browserOptions": {"binary": BINARY, "args": []}}}})["sessionId"]

        def run(script, *args):
            return call("POST", f"/session/{sid}/execute/async", {"script": script, "args": list(args)})

        yield run
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
