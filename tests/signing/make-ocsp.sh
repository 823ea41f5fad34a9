#!/usr/bin/env bash
# An OCSP response (DER) about one certificate of the test PKI (make-test-pki.sh): `openssl
# ocsp` answers a request for it from an index written for it, "good", or "revoked" at the
# given time, signed by the given key (the issuer, a responder it delegated to, or any other).
# usage: make-ocsp.sh PKI-DIR ISSUER SIGNER CERT.pem OUT.der [REVOKED-AT]
#   ISSUER and SIGNER are stems of NAME.pem/NAME.key in PKI-DIR; REVOKED-AT is YYYYMMDDHHMMSSZ.
set -euo pipefail
pki=${1:?usage}; issuer=${2:?usage}; signer=${3:?usage}; cert=${4:?usage}; out=${5:?usage}; at=${6:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
serial=$(openssl x509 -in "$cert" -noout -serial | cut -d= -f2)
end=$(date -u -d "$(openssl x509 -in "$cert" -noout -enddate | cut -d= -f2)" +%y%m%d%H%M%SZ)
subject=$(openssl x509 -in "$cert" -noout -subject -nameopt compat | sed 's/^subject=//')
# The index keeps two-digit years (UTCTime) for dates before 2050.
printf '%s\t%s\t%s\t%s\tunknown\t%s\n' "$([ -n "$at" ] && echo R || echo V)" "$end" "${at:2}" "$serial" "$subject" > "$work/index.txt"
openssl ocsp -issuer "$pki/$issuer.pem" -cert "$cert" -no_nonce -reqout "$work/request.der" 2>"$work/log" \
  || { cat "$work/log" >&2; exit 1; }
openssl ocsp -index "$work/index.txt" -CA "$pki/$issuer.pem" -rsigner "$pki/$signer.pem" -rkey "$pki/$signer.key" \
  -reqin "$work/request.der" -respout "$out" -ndays 30 >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
