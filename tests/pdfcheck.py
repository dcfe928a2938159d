"""Reading printed documents back as a person checks them (tests/http/test_print.py, the browser print
test): the text of each PDF page (poppler-utils pdfinfo, pdftotext), word boxes (pdftotext -bbox) to find
anything drawn over anything else, and a Word package (zip, XML, pandoc)."""
import io, os, re, subprocess, tempfile, zipfile
import xml.dom.minidom


def pdf_pages(body):
    """[(width, height, text)] of each page (pdfinfo and pdftotext)."""
    assert body[:5] == b'%PDF-', body[:200]
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as f:
        f.write(body)
    try:
        info = subprocess.run(['pdfinfo', '-f', '1', '-l', '9999', f.name], capture_output=True, text=True).stdout
        sizes = [tuple(float(v) for v in m) for m in re.findall(r'Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)', info)]
        pages = []
        for n, (w, h) in enumerate(sizes, 1):
            t = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), f.name, '-'], capture_output=True, text=True).stdout
            pages.append((w, h, re.sub(r'\s+', '', t)))     # the text without line breaks and spaces
        return pages, f.name
    except Exception:
        os.unlink(f.name)
        raise


def squeeze(s):
    return re.sub(r'\s+', '', s)


def check_margins(pages, code=None, origin=None):
    """Every page: 第 N 页 共 M 页; with a code, the code and the full verify URL."""
    total = len(pages)
    for n, (_, _, t) in enumerate(pages, 1):
        assert '第%d页共%d页' % (n, total) in t, (n, t[-300:])
        if code:
            pretty = '-'.join(code[i:i + 4] for i in range(0, 16, 4))
            assert '验证码%s' % pretty in t, (n, t[-300:])
            assert '%s/cgi-bin/verify.cgi?code=%s' % (origin, code) in t, (n, t[-400:])


def no_overlap(path):
    """Nothing drawn over anything else, from the word boxes of pdftotext -bbox: no two words of a page
    overlap, and no word of the body reaches into the margin (the line of the code or 第 X 页 共 Y 页)."""
    html = subprocess.run(['pdftotext', '-bbox', path, '-'], capture_output=True, text=True).stdout
    for n, (h, page) in enumerate(re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', html, re.S), 1):
        h = float(h)
        # each word's box cut to its middle half in height: the ink of a line is there, while a box may reach
        # far above and below (Chromium's PDFs give CJK words their font's whole bounding box, 2.6 em high)
        words = [(float(a), (3 * float(b) + float(d)) / 4, float(c), (float(b) + 3 * float(d)) / 4, w) for a, b, c, d, w in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
        # the margin's first line: 验证码 … or 草稿 … on the left, 第 N 页 on the right, in the bottom band
        heads = [w for w in words if w[1] > 0.8 * h and (w[4].startswith(('第', '验证码', '草稿')) or '·' in w[4])]
        assert heads, (n, 'no margin on the page')
        top = min(w[1] for w in heads)
        straddle = [w for w in words if w[1] < top - 0.5 < w[3]]
        assert not straddle, (n, 'drawn across the margin', straddle)
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                ix = min(a[2], b[2]) - max(a[0], b[0])
                iy = min(a[3], b[3]) - max(a[1], b[1])
                if ix > 1 and iy > 1:
                    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
                    assert ix * iy < 0.2 * small, (n, 'words drawn over each other', a, b)


def check_docx(body):
    """A Word package: every part well-formed XML, the parts Word needs, and pandoc reads it; its text."""
    z = zipfile.ZipFile(io.BytesIO(body))
    assert z.testzip() is None
    names = z.namelist()
    for part in ('[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels',
                 'word/styles.xml', 'word/footer1.xml'):
        assert part in names, part
    for n in names:
        xml.dom.minidom.parseString(z.read(n))
    footer = z.read('word/footer1.xml').decode()
    assert 'NUMPAGES' in footer and 'PAGE' in footer
    with tempfile.NamedTemporaryFile(suffix='.docx', delete=False) as f:
        f.write(body)
    try:
        p = subprocess.run(['pandoc', '-f', 'docx', '-t', 'plain', f.name], capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
    finally:
        os.unlink(f.name)
    return p.stdout + re.sub(r'<[^>]+>', '', footer)
