#!/usr/bin/env bash
# A CRL issued by a CA of the test PKI (make-test-pki.sh), revoking the given certificates at
# the given times: `openssl ca -gencrl` over an index written for it, so that revocation
# dates can lie in the past or the future.
# usage: make-crl.sh PKI-DIR CA-NAME OUT.pem [CERT.pem REVOKED-AT]...
#   CA-NAME is the stem of CA-NAME.pem/CA-NAME.key in PKI-DIR; REVOKED-AT is YYYYMMDDHHMMSSZ.
#   LAST_UPDATE=YYYYMMDDHHMMSSZ in the environment dates the CRL itself (default: now).
set -euo pipefail
pki=${1:?usage}; ca=${2:?usage}; out=${3:?usage}; shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/index.txt"
echo 01 > "$work/crlnumber"
while [ $# -ge 2 ]; do
  cert=$1; at=$2; shift 2
  serial=$(openssl x509 -in "$cert" -noout -serial | cut -d= -f2)
  end=$(date -u -d "$(openssl x509 -in "$cert" -noout -enddate | cut -d= -f2)" +%y%m%d%H%M%SZ)
  subject=$(openssl x509 -in "$cert" -noout -subject -nameopt compat | sed 's/^subject=//')
  # The index keeps two-digit years (UTCTime) for dates before 2050.
  printf 'R\t%s\t%s\t%s\tunknown\t%s\n' "$end" "${at:2}" "$serial" "$subject" >> "$work/index.txt"
done
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = d
[d]
database = $work/index.txt
crlnumber = $work/crlnumber
default_md = sha256
default_crl_days = 30
CNF
openssl ca -batch -gencrl ${LAST_UPDATE:+-crl_lastupdate "$LAST_UPDATE"} -config "$work/ca.cnf" -cert "$pki/$ca.pem" -keyfile "$pki/$ca.key" -out "$out" 2>"$work/log" \
  || { cat "$work/log" >&2; exit 1; }
