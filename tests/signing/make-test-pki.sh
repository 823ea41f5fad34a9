#!/usr/bin/env bash
# A throwaway PKI for the signing tests, all under DIR: a test CA; author, counsel and
# reviewer certificates signed by it; one from an untrusted CA; one that has expired; two
# time-stamping authorities (critical extendedKeyUsage timeStamping), tsa under the test CA
# and rogue-tsa under the untrusted one, with DIR/tsa.cnf for `openssl ts -reply` (sections
# tsa and rogue_tsa; tsa-server.py answers with them); two OCSP responders under the test CA,
# ocsp-responder (extendedKeyUsage OCSPSigning) and ocsp-without-eku.
# Each signer comes as a PKCS#12 (passphrase in DIR/passphrase) and in an NSS database
# DIR/nssdb (same passphrase) that trusts the test CA.
set -euo pipefail
dir=${1:?usage: make-test-pki.sh DIR}
mkdir -p "$dir" && cd "$dir"
pass=test-passphrase
printf '%s\n' "$pass" > passphrase
chmod 600 passphrase

cat > ext.cnf <<'CNF'
[smout_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[smout_signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[smout_tsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[smout_ocsp]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[smout_ocsp_without_eku]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

make_ca() { # name
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 \
    -subj "/O=SMOUT Studio Test/CN=$1" -extensions smout_ca -config <(cat /etc/ssl/openssl.cnf ext.cnf) 2>/dev/null
}
make_signer() { # name ca [openssl-ca dates]
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/O=SMOUT Studio Test/CN=$3" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -out "$1.pem" -days 825 \
    -extfile ext.cnf -extensions smout_signer 2>/dev/null
  openssl pkcs12 -export -inkey "$1.key" -in "$1.pem" -certfile "$2.pem" -name "$1" -out "$1.p12" -passout "pass:$pass"
}

make_ca test-ca
make_ca rogue-ca
make_signer author test-ca "Dana Whitfield"
make_signer counsel test-ca "Marcus Oyelaran"
make_signer reviewer test-ca "Priya Castellanos"
make_signer rogue rogue-ca "Rogue Signer"

make_tsa() { # name ca common-name
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/O=SMOUT Studio Test/CN=$3" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -out "$1.pem" -days 3000 \
    -extfile ext.cnf -extensions smout_tsa 2>/dev/null
  echo 01 > "$1.serial"
}
make_tsa tsa test-ca "SMOUT Test TSA"
make_tsa rogue-tsa rogue-ca "Rogue TSA"
tsa_section() { # section name ca
  cat <<CNF
[$1]
serial = $dir/$2.serial
crypto_device = builtin
signer_cert = $dir/$2.pem
certs = $dir/$3.pem
signer_key = $dir/$2.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CNF
}
{ tsa_section tsa tsa test-ca; tsa_section rogue_tsa rogue-tsa rogue-ca; } > tsa.cnf

# OCSP responders the test CA delegated to (make-ocsp.sh signs with them): one for OCSP
# signing (extendedKeyUsage OCSPSigning), one without that key usage.
make_responder() { # name extensions common-name
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/O=SMOUT Studio Test/CN=$3" 2>/dev/null
  openssl x509 -req -in "$1.csr" -CA test-ca.pem -CAkey test-ca.key -CAcreateserial -out "$1.pem" -days 3000 \
    -extfile ext.cnf -extensions "$2" 2>/dev/null
}
make_responder ocsp-responder smout_ocsp "SMOUT Test OCSP Responder"
make_responder ocsp-without-eku smout_ocsp_without_eku "SMOUT Test Responder Without EKU"

# An expired signer: issued and expired in the past, through openssl ca's explicit dates.
mkdir -p expired-ca/newcerts && : > expired-ca/index.txt && echo 1000 > expired-ca/serial
cat > expired-ca.cnf <<CNF
[ca]
default_ca = d
[d]
dir = $dir/expired-ca
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
policy = p
copy_extensions = none
[p]
commonName = supplied
organizationName = optional
CNF
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/O=SMOUT Studio Test/CN=Expired Signer" 2>/dev/null
openssl ca -batch -config expired-ca.cnf -cert test-ca.pem -keyfile test-ca.key -in expired.csr -out expired.pem \
  -startdate 20200101000000Z -enddate 20210101000000Z -extfile ext.cnf -extensions smout_signer -notext 2>/dev/null
openssl pkcs12 -export -inkey expired.key -in expired.pem -certfile test-ca.pem -name expired -out expired.p12 -passout "pass:$pass"

mkdir -p nssdb
certutil -N -d sql:nssdb -f passphrase
certutil -A -d sql:nssdb -n test-ca -t "CT,C,C" -a -i test-ca.pem -f passphrase
for who in author counsel reviewer rogue expired; do
  pk12util -i "$who.p12" -d sql:nssdb -w passphrase -k passphrase >/dev/null
done
echo "test PKI ready in $dir"
