#!/usr/bin/env python3
"""Alters the RFC 3161 timestamp token of the last signature of a signed PDF, leaving every
signed byte as it was (the token lies in /Contents, outside the signed byte range).

usage: timestamp-tamper.py flip IN.pdf OUT.pdf          a bit flipped in the TSA's signature
       timestamp-tamper.py copy IN.pdf OUT.pdf FROM.pdf  the token of FROM's last signature"""
import re
import sys

TOKEN_OID = bytes.fromhex("060b2a864886f70d010910020e")


def contents(pdf):
    m = list(re.finditer(rb"/Contents <([0-9a-fA-F]+)>", pdf))[-1]
    return m.start(1), m.end(1), bytes.fromhex(m.group(1).decode())


def parse(der, at):
    """The element at `at` as (tag, indefinite, children or content bytes, end); BER's
    indefinite lengths as NSS writes them."""
    tag, first = der[at], der[at + 1]
    at += 2
    if first == 0x80:
        kids = []
        while der[at:at + 2] != b"\0\0":
            kid = parse(der, at)
            kids.append(kid)
            at = kid[3]
        return tag, True, kids, at + 2
    size = first
    if first > 0x80:
        size = int.from_bytes(der[at:at + (first & 0x7F)], "big")
        at += first & 0x7F
    if not tag & 0x20:
        return tag, False, der[at:at + size], at + size
    kids, end = [], at + size
    while at < end:
        kid = parse(der, at)
        kids.append(kid)
        at = kid[3]
    return tag, False, kids, end


def encode(node):
    tag, indefinite, body, _ = node
    content = body if isinstance(body, bytes) else b"".join(encode(k) for k in body)
    if tag is None:  # a whole element, as it is
        return content
    if indefinite:
        return bytes([tag, 0x80]) + content + b"\0\0"
    if len(content) < 0x80:
        return bytes([tag, len(content)]) + content
    n = (len(content).bit_length() + 7) // 8
    return bytes([tag, 0x80 | n]) + len(content).to_bytes(n, "big") + content


def token_holder(node):
    """The SET of values of the signatureTimeStampToken attribute."""
    tag, _, body, _ = node
    if isinstance(body, bytes):
        return None
    if tag == 0x30 and len(body) == 2 and body[0][0] == 0x06 and body[0][2] == TOKEN_OID[2:]:
        return body[1]
    for kid in body:
        found = token_holder(kid)
        if found:
            return found
    return None


mode, src, out = sys.argv[1:4]
pdf = bytearray(open(src, "rb").read())
begin, end, cms = contents(bytes(pdf))
tree = parse(cms, 0)
values = token_holder(tree)[2]
token = encode(values[0])
if mode == "flip":
    token = token[:-1] + bytes([token[-1] ^ 0x01])
elif mode == "copy":
    _, _, other = contents(open(sys.argv[4], "rb").read())
    token = encode(token_holder(parse(other, 0))[2][0])
else:
    sys.exit("unknown mode " + mode)
values[0] = (None, False, token, 0)
hexed = encode(tree).hex().encode()
if len(hexed) > end - begin:
    sys.exit("the altered signature does not fit /Contents")
pdf[begin:end] = hexed + b"0" * (end - begin - len(hexed))
open(out, "wb").write(pdf)
