#!/usr/bin/env python3
"""The tamper suite's attack files: each is a signed SMOUT PDF changed the way an attacker
would change it, mostly by appending an incremental update written by hand (object numbers
come from qpdf). Writes OUTDIR/NAME.pdf and OUTDIR/manifest.json, a list of
{"name", "file", "exit", "expect"}: the exit code `smout verify` must give and a text its
report must contain.

usage: attacks.py COUNTERSIGNED.pdf ADJUDICATION.pdf UNSIGNED-EXPORT.pdf PKI-DIR OUTDIR SMOUT
(PKI-DIR as made by make-test-pki.sh: attacks signed anew are signed with pdfsig; SMOUT is the
command-line tool, for exports of altered documents.)
"""
import json, os, re, subprocess, sys, zlib

countersigned, adjudication, plain, pki, outdir, smout = sys.argv[1:7]
os.makedirs(outdir, exist_ok=True)
manifest = []


def qpdf(src, *args):
    return subprocess.run(['qpdf', *args, src], capture_output=True).stdout


def show(src, num):
    return qpdf(src, '--show-object=%d' % num).decode('latin1').strip()


class Pdf:
    def __init__(self, path):
        self.path = path
        self.data = bytearray(open(path, 'rb').read())
        trailer = qpdf(path, '--show-object=trailer').decode('latin1')
        self.size = int(re.search(r'/Size (\d+)', trailer).group(1))
        self.root = int(re.search(r'/Root (\d+) \d+ R', trailer).group(1))
        info = re.search(r'/Info (\d+ \d+ R)', trailer)
        self.info = info.group(1) if info else None
        pages = json.loads(qpdf(path, '--json', '--json-key=pages'))['pages']
        self.pages = [int(p['object'].split()[0]) for p in pages]
        self.next = self.size

    def obj(self, num):
        return show(self.path, num)

    def key(self, num, key):
        m = re.search(re.escape(key) + r' (\d+) 0 R', self.obj(num))
        return int(m.group(1)) if m else None

    def new(self):
        self.next += 1
        return self.next - 1

    def update(self, objects, gens=None, trailer_extra=b''):
        """Append objects {num: bytes} as an incremental update; gens gives other generation numbers."""
        gens = gens or {}
        out = bytearray(self.data)
        prev = int(re.findall(rb'startxref\s+(\d+)', bytes(self.data))[-1])
        offsets = {}
        for num, body in objects.items():
            out += b'\n'
            offsets[num] = len(out)
            body = body.encode('latin1') if isinstance(body, str) else body
            out += b'%d %d obj\n' % (num, gens.get(num, 0)) + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n'
        for num in sorted(offsets):
            out += b'%d 1\n%010d %05d n \n' % (num, offsets[num], gens.get(num, 0))
        info = b'/Info %s ' % self.info.encode() if self.info else b''
        out += b'trailer\n<< /Size %d /Root %d 0 R %s%s/Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (
            max(self.size, max(offsets) + 1), self.root, info, trailer_extra, prev, xref)
        return bytes(out)


def stream(payload, extra=b''):
    payload = payload.encode('latin1') if isinstance(payload, str) else payload
    return b'<< /Length %d %s>>\nstream\n' % (len(payload), extra) + payload + b'\nendstream'


def add(name, data, expect, code=1):
    path = os.path.join(outdir, name + '.pdf')
    open(path, 'wb').write(data)
    manifest.append({'name': name, 'file': path, 'exit': code, 'expect': expect})


def with_key(body, key, value):
    """A dictionary's text with `key` set to `value`."""
    body = re.sub(re.escape(key) + r'\s+(\[[^\]]*\]|<<.*?>>|\([^)]*\)|/\w+|\d+ \d+ R|[\d.-]+|true|false)', '', body, count=1)
    return body.rstrip()[:-2].rstrip() + ' %s %s >>' % (key, value)


cs = Pdf(countersigned)
first, last = cs.pages[0], cs.pages[-1]
form = cs.key(cs.root, '/AcroForm')
annots_first = cs.key(first, '/Annots')
annots_last = cs.key(last, '/Annots')
resources = cs.key(first, '/Resources')
res_text = cs.obj(resources)
font_name, font_num = re.search(r'/Font << /(\w+) (\d+) 0 R', res_text).groups()
font_num = int(font_num)
gs_name, gs_num = re.search(r'/ExtGState << /(\w+) (\d+) 0 R', res_text).groups()
gs_num = int(gs_num)
fields = re.search(r'/Fields \[([^\]]*)\]', cs.obj(form)).group(1).split(' 0 R')
fields = [int(f) for f in fields if f.strip()]
author_field, counsel_field = fields[0], fields[1]
author_ap = int(re.search(r'/AP << /N (\d+) 0 R', cs.obj(author_field)).group(1))
contents_first = cs.key(first, '/Contents')


def annotation(subtype, extra, page=first):
    n = cs.new()
    body = '<< /Type /Annot /Subtype /%s /Rect [72 500 540 560] /P %d 0 R %s >>' % (subtype, page, extra)
    return n, body


def add_annotation(name, subtype, extra, expect):
    n, body = annotation(subtype, extra)
    arr = cs.obj(annots_first).strip()
    cs.next = cs.size
    add(name, cs.update({n: body, annots_first: arr[:-1].rstrip() + ' %d 0 R ]' % n}), expect)


# Genuine: validation data (DSS/VRI) appended after the last signature changes nothing.
ca_der = subprocess.run(['openssl', 'x509', '-in', os.path.join(pki, 'test-ca.pem'), '-outform', 'DER'],
                        capture_output=True, check=True).stdout


def with_dss(dss_extra='', cert_payload=ca_der, vri_extra='', others=None):
    """An update adding a DSS holding one certificate stream and a VRI entry, plus `others`."""
    cs.next = cs.size
    cert, vri = cs.new(), cs.new()
    objects = {
        cert: stream(cert_payload),
        vri: '<< /Cert [%d 0 R] %s >>' % (cert, vri_extra),
        cs.root: with_key(cs.obj(cs.root), '/DSS', '<< /Certs [%d 0 R] /VRI << /0123456789ABCDEF0123456789ABCDEF01234567 %d 0 R >> %s >>'
                          % (cert, vri, dss_extra))}
    objects.update(others or {})
    return cs.update(objects)


add('genuine-dss-appended', with_dss(), 'all signatures valid and trusted', 0)
# A "DSS" update is validation data only: nothing a viewer would use rides along with it.
add('dss-extra-key', with_dss(dss_extra='/JS (app.alert(1))'),
    'the validation data (/DSS) holds /JS, which is not validation data')
add('dss-not-a-certificate', with_dss(cert_payload=b'q 1 0 0 rg 0 0 612 792 re f Q'),
    "the validation data's /DSS /Certs holds something that is not a certificate")
add('dss-vri-extra-key', with_dss(vri_extra='/AA << >>'),
    "the validation data's /VRI /0123456789ABCDEF0123456789ABCDEF01234567 holds /AA, which is not validation data")
cs.next = cs.size + 2
note = cs.new()
add('dss-with-annotation', with_dss(others={
    note: '<< /Type /Annot /Subtype /FreeText /Rect [72 500 540 560] /P %d 0 R /Contents (APPROVED) /DA (/Helv 18 Tf) >>' % first,
    annots_first: cs.obj(annots_first).strip()[:-1].rstrip() + ' %d 0 R ]' % note}),
    'a text box was added to page 1 (FreeText annotation)')

# Annotations over question 2 (page 1).
add_annotation('freetext', 'FreeText', '/Contents (APPROVED - NO CONDITIONS) /DA (/Helv 18 Tf 1 0 0 rg)',
               'a text box was added to page 1 (FreeText annotation)')
add_annotation('stamp', 'Stamp', '/Name /Approved /Contents (APPROVED - NO CONDITIONS)', 'a stamp was added to page 1 (Stamp annotation)')
add_annotation('sticky-note', 'Text', '/Contents (approved) /Open true', 'a sticky note was added to page 1 (Text annotation)')
add_annotation('link-url', 'Link', '/A << /S /URI /URI (https://example.invalid/approved) >> /Border [0 0 0]',
               'a link was added to page 1 (Link annotation)')
add_annotation('file-attachment', 'FileAttachment', '/FS << /Type /Filespec /F (x.exe) >> /Contents (open me)',
               'an attached file was added to page 1 (FileAttachment annotation)')
add_annotation('square', 'Square', '/IC [1 1 1] /C [1 1 1]', 'a rectangle was added to page 1 (Square annotation)')
add_annotation('redact', 'Redact', '/OverlayText (NONE)', 'a redaction mark was added to page 1 (Redact annotation)')
add_annotation('ink', 'Ink', '/InkList [[80 510 300 540]]', 'a freehand drawing was added to page 1 (Ink annotation)')

# A new text form field and a check box drawn over 2a.
cs.next = cs.size
tx = cs.new()
ap = cs.new()
form_text = cs.obj(form)
add('text-field', cs.update({
    ap: stream('BT /Helv 12 Tf 2 4 Td ([ ] Yes. [X] No.) Tj ET', b'/Type /XObject /Subtype /Form /BBox [0 0 200 20] '),
    tx: '<< /Type /Annot /Subtype /Widget /FT /Tx /T (q2a) /V ([ ] Yes. [X] No.) /Rect [72 400 272 420] /P %d 0 R '
        '/AP << /N %d 0 R >> >>' % (first, ap),
    form: form_text.replace('/Fields [', '/Fields [ %d 0 R ' % tx, 1),
    annots_first: '[ %d 0 R ]' % tx}), 'text field "q2a" was added to page 1')
cs.next = cs.size
cb = cs.new()
add('check-box', cs.update({
    cb: '<< /Type /Annot /Subtype /Widget /FT /Btn /T (q2a-no) /V /On /AS /On /Rect [72 400 84 412] /P %d 0 R >>' % first,
    form: re.sub(r'(/Fields \[[^\]]*)\]', r'\1 %d 0 R ]' % cb, form_text, count=1),
    annots_first: '[ %d 0 R ]' % cb}), 'button or check box "q2a-no" was added to page 1')

# A signature field added with an action or someone else's appearance.
cs.next = cs.size
sig = cs.new()
add('sig-field-with-action', cs.update({
    sig: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (smout-extra) /Rect [72 72 200 100] /P %d 0 R '
         '/A << /S /JavaScript /JS (app.alert(1)) >> >>' % last,
    form: re.sub(r'(/Fields \[[^\]]*)\]', r'\1 %d 0 R ]' % sig, form_text, count=1),
    annots_last: cs.obj(annots_last)[:-1].rstrip() + ' %d 0 R ]' % sig}), 'signature field "smout-extra" was added with the action it runs when clicked (/A)')
cs.next = cs.size
sig = cs.new()
add('sig-field-borrowed-appearance', cs.update({
    sig: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (smout-extra) /Rect [72 72 200 100] /P %d 0 R '
         '/AP << /N %d 0 R >> >>' % (last, author_ap),
    form: re.sub(r'(/Fields \[[^\]]*)\]', r'\1 %d 0 R ]' % sig, form_text, count=1),
    annots_last: cs.obj(annots_last)[:-1].rstrip() + ' %d 0 R ]' % sig}), 'appearance that is not its own')

cs.next = cs.size
sig, sig_ap = cs.new(), cs.new()
add('sig-field-over-question', cs.update({
    sig_ap: stream('q 1 0 0 rg BT /popplerfontHelvSign 28 Tf 10 10 Td (APPROVED) Tj ET Q', b'/Type /XObject /Subtype /Form /BBox [0 0 400 60] '),
    sig: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (smout-extra) /Rect [72 500 472 560] /P %d 0 R /AP << /N %d 0 R >> >>'
         % (first, sig_ap),
    form: re.sub(r'(/Fields \[[^\]]*)\]', r'\1 %d 0 R ]' % sig, form_text, count=1),
    annots_first: '[ %d 0 R ]' % sig}), 'signature field "smout-extra" was added with an appearance drawn on page 1 outside the signature boxes')

# Fonts, graphics states, content, page geometry.
cs.next = cs.size
tu = cs.new()
add('font-tounicode', cs.update({
    tu: stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> '
               'endcodespacerange 1 beginbfchar <41> <2612> endbfchar endcmap end end'),
    font_num: with_key(cs.obj(font_num), '/ToUnicode', '%d 0 R' % tu)}), 'font %s on page 1 changed' % font_name)
descendant = re.search(r'/DescendantFonts \[ (\d+) 0 R', cs.obj(font_num))
font_holder = int(descendant.group(1)) if descendant else font_num
descriptor = cs.key(font_holder, '/FontDescriptor')
glyphs = cs.key(descriptor, '/FontFile2') or cs.key(descriptor, '/FontFile') or cs.key(descriptor, '/FontFile3')
cs.next = cs.size
add('font-glyphs', cs.update({glyphs: stream(b'\0' * 64)}), 'font %s on page 1 changed' % font_name)
add('graphics-state', cs.update({gs_num: '<< /Type /ExtGState /ca 0 /CA 0 >>'}),
    'graphics state %s on page 1 changed' % gs_name)
add('resources-new-gstate', cs.update({resources: res_text.replace('/ExtGState <<', '/ExtGState << /GSx << /ca 0 >>', 1)}),
    'the resources of page 1 changed')
page_text = cs.obj(first)
add('crop-box', cs.update({first: with_key(page_text, '/CropBox', '[0 396 612 792]')}), 'a crop box that hides part of the page was added to page 1 (/CropBox)')
add('rotate', cs.update({first: with_key(page_text, '/Rotate', '90')}), 'a rotation of the page was added to page 1 (/Rotate)')
add('user-unit', cs.update({first: with_key(page_text, '/UserUnit', '3')}), 'a scale for the page was added to page 1 (/UserUnit)')
add('page-actions', cs.update({first: with_key(page_text, '/AA', '<< /O << /S /JavaScript /JS (1) >> >>')}),
    'an action that runs when the page is opened or closed was added to page 1 (/AA)')
add('content-in-place', cs.update({contents_first: stream('BT /%s 24 Tf 72 700 Td (Approved.) Tj ET' % font_name)}),
    'the content of page 1 changed')
cs.next = cs.size
extra = cs.new()
add('content-appended', cs.update({
    extra: stream('q 1 1 1 rg 0 0 612 792 re f Q'),
    first: with_key(page_text, '/Contents', '[ %d 0 R %d 0 R ]' % (contents_first, extra))}),
    'the content of page 1 was replaced')
add('media-box', cs.update({first: with_key(page_text, '/MediaBox', '[0 0 612 396]')}), 'the page size was changed on page 1 (/MediaBox)')
annot_removed = cs.obj(annots_last)
add('signature-widget-removed', cs.update({annots_last: '[ ]'}), 'not attached to any signature field')
pages_node = cs.key(cs.root, '/Pages')
add('page-removed', cs.update({pages_node: cs.obj(pages_node).replace('%d 0 R ' % cs.pages[1], '').replace(
    '/Count %d' % len(cs.pages), '/Count %d' % (len(cs.pages) - 1))}), 'the page tree changed')

# Signature appearances and names.
add('signature-appearance', cs.update({author_ap: stream(
    'q 1 0 0 rg BT /popplerfontHelvSign 28 Tf 10 40 Td (WITHDRAWN) Tj ET Q',
    b'/Type /XObject /Subtype /Form /BBox [0 0 465.12 102.96] /Resources << /Font << /popplerfontHelvSign 7 0 R >> >> ')}),
    'the appearance of signature field smout-author')
cs.next = cs.size
new_ap = cs.new()
add('signature-appearance-swapped', cs.update({
    new_ap: stream('BT /popplerfontHelvSign 28 Tf 10 40 Td (WITHDRAWN) Tj ET', b'/Subtype /Form /BBox [0 0 465 103] '),
    author_field: cs.obj(author_field).replace('/AP << /N %d 0 R >>' % author_ap, '/AP << /N %d 0 R >>' % new_ap)}),
    'the appearance of signature field smout-author on page %d was replaced' % len(cs.pages))
add('fields-renamed', cs.update({
    author_field: cs.obj(author_field).replace('(smout-author)', '(smout-counsel)'),
    counsel_field: cs.obj(counsel_field).replace('(smout-counsel)', '(smout-author)')}),
    'signature field smout-author on page %d renamed to "smout-counsel"' % len(cs.pages))
add('field-hidden', cs.update({author_field: cs.obj(author_field).replace('/F 148', '/F 2')}),
    'signature field smout-author on page %d changed: whether it is shown and printed (/F)' % len(cs.pages))

# Catalog, form and document-level entries.
root_text = cs.obj(cs.root)
add('open-action-js', cs.update({cs.root: with_key(root_text, '/OpenAction', '<< /S /JavaScript /JS (app.alert(1)) >>')}),
    'an action that runs when the file is opened was added to the document (/OpenAction)')
add('document-actions', cs.update({cs.root: with_key(root_text, '/AA', '<< /WC << /S /JavaScript /JS (1) >> >>')}),
    'an action that runs on document events such as saving or printing was added to the document (/AA)')
cs.next = cs.size
xmp = cs.new()
add('xmp-metadata', cs.update({
    xmp: stream('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                '<rdf:Description dc:title="Approved" xmlns:dc="http://purl.org/dc/elements/1.1/"/></rdf:RDF></x:xmpmeta>',
                b'/Type /Metadata /Subtype /XML '),
    cs.root: with_key(root_text, '/Metadata', '%d 0 R' % xmp)}), 'the document metadata (XMP) was changed in the document (/Metadata)')
cs.next = cs.size
ocg = cs.new()
add('optional-content', cs.update({
    ocg: '<< /Type /OCG /Name (Question 2 cover) >>',
    cs.root: with_key(root_text, '/OCProperties', '<< /OCGs [%d 0 R] /D << /ON [%d 0 R] >> >>' % (ocg, ocg))}),
    'the setting of which layers are shown or hidden was added to the document (/OCProperties)')
add('need-appearances', cs.update({form: with_key(form_text, '/NeedAppearances', 'true')}), '/NeedAppearances')
add('xfa-form', cs.update({form: with_key(form_text, '/XFA', '[(x) (y)]')}), 'a second form in XFA format that some viewers show instead of the pages was added to the form (/XFA)')
add('form-resources', cs.update({form: re.sub(r'/popplerfontHelvSign \d+ 0 R', '/popplerfontHelvSign %d 0 R' % font_num, form_text)}),
    'the set of fonts the form fields are drawn with was changed in the form (/DR)')
add('info-title', cs.update({int(cs.info.split()[0]): '<< /Title (Approved without conditions) >>'}),
    'the document information (title, author, subject) changed')
add('names-javascript', cs.update({cs.root: root_text.replace('/Names <<', '/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (1) >>] >>', 1)}),
    'the list of embedded files and document scripts was changed in the document (/Names)')

# Embedded data.
listing = qpdf(countersigned, '--list-attachments', '--verbose').decode()
smout_num = int(re.search(r'document\.smout -> (\d+),', listing).group(1))
doc = json.loads(subprocess.run(['qpdf', '--show-attachment=document.smout', countersigned], capture_output=True).stdout)
doc['questions']['q2_authorities'] = ['General mission statement']
forged = json.dumps(doc, indent=2).encode()
add('smout-replaced', cs.update({smout_num: stream(forged, b'/Type /EmbeddedFile /Subtype /application#2Fjson ')}),
    'the data of embedded file document.smout changed')
names_node = int(re.search(r'/EmbeddedFiles (\d+) 0 R', root_text).group(1))
cs.next = cs.size
forged_stream, forged_spec = cs.new(), cs.new()
spec_num = int(re.search(r'\(document\.smout\) (\d+) 0 R', cs.obj(names_node)).group(1))
add('smout-listed-twice', cs.update({
    forged_stream: stream(forged, b'/Type /EmbeddedFile '),
    forged_spec: '<< /Type /Filespec /F (document.smout) /UF (document.smout) /EF << /F %d 0 R >> >>' % forged_stream,
    names_node: '<< /Names [ (document.smout) %d 0 R (document.smout) %d 0 R ] >>' % (forged_spec, spec_num)}),
    'names "document.smout" 2 times')

# Objects redefined with another generation number.
add('page-generation', cs.update({first: with_key(page_text, '/Rotate', '90')}, gens={first: 1}),
    'redefined with another generation number')
add('font-generation', cs.update({font_num: cs.obj(font_num)}, gens={font_num: 1}), 'redefined with another generation number')

# Damage that readers repair differently.
add('duplicate-keys', cs.update({first: page_text[:-2] + ' /Rotate 0 /Rotate 90 >>'}), 'the file is ambiguous')
add('broken-xref', re.sub(
    rb'startxref\s+(\d+)\s+%%EOF\s*$', b'startxref\n12\n%%EOF\n', bytes(cs.data)), 'the file is ambiguous')

# Truncation, trailing data, limits.
sig_at = bytes(cs.data).rfind(b'/Contents <')
add('cut-in-counsel-signature', bytes(cs.data[:sig_at + 500]), 'truncated', 2)
add('cut-after-xref', bytes(cs.data[:len(cs.data) - 20]), 'truncated', 2)
add('trailing-data', bytes(cs.data) + b'\nThis file was approved.\n', 'follow the end of the file')

z = zlib.compressobj(9)
bomb = b''.join(z.compress(b'\0' * (1 << 20)) for _ in range(200)) + z.flush()
cs.next = cs.size
bomb_num = cs.new()
add('flate-bomb', cs.update({bomb_num: stream(bomb, b'/Filter /FlateDecode '),
                             cs.root: with_key(root_text, '/PieceInfo', '%d 0 R' % bomb_num)}), 'MB, the limit', 2)

# The adjudication PDF: changes after the reviewer signed, and a forged submission listed first.
adj = Pdf(adjudication)
adj_root = adj.obj(adj.root)
add('adjudication-annotation', adj.update({adj.pages[0]: with_key(adj.obj(adj.pages[0]), '/Annots',
    '[ << /Type /Annot /Subtype /FreeText /Rect [72 500 540 560] /Contents (Approved) >> ]')}), 'a text box was added to page 1 (FreeText annotation)')
adj_names = int(re.search(r'/EmbeddedFiles (\d+) 0 R', adj_root).group(1))
adj_names_text = adj.obj(adj_names)
sub_spec = int(re.search(r'\(submission\.pdf\) (\d+) 0 R', adj_names_text).group(1))
adj.next = adj.size
fs, fspec = adj.new(), adj.new()
entries = re.search(r'/Names \[(.*)\]', adj_names_text).group(1)
add('forged-submission-first', adj.update({
    fs: stream(open(countersigned, 'rb').read(), b'/Type /EmbeddedFile '),
    fspec: '<< /Type /Filespec /F (submission.pdf) /UF (submission.pdf) /EF << /F %d 0 R >> >>' % fs,
    adj_names: '<< /Names [ (submission.pdf) %d 0 R %s ] >>' % (fspec, entries)}), 'names "submission.pdf" 2 times')

# A submission embedded in a submission, many levels deep, each level compressed.
def minimal_pdf(attachment):
    packed = zlib.compress(attachment)
    objs = [b'<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(submission.pdf) 4 0 R] >> >> >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
            b'<< /Type /Filespec /F (submission.pdf) /EF << /F 5 0 R >> >>',
            b'<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n' % len(packed) + packed + b'\nendstream']
    out = bytearray(b'%PDF-1.7\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)

nested = open(adjudication, 'rb').read()
for _ in range(200):
    nested = minimal_pdf(nested)
add('nested-submissions', nested, 'one level of embedded submissions is the limit', 2)

# Signed anew (with pdfsig and the test PKI): pages that differ from the embedded data, roles
# that disagree with the field or the order.
passphrase = open(os.path.join(pki, 'passphrase')).read().strip()
reasons = {'author': 'Submitted by the program office for DHS Privacy Office adjudication',
           'counsel': 'Counsel certifies that appropriate authority exists for the operational use described',
           'reviewer': 'DHS Privacy Office determination'}


def pdfsig_sign(src, dst, nick, field, reason):
    subprocess.run(['pdfsig', '-add-signature', '-nssdir', 'sql:' + os.path.join(pki, 'nssdb'), '-nss-pwd', passphrase,
                    '-nick', nick, '-kpw', passphrase, '-reason', reason, '-new-signature-field-name', field, src, dst],
                   check=True, capture_output=True)


doc = json.loads(subprocess.run(['qpdf', '--show-attachment=document.smout', plain], capture_output=True).stdout)
doc['questions']['q2_authorities'][0] = 'General mission statement'
forged_smout = os.path.join(outdir, 'forged.smout')
json.dump(doc, open(forged_smout, 'w'), indent=2)
forged_export = os.path.join(outdir, 'forged-export.pdf')
subprocess.run(['qpdf', plain, '--add-attachment', forged_smout, '--key=document.smout', '--replace', '--', forged_export],
               check=True)
pdfsig_sign(forged_export, os.path.join(outdir, 'pages-differ-from-data.pdf'), 'author', 'smout-author', reasons['author'])
manifest.append({'name': 'pages-differ-from-data', 'file': os.path.join(outdir, 'pages-differ-from-data.pdf'), 'exit': 1,
                 'expect': 'the pages do not show what the embedded data says for Q2 Authorities, entry 1 (questions.q2_authorities[0])'})
for name, field, reason, expect in [
        ('role-in-wrong-field', 'smout-author', reasons['counsel'], 'it was signed as counsel but sits in the signature field "smout-author"'),
        ('no-role-stated', 'smout-author', 'I agree', 'its signed data states no role'),
        ('counsel-signs-first', 'smout-counsel', reasons['counsel'], 'signature 1 of this submission belongs to the program office')]:
    path = os.path.join(outdir, name + '.pdf')
    pdfsig_sign(plain, path, 'counsel' if 'counsel' in reason.lower() else 'author', field, reason)
    manifest.append({'name': name, 'file': path, 'exit': 1, 'expect': expect})
third = os.path.join(outdir, 'third-signature.pdf')
pdfsig_sign(countersigned, third, 'reviewer', 'smout-extra', reasons['counsel'])
manifest.append({'name': 'third-signature', 'file': third, 'exit': 1,
                 'expect': 'no signature after the one of counsel belongs in this submission'})

# A layer prepared hidden before signing and turned on afterwards.
prep = Pdf(plain)
ocg, ocprops = prep.new(), prep.new()
prepared = os.path.join(outdir, 'layer-prepared.pdf')
open(prepared, 'wb').write(prep.update({
    ocg: '<< /Type /OCG /Name (Question 2 cover) >>',
    ocprops: '<< /OCGs [%d 0 R] /D << /OFF [%d 0 R] >> >>' % (ocg, ocg),
    prep.root: with_key(prep.obj(prep.root), '/OCProperties', '%d 0 R' % ocprops)}))
layered = os.path.join(outdir, 'layer-prepared-signed.pdf')
pdfsig_sign(prepared, layered, 'author', 'smout-author', reasons['author'])
signed_layers = Pdf(layered)
add('layer-turned-on', signed_layers.update({ocprops: '<< /OCGs [%d 0 R] /D << /ON [%d 0 R] >> >>' % (ocg, ocg)}),
    'the optional content layers changed')

# Two check boxes' replacement texts swapped in the structure tree before the author signs:
# pages and data agree, yet a screen reader would announce the other box as the checked one.
objects = json.loads(qpdf(plain, '--json=2', '--json-key=qpdf'))['qpdf'][1]
boxes = {}
for key, o in objects.items():
    value = o.get('value')
    if isinstance(value, dict) and '/ActualText' in value:
        boxes.setdefault(value['/ActualText'], int(key.split(':')[1].split()[0]))
read_aloud = Pdf(plain)
checked, unchecked = boxes['u:Checked: '], boxes['u:Not checked: ']
swapped = os.path.join(outdir, 'read-aloud-prepared.pdf')
checked_text, unchecked_text = read_aloud.obj(checked), read_aloud.obj(unchecked)
assert '/ActualText (Checked: )' in checked_text and '/ActualText (Not checked: )' in unchecked_text
open(swapped, 'wb').write(read_aloud.update({
    checked: checked_text.replace('/ActualText (Checked: )', '/ActualText (Not checked: )'),
    unchecked: unchecked_text.replace('/ActualText (Not checked: )', '/ActualText (Checked: )')}))
pdfsig_sign(swapped, os.path.join(outdir, 'check-boxes-read-aloud-swapped.pdf'), 'author', 'smout-author', reasons['author'])
manifest.append({'name': 'check-boxes-read-aloud-swapped', 'file': os.path.join(outdir, 'check-boxes-read-aloud-swapped.pdf'),
                 'exit': 1, 'expect': 'what screen readers announce differs from the embedded data'})

# Active or hiding content put in before the author signs, with pages and data that agree:
# what the pages' text cannot show is named.
before = Pdf(plain)
before_root, before_form, before_page = before.obj(before.root), before.key(before.root, '/AcroForm'), before.pages[0]
for name, objects, expect in [
        ('signed-with-open-action', {before.root: with_key(before_root, '/OpenAction', '<< /S /JavaScript /JS (app.alert(1)) >>')},
         'the signed revision holds an action that runs when the file is opened (/OpenAction), which SMOUT Studio never writes'),
        ('signed-with-xfa', {before_form: with_key(before.obj(before_form), '/XFA', '(<xdp:xdp/>)')},
         'the signed revision holds a second form in XFA format that some viewers show instead of the pages (/XFA)'),
        ('signed-with-crop-box', {before_page: with_key(before.obj(before_page), '/CropBox', '[0 396 612 792]')},
         'page 1 of the signed revision holds a crop box that hides part of the page (/CropBox)'),
        ('signed-with-stamp', {before_page: with_key(before.obj(before_page), '/Annots',
                                                      '[ << /Type /Annot /Subtype /Stamp /Rect [72 500 540 560] /Name /Approved >> ]')},
         'page 1 of the signed revision holds a stamp (/Stamp), which SMOUT Studio never writes')]:
    prepared = os.path.join(outdir, name + '-prepared.pdf')
    open(prepared, 'wb').write(before.update(objects))
    path = os.path.join(outdir, name + '.pdf')
    pdfsig_sign(prepared, path, 'author', 'smout-author', reasons['author'])
    manifest.append({'name': name, 'file': path, 'exit': 1, 'expect': expect})
before.next = before.size
script_field = before.new()
prepared = os.path.join(outdir, 'signed-with-field-script-prepared.pdf')
open(prepared, 'wb').write(before.update({
    script_field: '<< /FT /Tx /T (note) /AA << /K << /S /JavaScript /JS (app.alert(1)) >> >> >>',
    before_form: with_key(before.obj(before_form), '/Fields', '[ %d 0 R ]' % script_field)}))
pdfsig_sign(prepared, os.path.join(outdir, 'signed-with-field-script.pdf'), 'author', 'smout-author', reasons['author'])
manifest.append({'name': 'signed-with-field-script', 'file': os.path.join(outdir, 'signed-with-field-script.pdf'), 'exit': 1,
                 'expect': 'the signed revision holds a form field with the actions it runs on events (/AA)'})
letter = os.path.join(outdir, 'approval-letter.txt')
open(letter, 'w').write('Approved by the DHS Privacy Office.\n')
prepared = os.path.join(outdir, 'signed-with-attachment-prepared.pdf')
subprocess.run(['qpdf', plain, '--add-attachment', letter, '--key=approval-letter.txt', '--', prepared], check=True)
pdfsig_sign(prepared, os.path.join(outdir, 'signed-with-attachment.pdf'), 'author', 'smout-author', reasons['author'])
manifest.append({'name': 'signed-with-attachment', 'file': os.path.join(outdir, 'signed-with-attachment.pdf'), 'exit': 1,
                 'expect': 'the signed revision holds an attached file, "approval-letter.txt", which SMOUT Studio never attaches'})

# A bomb in the revision the author signed, swapped for a small stream by a later revision: the
# file's own view no longer holds it, the signed revision still does.
bombed = Pdf(plain)
bomb_in = bombed.new()
bomb_prepared = os.path.join(outdir, 'bomb-prepared.pdf')
open(bomb_prepared, 'wb').write(bombed.update({
    bomb_in: stream(bomb, b'/Filter /FlateDecode '),
    bombed.pages[0]: with_key(bombed.obj(bombed.pages[0]), '/PieceInfo', '%d 0 R' % bomb_in)}))
bomb_signed = os.path.join(outdir, 'bomb-signed.pdf')
pdfsig_sign(bomb_prepared, bomb_signed, 'author', 'smout-author', reasons['author'])
add('flate-bomb-replaced-after-signing', Pdf(bomb_signed).update({bomb_in: stream('small')}),
    'the revision signed by signature 1: a stream decompresses to more than 64 MB', 2)


# Pages drawn otherwise than the data, put in by the author before signing: each is named, and
# none passes on the strength of the pages' text reading as the data.
def signed_before(name, objects, expect, base=None, nick='author', field='smout-author', reason=None):
    prep = base or Pdf(plain)
    prepared = os.path.join(outdir, name + '-prepared.pdf')
    open(prepared, 'wb').write(prep.update(objects))
    path = os.path.join(outdir, name + '.pdf')
    pdfsig_sign(prepared, path, nick, field, reason or reasons['author'])
    manifest.append({'name': name, 'file': path, 'exit': 1, 'expect': expect})


hide = Pdf(plain)
hide_page = hide.pages[0]
hide_page_text = hide.obj(hide_page)
hide_contents = hide.key(hide_page, '/Contents')
content = qpdf(plain, '--show-object=%d' % hide_contents, '--filtered-stream-data')
hide_resources = hide.key(hide_page, '/Resources')
hide_res_text = hide.obj(hide_resources) if hide_resources else None
first_bt = content.index(b'BT')
first_tf = re.search(rb'(/\w+) ([\d.]+) Tf', content)


def after_first_bt(ops):
    return content[:first_bt + 2] + b' ' + ops + b' ' + content[first_bt + 2:]


def hidden(name, new_content, expect, extra=None):
    hide.next = hide.size
    objects = {hide_contents: stream(new_content)}
    objects.update(extra or {})
    signed_before(name, objects, expect, base=hide)


hidden('hidden-render-mode-3', after_first_bt(b'3 Tr'), 'text on page 1 is drawn invisible (rendering mode 3)')
hidden('hidden-render-mode-7', after_first_bt(b'7 Tr'), 'text on page 1 is drawn invisible (rendering mode 7)')
hidden('hidden-white-text', after_first_bt(b'1 1 1 rg'), 'text on page 1 is drawn in white (rg)')
hidden('hidden-empty-clip', b'0 0 0 0 re W n\n' + content, 'a clipping path on page 1 can hide text (W)')
hidden('hidden-tiny-text', content[:first_tf.start(2)] + b'0.1' + content[first_tf.end(2):],
       'text on page 1 is set at size 0.1, a size SMOUT Studio never uses for it (Tf)')
hidden('hidden-squeezed', after_first_bt(b'0 Tz'), 'text on page 1 is squeezed to 0% of its width (Tz)')
hidden('hidden-white-box', content + b'\nq 1 1 1 rg 0 0 612 792 re f Q\n', 'a white shape covers text on page 1')
hidden('drawn-as-outlines', content + b'\nq 0 g 100 100 m 110 120 l 120 100 l h f Q\n',
       'page 1 fills shapes that SMOUT Studio\'s rendering of the data does not draw')
hidden('drawn-as-actual-text', after_first_bt(b'/Span << /ActualText (Yes) >> BDC') .replace(b'ET', b'EMC ET', 1),
       'carries a replacement text that is read instead of what is drawn (/ActualText)')
hide.next = hide.size
gs_alpha, gs_mask, image = hide.new(), hide.new(), hide.new()
if hide_res_text and '/ExtGState <<' in hide_res_text:
    with_states = hide_res_text.replace('/ExtGState <<', '/ExtGState << /GSalpha %d 0 R /GSmask %d 0 R' % (gs_alpha, gs_mask), 1)
else:
    with_states = with_key(hide_res_text, '/ExtGState', '<< /GSalpha %d 0 R /GSmask %d 0 R >>' % (gs_alpha, gs_mask))
with_image = with_key(with_states, '/XObject', '<< /ImX %d 0 R >>' % image) if '/XObject' not in with_states else \
    with_states.replace('/XObject <<', '/XObject << /ImX %d 0 R' % image, 1)
hidden('hidden-transparent', after_first_bt(b'/GSalpha gs'), 'drawn 0% opaque (/ca)', {
    gs_alpha: '<< /Type /ExtGState /ca 0 >>', gs_mask: '<< /Type /ExtGState >>', hide_resources: with_states})
hidden('hidden-soft-mask', b'/GSmask gs\n' + content, 'seen through a soft mask that can hide it (/SMask)', {
    gs_alpha: '<< /Type /ExtGState >>',
    gs_mask: '<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G %d 0 R >> >>' % image, hide_resources: with_states,
    image: stream('0 g 0 0 1 1 re f', b'/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Group << /S /Transparency /CS /DeviceGray >> ')})
hidden('drawn-as-image', content + b'\nq 200 0 0 30 72 600 cm /ImX Do Q\n', 'an image (ImX) is drawn on page 1 (Do)', {
    gs_alpha: '<< /Type /ExtGState >>', gs_mask: '<< /Type /ExtGState >>', hide_resources: with_image,
    image: stream(b'\xff' * 6, b'/Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 ')})

# The font itself changed before signing: other letters read, other glyphs drawn.
hide.next = hide.size
hide_font_name, hide_font = re.search(r'/Font << /(\w+) (\d+) 0 R', hide_res_text).groups()
hide_font = int(hide_font)
hide_desc = re.search(r'/DescendantFonts \[ (\d+) 0 R', hide.obj(hide_font))
hide_cid = int(hide_desc.group(1)) if hide_desc else hide_font
hide_descriptor = hide.key(hide_cid, '/FontDescriptor')
hide_glyphs = hide.key(hide_descriptor, '/FontFile2') or hide.key(hide_descriptor, '/FontFile') or hide.key(hide_descriptor, '/FontFile3')
swapped_map = hide.new()
signed_before('font-tounicode-swapped', {
    swapped_map: stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> '
                        'endcodespacerange 1 beginbfchar <0003> <2612> endbfchar endcmap end end'),
    hide_font: with_key(hide.obj(hide_font), '/ToUnicode', '%d 0 R' % swapped_map)},
    'font %s on page 1 is not the font SMOUT Studio embeds for this text: it differs in the letters its glyphs read as '
    '(/ToUnicode)' % hide_font_name, base=hide)
hide.next = hide.size
gid_map = hide.new()
signed_before('font-cidtogid-swapped', {
    gid_map: stream(b'\x00\x01' * 256),
    hide_cid: with_key(hide.obj(hide_cid), '/CIDToGIDMap', '%d 0 R' % gid_map)},
    'which glyph each code draws (/CIDToGIDMap)', base=hide)
hide.next = hide.size
glyph_bytes = qpdf(plain, '--show-object=%d' % hide_glyphs, '--filtered-stream-data')
signed_before('font-other-glyphs', {hide_glyphs: stream(glyph_bytes[:-64] + b'\0' * 64)},
              'font %s on page 1 is not the font SMOUT Studio embeds for this text: it differs in the glyphs it draws'
              % hide_font_name, base=hide)

# A page's content split in parts where viewers read the parts differently.
hide.next = hide.size
second_part = hide.new()
line = content.index(b'\n', len(content) // 3)
for name, part1, part2, expect in [
        ('split-inside-comment', content[:line] + b' %', content[line + 1:],
         'the content of page 1 is split inside a comment (%) at the end of part 1 of 2'),
        ('split-inside-comment-hides-line', content[:line] + b'\n%', content[line + 1:],
         'the content of page 1 is split inside a comment (%) at the end of part 1 of 2'),
        ('split-inside-string', content[:first_bt] + b'BT (Yes', b') Tj ET\n' + content[first_bt:],
         'the content of page 1 is split inside a string'),
        ('split-inside-number', content[:first_tf.start(2) + 1], content[first_tf.start(2) + 1:],
         'the content of page 1 is split in the middle of a token')]:
    signed_before(name, {hide_contents: stream(part1), second_part: stream(part2),
                         hide_page: with_key(hide_page_text, '/Contents', '[ %d 0 R %d 0 R ]' % (hide_contents, second_part))},
                  expect, base=hide)

# A page tree whose count is not its number of pages.
pages_root = hide.key(hide.root, '/Pages')
tree_text = hide.obj(pages_root)
count = int(re.search(r'/Count (\d+)', tree_text).group(1))
for name, wrong in [('page-count-lower', count - 1), ('page-count-higher', count + 1)]:
    hide.next = hide.size
    signed_before(name, {pages_root: tree_text.replace('/Count %d' % count, '/Count %d' % wrong)},
                  'the page tree says it holds %d pages where it holds %d' % (wrong, count), base=hide)

hide.next = hide.size
first_kid = re.search(r'/Kids \[ ?(\d+) 0 R', tree_text).group(1)
signed_before('page-reached-twice', {pages_root: tree_text.replace('/Kids [', '/Kids [ %s 0 R' % first_kid, 1).replace(
    '/Count %d' % count, '/Count %d' % (count + 1))}, 'the page tree reaches object %s twice' % first_kid, base=hide)
hide.next = hide.size
signed_before('page-size-inherited', {pages_root: with_key(tree_text, '/Rotate', '90')},
              'the page tree passes /Rotate down to the pages under it', base=hide)

# A signature appearance without a signature, put in the counsel's box before the author signs.
hide.next = hide.size
ap_before = hide.new()
last_before = hide.pages[-1]
last_before_text = hide.obj(last_before)
annots_before = hide.key(last_before, '/Annots')
fake_before = '<< /Type /Annot /Subtype /Widget /FT /Sig /T (smout-counsel) /Rect [80 365 530 450] /P %d 0 R /F 4 /AP << /N %d 0 R >> >>' % (
    last_before, ap_before)
objects = {ap_before: stream('q 0 0 1 rg BT /Helv 14 Tf 10 40 Td (Signed: counsel) Tj ET Q', b'/Type /XObject /Subtype /Form /BBox [0 0 450 85] ')}
if annots_before:
    objects[annots_before] = hide.obj(annots_before).strip()[:-1].rstrip() + ' %s ]' % fake_before
else:
    objects[last_before] = with_key(last_before_text, '/Annots', '[ %s ]' % fake_before)
signed_before('fake-signature-in-signed-revision', objects,
              'a signature appearance was added to page %d without a signature' % len(hide.pages), base=hide)

# Signature appearances without a signature: a direct widget, and an indirect one the form does
# not list, in the next signer's box.
def fake_box(base, box):
    base.next = base.size
    ap_num, widget = base.new(), base.new()
    appearance = stream('q 0 0 1 rg BT /Helv 14 Tf 10 40 Td (Signed: DHS Privacy Office) Tj ET Q',
                        b'/Type /XObject /Subtype /Form /BBox [0 0 450 85] ')
    body = '<< /Type /Annot /Subtype /Widget /FT /Sig /T (%s) /Rect %s /P %d 0 R /F 4 /AP << /N %d 0 R >> >>'
    annots_num = base.key(base.pages[-1], '/Annots')
    existing = base.obj(annots_num).strip()[:-1].rstrip() if annots_num else '['
    return ap_num, widget, appearance, body, annots_num, existing


reviewer_box, counsel_box = '[80 190 530 280]', '[80 365 530 450]'
for name, base_path, who, box in [('fake-reviewer-signature', countersigned, 'smout-reviewer', reviewer_box)]:
    for kind in ('direct', 'unlisted'):
        base = Pdf(base_path)
        ap_num, widget, appearance, body, annots_num, existing = fake_box(base, box)
        widget_body = body % (who, box, base.pages[-1], ap_num)
        listing = existing + (' %s ]' % widget_body if kind == 'direct' else ' %d 0 R ]' % widget)
        objects = {ap_num: appearance, annots_num: listing}
        if kind == 'unlisted':
            objects[widget] = widget_body
        add('%s-%s' % (name, kind), base.update(objects),
            'a signature appearance was added to page %d without a signature' % len(base.pages))
author_only = os.path.join(outdir, 'author-only.pdf')
pdfsig_sign(plain, author_only, 'author', 'smout-author', reasons['author'])
for kind in ('direct', 'unlisted'):
    base = Pdf(author_only)
    ap_num, widget, appearance, body, annots_num, existing = fake_box(base, counsel_box)
    widget_body = body % ('smout-counsel', counsel_box, base.pages[-1], ap_num)
    if annots_num:
        objects = {ap_num: appearance, annots_num: existing + (' %s ]' % widget_body if kind == 'direct' else ' %d 0 R ]' % widget)}
    else:
        last_page = base.pages[-1]
        objects = {ap_num: appearance, last_page: with_key(base.obj(last_page), '/Annots',
                   '[ %s ]' % widget_body if kind == 'direct' else '[ %d 0 R ]' % widget)}
    if kind == 'unlisted':
        objects[widget] = widget_body
    add('fake-counsel-signature-%s' % kind, base.update(objects),
        'a signature appearance was added to page %d without a signature' % len(base.pages))

# An adjudication of other answers than counsel signed, over the genuine counsel-signed
# submission: pages and data agree, every signature is genuine, the data is not counsel's.
altered = json.loads(subprocess.run(['qpdf', '--show-attachment=document.smout', plain], capture_output=True).stdout)
altered['questions']['q5_rules']['public_interaction']['explanation'] = 'Only with a supervisor present.'
altered_smout = os.path.join(outdir, 'altered.smout')
json.dump(altered, open(altered_smout, 'w'), indent=2)
altered_export = os.path.join(outdir, 'altered-export.pdf')
subprocess.run([smout, 'export', altered_smout, '-o', altered_export], check=True, capture_output=True)
altered_prepared = os.path.join(outdir, 'altered-adjudication-prepared.pdf')
subprocess.run(['qpdf', altered_export, '--add-attachment', countersigned, '--key=submission.pdf', '--filename=submission.pdf',
                '--', altered_prepared], check=True)
altered_adjudication = os.path.join(outdir, 'adjudication-of-other-answers.pdf')
pdfsig_sign(altered_prepared, altered_adjudication, 'reviewer', 'smout-reviewer', reasons['reviewer'])
manifest.append({'name': 'adjudication-of-other-answers', 'file': altered_adjudication, 'exit': 1,
                 'expect': 'the adjudicated data differs from what counsel signed at '
                           'questions.q5_rules.public_interaction.explanation'})

# Genuine: the export rewritten by qpdf (objects renumbered, streams recompressed) and then
# signed still shows exactly the data's pages.
for name, args in [('genuine-rewritten-by-qpdf', []), ('genuine-rewritten-in-object-streams', ['--object-streams=generate'])]:
    rewritten = os.path.join(outdir, name + '-prepared.pdf')
    subprocess.run(['qpdf', *args, plain, rewritten], check=True)
    path = os.path.join(outdir, name + '.pdf')
    pdfsig_sign(rewritten, path, 'author', 'smout-author', reasons['author'])
    manifest.append({'name': name, 'file': path, 'exit': 0, 'expect': 'all signatures valid and trusted'})

# The structure tree screen readers follow: signing may add only a Form element for its own
# new widget (and the widget's parent-tree entry); other structure added after signing is named.
tree = cs.key(cs.root, '/StructTreeRoot')
tree_doc, parent_tree = cs.key(tree, '/K'), cs.key(tree, '/ParentTree')
next_key = int(re.search(r'/ParentTreeNextKey (\d+)', cs.obj(tree)).group(1))


def with_kid(body, ref):
    return re.sub(r'/K \[([^\]]*)\]', lambda m: '/K [%s %s ]' % (m.group(1), ref), body, count=1)


def with_parent(key, ref):
    body = cs.obj(parent_tree).rstrip()[:-2].rstrip()
    return body[:-1] + ' %d %s ] >>' % (key, ref)


cs.next = cs.size
said = cs.new()
add('structure-element-added', cs.update({
    said: '<< /Type /StructElem /S /P /P %d 0 R /Alt (This use was approved without conditions.) >>' % tree_doc,
    tree_doc: with_kid(cs.obj(tree_doc), '%d 0 R' % said)}),
    'the structure tree screen readers follow was changed')
cs.next = cs.size
form_elem = cs.new()
add('structure-form-for-an-old-widget', cs.update({
    form_elem: '<< /Type /StructElem /S /Form /P %d 0 R /K << /Type /OBJR /Obj %d 0 R /Pg %d 0 R >> >>'
               % (tree_doc, counsel_field, last),
    tree_doc: with_kid(cs.obj(tree_doc), '%d 0 R' % form_elem),
    parent_tree: with_parent(next_key, '%d 0 R' % form_elem),
    tree: with_key(cs.obj(tree), '/ParentTreeNextKey', str(next_key + 1))}),
    'the structure tree screen readers follow was changed')

json.dump(manifest, open(os.path.join(outdir, 'manifest.json'), 'w'), indent=1)
print(len(manifest), 'attack files in', outdir)
