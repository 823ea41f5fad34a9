#!/usr/bin/env python3
"""Appends validation data to a signed PDF the way a long-term-validation tool does: an
incremental update whose catalog gains a /DSS with the given certificates and CRLs (PEM or
DER files, stored as DER streams).

usage: add-dss.py IN.pdf OUT.pdf [--cert FILE]... [--crl FILE]...
"""
import base64, re, subprocess, sys


def qpdf_show(path, what):
    return subprocess.run(['qpdf', '--show-object=' + what, path], capture_output=True, check=True).stdout.decode('latin1').strip()


def der(path):
    data = open(path, 'rb').read()
    m = re.search(rb'-----BEGIN [A-Z0-9 ]+-----(.*?)-----END', data, re.S)
    return base64.b64decode(b''.join(m.group(1).split())) if m else data


src, out = sys.argv[1:3]
files = {'--cert': [], '--crl': []}
args = sys.argv[3:]
for flag, value in zip(args[::2], args[1::2]):
    files[flag].append(value)

data = open(src, 'rb').read()
trailer = qpdf_show(src, 'trailer')
size = int(re.search(r'/Size (\d+)', trailer).group(1))
root = int(re.search(r'/Root (\d+) \d+ R', trailer).group(1))
info = re.search(r'/Info (\d+ \d+ R)', trailer)
catalog = re.sub(r'/DSS \d+ 0 R', '', qpdf_show(src, str(root)))

objects, refs = {}, {'/Certs': [], '/CRLs': []}
for key, flag in (('/Certs', '--cert'), ('/CRLs', '--crl')):
    for path in files[flag]:
        payload = der(path)
        num = size + len(objects)
        objects[num] = b'<< /Length %d >>\nstream\n' % len(payload) + payload + b'\nendstream'
        refs[key].append(num)
dss = size + len(objects)
objects[dss] = ('<< %s >>' % ' '.join('%s [%s]' % (k, ' '.join('%d 0 R' % n for n in v)) for k, v in refs.items() if v)).encode()
objects[root] = (catalog.rstrip()[:-2].rstrip() + ' /DSS %d 0 R >>' % dss).encode('latin1')

body = bytearray(data)
prev = int(re.findall(rb'startxref\s+(\d+)', data)[-1])
offsets = {}
for num, obj in objects.items():
    body += b'\n'
    offsets[num] = len(body)
    body += b'%d 0 obj\n' % num + obj + b'\nendobj\n'
xref = len(body)
body += b'xref\n'
for num in sorted(offsets):
    body += b'%d 1\n%010d 00000 n \n' % (num, offsets[num])
info_entry = b'/Info %s ' % info.group(1).encode() if info else b''
body += b'trailer\n<< /Size %d /Root %d 0 R %s/Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (dss + 1, root, info_entry, prev, xref)
open(out, 'wb').write(bytes(body))
