#!/usr/bin/env bash
# A signer certificate under the test CA of make-test-pki.sh whose CRL distribution point and
# OCSP responder (Authority Information Access) are the given URLs, imported into DIR/nssdb
# under NAME, for `--online` tests against revocation-server.py.
# usage: make-online-signer.sh PKI-DIR NAME CRL-URL OCSP-URL
set -euo pipefail
pki=${1:?usage}; name=${2:?usage}; crl=${3:?usage}; ocsp=${4:?usage}
cd "$pki"
cat > "$name.cnf" <<CNF
[ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
crlDistributionPoints = URI:$crl
authorityInfoAccess = OCSP;URI:$ocsp
CNF
openssl req -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.csr" -subj "/O=SMOUT Studio Test/CN=Online $name" 2>/dev/null
openssl x509 -req -in "$name.csr" -CA test-ca.pem -CAkey test-ca.key -CAcreateserial -out "$name.pem" -days 825 \
  -extfile "$name.cnf" -extensions ext 2>/dev/null
openssl pkcs12 -export -inkey "$name.key" -in "$name.pem" -certfile test-ca.pem -name "$name" -out "$name.p12" -passout "pass:$(cat passphrase)"
pk12util -i "$name.p12" -d sql:nssdb -w passphrase -k passphrase >/dev/null
