#!/usr/bin/env python3
"""A local CRL distribution point and OCSP responder for the tests, in the style of
tsa-server.py: an HTTP server on 127.0.0.1 (a free port, printed on the first line of standard
output) that answers GET /test-ca.crl with a CRL of the test CA revoking nothing
(make-crl.sh) and POST /ocsp with `openssl ocsp` answering from an index that lists CERT.pem
as valid, signed by SIGNER (default: the test CA). CERT.pem may be made after the server
started (its addresses name the port). Each request's method and path go to standard error.

usage: revocation-server.py PKI-DIR CERT.pem [--ocsp-signer NAME]"""
import argparse
import http.server
import os
import subprocess
import sys
import tempfile
import threading

parser = argparse.ArgumentParser()
parser.add_argument("pki")
parser.add_argument("cert")
parser.add_argument("--ocsp-signer", default="test-ca")
args = parser.parse_args()
here = os.path.dirname(os.path.abspath(__file__))


def x509(*argv):
    return subprocess.run(["openssl", "x509", "-in", args.cert, "-noout", *argv], check=True, capture_output=True,
                          text=True).stdout.strip()


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        print("GET " + self.path, file=sys.stderr, flush=True)
        if self.path != "/test-ca.crl":
            return self.answer(404, b"", "text/plain")
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "crl.pem")
            subprocess.run(["bash", os.path.join(here, "make-crl.sh"), args.pki, "test-ca", out], check=True)
            der = subprocess.run(["openssl", "crl", "-in", out, "-outform", "DER"], check=True, capture_output=True).stdout
        self.answer(200, der, "application/pkix-crl")

    def do_POST(self):
        request = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        print("POST " + self.path, file=sys.stderr, flush=True)
        if self.path != "/ocsp":
            return self.answer(404, b"", "text/plain")
        with tempfile.TemporaryDirectory() as tmp:
            index, req, resp = (os.path.join(tmp, n) for n in ("index.txt", "request.der", "response.der"))
            serial = x509("-serial").split("=")[1]
            subject = subprocess.run(["openssl", "x509", "-in", args.cert, "-noout", "-subject", "-nameopt", "compat"],
                                     check=True, capture_output=True, text=True).stdout.strip().removeprefix("subject=")
            with open(index, "w") as f:
                f.write("V\t391231235959Z\t\t%s\tunknown\t%s\n" % (serial, subject))
            with open(req, "wb") as f:
                f.write(request)
            signer = os.path.join(args.pki, args.ocsp_signer)
            subprocess.run(["openssl", "ocsp", "-index", index, "-CA", os.path.join(args.pki, "test-ca.pem"), "-rsigner",
                            signer + ".pem", "-rkey", signer + ".key", "-reqin", req, "-respout", resp, "-ndays", "30"],
                           check=True, capture_output=True)
            with open(resp, "rb") as f:
                body = f.read()
        self.answer(200, body, "application/ocsp-response")

    def log_message(self, *a):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
# Ends with its parent: when standard input closes.
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
