#!/usr/bin/env python3
"""The HTTP attacks of issue 9, section 4, measured against a server binary.

Usage: bench/http_attacks.py SERVER_BINARY [SERVER_BINARY ...]

Starts each binary (`serve --demo` on a fresh database, 127.0.0.1:0, under
`prlimit --nofile=1024:1024` like systemd's default), runs every attack on
the loopback, bounded in bytes and time, prints one table per binary and
stops the server. Python's standard library only. Figures in
docs/performance.md.
"""
import os
import select
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

MIB = 1024 * 1024


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def stream(port, head, filler, limit, seconds):
    """Sends `head`, then `filler` until the server answers or stops taking
    data, `limit` bytes or `seconds` pass. Returns (bytes sent after head,
    seconds to the first answer byte or None, status line or None)."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(head)
    sock.setblocking(False)
    sent, answer, first = 0, b"", None
    start = time.time()
    stalled_since = None
    while sent < limit and time.time() - start < seconds:
        readable, writable, _ = select.select([sock], [sock], [], 0.5)
        if readable:
            try:
                data = sock.recv(65536)
            except ConnectionError:
                break
            if not data:
                break
            if first is None:
                first = time.time() - start
            answer += data
        if writable:
            stalled_since = None
            try:
                sent += sock.send(filler)
            except (BlockingIOError, InterruptedError):
                pass
            except (BrokenPipeError, ConnectionError):
                break
        elif not readable:
            stalled_since = stalled_since or time.time()
            if time.time() - stalled_since > 2:
                break  # the server stopped reading
    sock.close()
    status = answer.split(b"\r\n", 1)[0].decode() if answer else None
    return sent, first, status


def request(port, raw, timeout):
    start = time.time()
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        sock.sendall(raw)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        sock.close()
    except OSError:
        return None, time.time() - start
    return data.split(b"\r\n", 1)[0].decode(), time.time() - start


class Server:
    """`serve --demo` on a fresh database, stopped on exit."""

    def __init__(self, binary):
        self.binary = binary
        self.database = os.path.join(tempfile.mkdtemp(prefix="http-attacks-"), "users.db")

    def __enter__(self):
        self.process = subprocess.Popen(
            ["prlimit", "--nofile=1024:1024", self.binary, "serve", "--listen", "127.0.0.1:0",
             "--database", self.database, "--demo"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.port = int(self.process.stdout.readline().strip().rsplit(":", 1)[1])
        self.pid = self.process.pid
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)

    def token(self):
        return subprocess.run([self.binary, "token", "create", "--database", self.database,
                               "--email", "owner@example.com"], capture_output=True, text=True,
                              check=True).stdout.strip().splitlines()[-1]


def flood(binary, name, head, filler):
    with Server(binary) as server:
        before = rss_mib(server.pid)
        sent, first, status = stream(server.port, head, filler, 200 * MIB, 20)
        when = "never" if first is None else f"{first:.3f} s"
        print(f"| {name} | {status or 'none'} | {when} | {sent / MIB:.1f} MiB |"
              f" RSS {before:.0f} → {rss_mib(server.pid):.0f} MiB |")


def held_lock(binary):
    with Server(binary) as server:
        token = server.token()
        # Another process holds the write lock while a write is in flight.
        lock = sqlite3.connect(server.database, timeout=1, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        body = b'{"machineId":"attack"}'
        write = {}

        def post():
            write["result"] = request(
                server.port, b"POST /api/v1/organizations/1/machines HTTP/1.1\r\nHost: a\r\n"
                b"Connection: close\r\nAuthorization: Bearer " + token.encode() +
                b"\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\n\r\n" % len(body) + body, 60)

        writer = threading.Thread(target=post)
        writer.start()
        time.sleep(0.3)
        health = request(server.port, b"GET /api/v1/health HTTP/1.1\r\nHost: a\r\n"
                         b"Connection: close\r\n\r\n", 60)
        writer.join()
        lock.execute("ROLLBACK")
        lock.close()
        print(f"| /health while a write waits on a held lock | {health[0]} | "
              f"{health[1]:.3f} s | | |")
        print(f"| that write | {write['result'][0]} | {write['result'][1]:.3f} s | | |")


def idle_flood(binary):
    with Server(binary) as server:
        idle = []
        for _ in range(1100):
            try:
                idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=2))
            except OSError:
                break
        time.sleep(1)
        cpu_before = cpu_ms(server.pid)
        status, seconds = request(server.port, b"GET /api/v1/health HTTP/1.1\r\nHost: a\r\n"
                                  b"Connection: close\r\n\r\n", 10)
        time.sleep(max(0, 5 - seconds))
        cpu_used = cpu_ms(server.pid) - cpu_before
        for sock in idle:
            sock.close()
        print(f"| a new client after {len(idle)} idle connections | {status or 'none'} | "
              f"{seconds:.3f} s | | CPU {cpu_used:.0f} ms in 5 s |")


def run(binary):
    print(f"\n{binary}\n")
    print("| attack | answer | after | the client could send | server |")
    print("|---|---|---|---|---|")
    flood(binary, "2 GB Content-Length, 200 MiB of body sent",
          b"POST /api/v1/organizations/1/invitations HTTP/1.1\r\nHost: a\r\n"
          b"Content-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n",
          b"x" * 65536)
    flood(binary, "a header line of 200 MiB",
          b"GET /api/v1/health HTTP/1.1\r\nHost: a\r\nX-Filler: ", b"y" * 65536)
    held_lock(binary)
    idle_flood(binary)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        run(path)
