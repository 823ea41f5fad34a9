#!/usr/bin/env python3
"""A local RFC 3161 time-stamping authority for the tests: `openssl ts -reply` behind an HTTP
server on 127.0.0.1 (a free port, printed on the first line of standard output).

usage: tsa-server.py PKI-DIR [--section tsa|rogue_tsa] [--mode MODE]
MODE: good (default); wrong-nonce (answers a query with another nonce); wrong-imprint (stamps
other bytes); reject (status rejection); silent (never answers); redirect (sends the client
to /elsewhere on the same server, which would answer as good); not-a-tsa (the right TSTInfo,
signed by the author's certificate, which has no timeStamping usage); no-ess (the right TSTInfo
signed by the TSA, without the ESS attribute naming its certificate). Each request's path and each
answer's own time go to standard error ("request /path", "answered in N ms")."""
import argparse
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("pki")
parser.add_argument("--section", default="tsa")
parser.add_argument("--mode", default="good",
                    choices=["good", "wrong-nonce", "wrong-imprint", "reject", "silent", "redirect", "not-a-tsa", "no-ess"])
args = parser.parse_args()


def der(tag, content):
    if len(content) < 0x80:
        return bytes([tag, len(content)]) + content
    size = len(content).to_bytes((len(content).bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


# A TimeStampResp with status rejection (2) and the TSA's words.
REJECTION = der(0x30, der(0x30, der(0x02, b"\x02") + der(0x30, der(0x0C, b"policy refuses this request"))))


def imprint_of(query):
    """The SHA-256 imprint of a TimeStampReq: the OCTET STRING after the sha256 OID."""
    sha256 = bytes.fromhex("0609608648016503040201")
    at = query.index(sha256) + len(sha256)
    at = query.index(b"\x04\x20", at) + 2
    return query[at:at + 32]


def openssl(*argv):
    return subprocess.run(["openssl", "ts", *argv], check=True, capture_output=True).stdout


def signed_again(tmp, reply, who):
    """A granted TimeStampResp whose token holds the TSA's TSTInfo, signed again by `who` with
    `openssl cms`, which adds no ESS signing-certificate attribute."""
    token, tst, resigned = (os.path.join(tmp, n) for n in ("token.der", "tstinfo.der", "author.der"))
    openssl("-reply", "-in", reply, "-token_out", "-out", token)
    subprocess.run(["openssl", "cms", "-verify", "-noverify", "-binary", "-inform", "DER", "-in", token,
                    "-out", tst], check=True, capture_output=True)
    subprocess.run(["openssl", "cms", "-sign", "-nodetach", "-binary", "-in", tst, "-econtent_type",
                    "1.2.840.113549.1.9.16.1.4", "-md", "sha256", "-signer", os.path.join(args.pki, who + ".pem"),
                    "-inkey", os.path.join(args.pki, who + ".key"), "-outform", "DER", "-out", resigned],
                   check=True, capture_output=True)
    with open(resigned, "rb") as f:
        return der(0x30, der(0x30, der(0x02, b"\x00")) + f.read())


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        started = time.monotonic()
        query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        print("request " + self.path, file=sys.stderr, flush=True)
        if args.mode == "silent":
            time.sleep(3600)
            return
        if args.mode == "redirect" and self.path != "/elsewhere":
            self.send_response(307)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if args.mode == "reject":
            reply = REJECTION
        else:
            with tempfile.TemporaryDirectory() as tmp:
                q = os.path.join(tmp, "query.tsq")
                if args.mode == "wrong-nonce":
                    # Another query for the same bytes: openssl gives it a fresh nonce.
                    openssl("-query", "-digest", imprint_of(query).hex(), "-sha256", "-cert", "-out", q)
                else:
                    if args.mode == "wrong-imprint":
                        # The same query (and nonce) for other bytes.
                        digest = imprint_of(query)
                        query = query.replace(digest, bytes(b ^ 0xFF for b in digest))
                    with open(q, "wb") as f:
                        f.write(query)
                r = os.path.join(tmp, "reply.tsr")
                openssl("-reply", "-config", os.path.join(args.pki, "tsa.cnf"), "-section", args.section,
                        "-queryfile", q, "-out", r)
                with open(r, "rb") as f:
                    reply = f.read()
                if args.mode in ("not-a-tsa", "no-ess"):
                    reply = signed_again(tmp, r, "author" if args.mode == "not-a-tsa" else "tsa")
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
        # For the benchmark: how long the TSA itself took.
        print("answered in %.1f ms" % ((time.monotonic() - started) * 1000), file=sys.stderr, flush=True)

    def log_message(self, *a):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
# Ends with its parent: when standard input closes.
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
