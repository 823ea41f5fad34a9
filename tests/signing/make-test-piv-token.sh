#!/usr/bin/env bash
# A SoftHSM2 token laid out like a DHS PIV card, for the smart-card signing tests, all under
# DIR (the test PKI of make-test-pki.sh must already be in PKI):
#   token "PIV_II", user PIN 123456 (DIR/pin), four keys and certificates issued by the test CA
#   with the PIV labels, ids and key usages:
#     01 PIV Authentication   digitalSignature               (logging in, not documents)
#     02 Digital Signature    digitalSignature, nonRepudiation; key asks for the PIN per use
#                             (CKA_ALWAYS_AUTHENTICATE, which SoftHSM honours)
#     03 Key Management       keyEncipherment only
#     04 Card Authentication  digitalSignature (contactless, no PIN on a real card)
#   DIR/nssdb: an NSS database without a passphrase, trusting the test CA, with the token's
#     module registered through login-counter.c (built here), which logs every C_Login and
#     its result to DIR/logins (the tests count failed PIN checks there);
#   DIR/nssdb-protected: the same, the database protected by DIR/passphrase.
# Every process that uses the token needs the environment of DIR/env (SOFTHSM2_CONF, the
# login log, and LD_PRELOAD of SoftHSM, which otherwise crashes at process exit when
# OpenSSL 3 cleans up before it).
set -euo pipefail
dir=${1:?usage: make-test-piv-token.sh DIR PKI}
pki=${2:?usage: make-test-piv-token.sh DIR PKI}
case "$dir" in *[[:space:]]*) echo "make-test-piv-token.sh: DIR must not contain spaces (SoftHSM's configuration and DIR/env)" >&2; exit 1;; esac
dir=$(mkdir -p "$dir" && cd "$dir" && pwd)
pki=$(cd "$pki" && pwd)
softhsm=/usr/lib/softhsm/libsofthsm2.so
here=$(cd "$(dirname "$0")" && pwd)
[ -e "$softhsm" ] || { echo "SoftHSM2 is not installed (Debian package softhsm2)" >&2; exit 1; }
command -v pkcs11-tool >/dev/null || { echo "pkcs11-tool is not installed (Debian package opensc)" >&2; exit 1; }
cd "$dir"
cc -shared -fPIC -O2 $(pkg-config --cflags nss) -o liblogincounter.so "$here/login-counter.c"

pin=123456
printf '%s\n' "$pin" > pin
printf '%s\n' "wrong-pin" > wrong-pin
cp "$pki/passphrase" passphrase
chmod 600 pin wrong-pin passphrase
mkdir -p tokens
cat > softhsm2.conf <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
cat > env <<ENV
export SOFTHSM2_CONF=$dir/softhsm2.conf
export SMOUT_P11_MODULE=$softhsm
export SMOUT_P11_LOG=$dir/logins
export LD_PRELOAD=$softhsm
ENV
# shellcheck source=/dev/null
. ./env

softhsm2-util --init-token --free --label PIV_II --so-pin 12345678 --pin "$pin" >/dev/null
p11() { pkcs11-tool --module "$softhsm" --token-label PIV_II --login --pin "$pin" "$@" >/dev/null; }

cat > piv.cnf <<'CNF'
[piv_auth]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth, 1.3.6.1.4.1.311.20.2.2
[piv_sign]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
[piv_keyman]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
extendedKeyUsage = emailProtection
[piv_cardauth]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = 2.16.840.1.101.3.6.8
CNF

# id, certificate label, key label, extension section, per-use PIN
slot() {
  local id=$1 certLabel=$2 keyLabel=$3 ext=$4 always=$5 base=piv-$1
  openssl req -newkey rsa:2048 -nodes -keyout "$base.key" -out "$base.csr" \
    -subj "/O=SMOUT Studio Test/OU=PIV/CN=Jordan Avery ($certLabel)" 2>/dev/null
  openssl x509 -req -in "$base.csr" -CA "$pki/test-ca.pem" -CAkey "$pki/test-ca.key" -CAcreateserial \
    -out "$base.pem" -days 825 -extfile piv.cnf -extensions "$ext" 2>/dev/null
  openssl pkey -in "$base.key" -outform DER -out "$base.key.der"
  openssl pkey -in "$base.key" -pubout -outform DER -out "$base.pub.der"
  openssl x509 -in "$base.pem" -outform DER -out "$base.der"
  local usage=(--usage-sign)
  [ "$ext" = piv_keyman ] && usage=(--usage-decrypt)
  p11 --write-object "$base.key.der" --type privkey --id "$id" --label "$keyLabel" "${usage[@]}" $always
  p11 --write-object "$base.pub.der" --type pubkey --id "$id" --label "$keyLabel"
  p11 --write-object "$base.der" --type cert --id "$id" --label "$certLabel"
}
slot 01 "Certificate for PIV Authentication" "PIV AUTH key" piv_auth ""
slot 02 "Certificate for Digital Signature" "SIGN key" piv_sign --always-auth
slot 03 "Certificate for Key Management" "KEY MAN key" piv_keyman ""
slot 04 "Certificate for Card Authentication" "CARD AUTH key" piv_cardauth ""

for db in nssdb nssdb-protected; do
  mkdir -p "$db"
  if [ "$db" = nssdb ]; then certutil -N -d "sql:$db" --empty-password; else certutil -N -d "sql:$db" -f passphrase; fi
  certutil -A -d "sql:$db" -n test-ca -t "CT,C,C" -a -i "$pki/test-ca.pem" -f passphrase
  modutil -force -dbdir "sql:$db" -add "PIV card" -libfile "$dir/liblogincounter.so" >/dev/null
done
: > logins
echo "PIV-like token ready in $dir"
