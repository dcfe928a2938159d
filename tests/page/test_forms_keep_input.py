"""Nothing typed is lost (issue 16.3): every form that posts typed input keeps a copy in the browser until the
server has it, and is refilled and saved again after an expired session (htdocs/js/app.js, data-autosave).
A source check over the templates, so a new form cannot forget it: a POST form with a text field, a text area,
a choice or a date has data-autosave, with a key that differs per object where the form repeats per row.
Exempt: the forms of an anonymous visitor (login, registration: there is no user to keep the copy for) and the
two-step codes (never kept)."""
import glob, os, re
from dt import ROOT

TYPED = re.compile(r'<textarea|call:text\(|call:money\(|call:field\(|type="(text|number|date|search|tel|email)"|<select')
FORM = re.compile(r'<form\b((?:\?>|[^>])*)>', re.S)
EXEMPT = {'login.cs', 'register.cs', 'totp.cs'}
LOOP = re.compile(r'<\?cs each:(\w+) = ')


def forms(text):
    """(line, attributes, body) of each form; a form opened in a macro ends where the next one starts."""
    for m in FORM.finditer(text):
        end = text.find('</form>', m.end())
        nxt = FORM.search(text, m.end())
        stop = end if end >= 0 else len(text)
        if nxt and nxt.start() < stop:
            stop = nxt.start()
        yield text[:m.start()].count('\n') + 1, m.group(1), text[m.end():stop]


def test_every_form_with_typed_input_keeps_it_across_an_expired_session():
    bad = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'templates', '*.cs'))):
        name = os.path.basename(path)
        if name in EXEMPT:
            continue
        text = open(path, encoding='utf-8').read()
        for line, attrs, body in forms(text):
            if 'method="post"' not in attrs or not TYPED.search(body):
                continue
            key = re.search(r'data-autosave="([^"]*(?:<\?cs[^?]*\?>[^"]*)*)"', attrs)
            if not key:
                bad.append('%s:%d has no data-autosave' % (name, line))
                continue
            # inside an each: loop the key names the row (its loop variable)
            opened = [m.group(1) for m in LOOP.finditer(text[:text.find(attrs)])]
            closed = text[:text.find(attrs)].count('<?cs /each ?>')
            if len(opened) > closed and not any('var:%s.' % v in key.group(1) for v in opened[closed - len(opened):]):
                bad.append('%s:%d repeats per row but its key %r does not name the row' % (name, line, key.group(1)))
    assert not bad, '\n'.join(bad)
