#!/usr/bin/env python3
"""Attacks on a signed PDF, for the verifier's tamper tests (pdf-insecurity.org classes).

usage: tamper.py MODE IN.pdf OUT.pdf
  flip          flip one byte inside the first signed range
  page-text     append an incremental update that replaces page 1's content
  replace-data  append an incremental update that replaces the embedded .smout
  truncate      cut the file short
  zero-contents zero the first signature's /Contents (universal signature forgery)
  byterange     change the first signature's /ByteRange (same length)
Object numbers come from qpdf; the update is written by hand, as an attacker would.
"""
import json, re, subprocess, sys

mode, src, dst = sys.argv[1:4]
data = bytearray(open(src, 'rb').read())

def qpdf(*args):
    return subprocess.run(['qpdf', *args, src], capture_output=True, text=True).stdout

def increment(objects):
    """Append objects {num: bytes} as an incremental update with a classic xref table."""
    out = bytearray(data)
    trailer = qpdf('--show-object=trailer')
    size = int(re.search(r'/Size (\d+)', trailer).group(1))
    root = re.search(r'/Root (\d+ \d+ R)', trailer).group(1)
    info = re.search(r'/Info (\d+ \d+ R)', trailer)
    prev = int(re.findall(rb'startxref\s+(\d+)', bytes(data))[-1])
    offsets = {}
    for num, body in objects.items():
        out += b'\n'
        offsets[num] = len(out)
        out += b'%d 0 obj\n' % num + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n'
    for num in sorted(offsets):
        out += b'%d 1\n%010d 00000 n \n' % (num, offsets[num])
    out += b'trailer\n<< /Size %d /Root %s %s/Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (
        max(size, max(offsets) + 1), root.encode(), b'/Info %s ' % info.group(1).encode() if info else b'', prev, xref)
    return out

def stream(payload, extra=b''):
    return b'<< /Length %d %s>>\nstream\n' % (len(payload), extra) + payload + b'\nendstream'

spans = [tuple(map(int, m.groups())) for m in re.finditer(rb'/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]', data)]
first = min(spans, key=lambda s: s[2] + s[3])

if mode == 'flip':
    at = first[1] // 2
    data[at] ^= 0x01
    result = data
elif mode == 'page-text':
    page = json.loads(qpdf('--json', '--json-key=pages'))['pages'][0]
    num = int(page['object'].split()[0])
    page_dict = qpdf('--show-object=%d' % num)
    new = int(re.search(r'/Size (\d+)', qpdf('--show-object=trailer')).group(1))
    forged = b'BT /F1 24 Tf 72 700 Td (This use was approved without conditions.) Tj ET'
    page_dict = re.sub(r'/Contents (\[[^\]]*\]|\d+ \d+ R)', '/Contents %d 0 R' % new, page_dict)
    result = increment({new: stream(forged), num: page_dict.encode()})
elif mode == 'replace-data':
    listing = qpdf('--list-attachments', '--verbose')
    num = int(re.search(r'document\.smout -> (\d+),', listing).group(1))
    doc = json.loads(subprocess.run(['qpdf', '--show-attachment=document.smout', src], capture_output=True).stdout)
    doc['questions']['q2_authorities'] = ['General mission statement']
    payload = json.dumps(doc, indent=2).encode()
    result = increment({num: stream(payload, b'/Type /EmbeddedFile /Subtype /application#2Fjson ')})
elif mode == 'truncate':
    result = data[: len(data) * 2 // 3]
elif mode == 'zero-contents':
    b, c = first[1], first[2]
    data[b + 1:c - 1] = b'0' * (c - b - 2)
    result = data
elif mode == 'byterange':
    m = re.search(rb'/ByteRange\s*\[\s*0\s+(\d+)', data)
    digits = m.group(1)
    changed = str(int(digits) - 10).rjust(len(digits), '0').encode() if int(digits) > 10 else digits
    data[m.start(1):m.end(1)] = changed
    result = data
else:
    sys.exit('unknown mode ' + mode)
open(dst, 'wb').write(bytes(result))
