"""Load on the workbench (issue 20): `audit serve` on loopback, 50 clients for 30 s, each
reading pages (summary, findings, a finding) and one request in five posting a triage
decision; then the ledger is counted: every decision the server acknowledged must be a commit
of refs/audit/triage, with its reason in `audit triage --log`.

Usage: bench/serve-load.py BUILD_DIR [--clients N] [--seconds S]  (bench/run serve runs it)
"""
import argparse
import http.client
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("build")
parser.add_argument("--clients", type=int, default=50)
parser.add_argument("--seconds", type=float, default=30)
args = parser.parse_args()
build = Path(args.build).resolve()
root = Path(__file__).resolve().parent.parent
scratch = Path(tempfile.mkdtemp(prefix="serve-load-"))
workspace = scratch / "workspace"
env = {"AUDIT_AUTHOR": "Load Test <load@example.org>", "PATH": "/usr/bin:/bin"}


def audit(*arguments):
    return subprocess.run([str(build / "audit"), *arguments, "--workspace", str(workspace)], env=env, check=True, capture_output=True, text=True).stdout


audit("init")
audit("commit", "2020", str(root / "reports/shanwei-zsj/2020.txt"))
audit("commit", "2021", str(root / "reports/shanwei-zsj/2021.txt"))
server = subprocess.Popen([str(build / "audit-serve"), "--workspace", str(workspace), "--port", "0"], env=env, stdout=subprocess.PIPE, text=True)
line = server.stdout.readline()
port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))


def request(method, path, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data.decode("utf-8", "replace"), time.perf_counter() - start


_, findings, _ = request("GET", "/findings?ref=2021")
ids = sorted(set(re.findall(r"id=([0-9a-f]{10})\"", findings)))
_, finding, _ = request("GET", f"/finding?ref=2021&id={ids[0]}")
csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', finding).group(1)
statuses = ["confirmed", "accepted", "false-positive", "wont-fix", "under-review"]

lock = threading.Lock()
reads, writes, errors, acknowledged = [], [], [], []
deadline = time.monotonic() + args.seconds


def client(number):
    rng = random.Random(number)
    sent = 0
    while time.monotonic() < deadline:
        try:
            if rng.random() < 0.2:
                sent += 1
                reason = f"load client {number} decision {sent}"
                form = urllib.parse.urlencode({"csrf": csrf, "ref": "2021@1", "id": rng.choice(ids), "status": rng.choice(statuses), "reason": reason})
                status, _, seconds = request("POST", "/triage", form)
                with lock:
                    writes.append(seconds)
                    (acknowledged.append(reason) if status == 303 else errors.append(f"POST {status}"))
            else:
                path = rng.choice(["/", "/findings?ref=2021", f"/finding?ref=2021&id={rng.choice(ids)}", "/findings?ref=2021&level=warning"])
                status, _, seconds = request("GET", path)
                with lock:
                    reads.append(seconds)
                    if status != 200:
                        errors.append(f"GET {path} {status}")
        except Exception as error:  # a refused or dropped connection is an error of the run
            with lock:
                errors.append(repr(error))


started = time.monotonic()
threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - started
server.terminate()
server.wait(timeout=60)

store = workspace / "store.git"
commits = int(subprocess.run(["git", "-C", str(store), "rev-list", "--count", "refs/audit/triage"], capture_output=True, text=True).stdout.strip() or 0)
log = audit("triage", "--log")
lost = [reason for reason in acknowledged if reason not in log]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else float("nan")


print(f"| serve: {args.clients} clients, {elapsed:.0f} s, loopback | {len(reads)} reads, p50 {percentile(reads, .5):.0f} ms, p99 {percentile(reads, .99):.0f} ms "
      f"| {len(writes)} triage posts, p50 {percentile(writes, .5):.0f} ms, p99 {percentile(writes, .99):.0f} ms "
      f"| {len(errors)} errors | {len(acknowledged)} decisions acknowledged, {commits} ledger commits, {len(lost)} lost | exit {server.returncode} |")
for error in sorted(set(errors))[:10]:
    print("  error:", error)
subprocess.run(["rm", "-rf", str(scratch)])
sys.exit(1 if errors or lost or commits != len(acknowledged) or server.returncode != 0 else 0)
