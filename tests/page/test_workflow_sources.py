"""Every change of an application's state goes through the workflow's one
path (lib/workflow.c: wf_check + wf_step).  This reads the sources: the SQL
of every page and library file (adjacent C string literals joined, as the
compiler does), and fails on any statement outside lib/workflow.c that sets
applications.state or writes the timeline, and on any workflow row whose
page does not exist or never calls the workflow."""
import glob, os, re
from dt import ROOT

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def statements(path):
    """The SQL text of each run of adjacent string literals in a C file."""
    src = open(path, encoding='utf-8').read()
    src = re.sub(r'/\*.*?\*/', ' ', src, flags=re.S)
    out, run, last = [], [], None
    for m in LITERAL.finditer(src):
        if last is not None and src[last:m.start()].strip() == '':
            run.append(m.group(1))
        else:
            if run:
                out.append(''.join(run))
            run = [m.group(1)]
        last = m.end()
    if run:
        out.append(''.join(run))
    return out


def sources():
    return sorted(glob.glob(os.path.join(ROOT, 'cgi-bin', '*.c')) + glob.glob(os.path.join(ROOT, 'lib', '*.c'))
                  + glob.glob(os.path.join(ROOT, 'lib', 'programmes', '*.c')) + glob.glob(os.path.join(ROOT, 'scripts', '*.c')))


def writes_state(sql):
    m = re.search(r'\bUPDATE\s+applications\b(.*?)\bSET\b(.*?)(\bWHERE\b|$)', sql, re.I | re.S)
    return bool(m and re.search(r'(^|[\s,.])state\s*=', m.group(2), re.I))


def test_no_state_change_outside_the_workflow():
    found = []
    for path in sources():
        rel = os.path.relpath(path, ROOT)
        for sql in statements(path):
            if rel == 'lib/workflow.c':
                continue
            if writes_state(sql):
                found.append((rel, sql[:100]))
            if rel != 'lib/timeline.c' and re.search(r'\bINSERT\s+INTO\s+app_events\b', sql, re.I):
                found.append((rel, sql[:100]))
    assert not found, 'state changes that bypass wf_step: %r' % found
    # the checker itself sees what it must see
    assert writes_state("UPDATE applications SET state = ?, version = version + 1 WHERE id = ?")
    assert writes_state("UPDATE applications p JOIN x i ON i.a = p.id SET p.state = 'city_passed' WHERE i.r = ?")
    assert not writes_state("UPDATE applications SET submitted_no = ? WHERE id = ? AND state = ?")
    assert sum(writes_state(s) for s in statements(os.path.join(ROOT, 'lib', 'workflow.c'))) == 1


def test_every_workflow_row_names_a_page_that_uses_the_workflow():
    """The rows live in each programme's file (lib/programmes/*.c) and in the row macros of workflow.h;
    each names its page just before its precondition, effect and who is told."""
    src = ''.join(open(p, encoding='utf-8').read() for p in
                  glob.glob(os.path.join(ROOT, 'lib', 'programmes', '*.c')) + [os.path.join(ROOT, 'lib', 'workflow.h')])
    rows = [('', '', '', m.group(1)) for m in
            re.finditer(r'"(\w+)",\s*(?:\w+|NULL),\s*(?:\w+|NULL),\s*TELL_\w+', src)]
    assert len(rows) >= 10 and {r[3] for r in rows} >= {'app_submit', 'review', 'recommend', 'county_rec', 'publicity'}, rows
    lib = {p: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(ROOT, 'lib', '*.c')) +
           glob.glob(os.path.join(ROOT, 'lib', 'programmes', '*.c'))}
    for frm, action, to, page in rows:
        path = os.path.join(ROOT, 'cgi-bin', page + '.c')
        assert os.path.exists(path), (action, page)
        src = open(path, encoding='utf-8').read()
        # the page's handler, in the page or in the library module that serves it (lib/reclist.c, a programme's
        # file ...); a published list moves its applications through list_publish (lib/workflow.c: wf_apply_each)
        handler = re.search(r'PAGE\s*=\s*\{[^,]*,[^,]*,[^,]*,[^,]*,\s*\w+,\s*(\w+)', src).group(1)
        home = [src] + [t for t in lib.values() if re.search(r'\n%s\(struct req \*r\)' % handler, t)]
        assert any(re.search(r'\b(wf_(apply|apply_each|check)|list_publish)\s*\(', t) for t in home), (action, page, handler)


def test_no_programme_key_outside_the_programme_files():
    """A programme is data (lib/programme.c's registry, one file under lib/programmes/): no page, library file
    or template outside those compares or names a programme's key (which stage, form, wording or page applies
    is asked of the registry).  The keys are read from the programme files themselves."""
    keys = set()
    for path in glob.glob(os.path.join(ROOT, 'lib', 'programmes', '*.c')) + [os.path.join(ROOT, 'tests', 'toy', 'toy.c')]:
        keys |= set(re.findall(r'\.key\s*=\s*"(\w+)"\s*,\s*\.name\s*=', open(path, encoding='utf-8').read()))
    assert {'platform', 'enterprise', 'toy'} <= keys, keys
    bad = []
    for path in sources() + glob.glob(os.path.join(ROOT, 'templates', '*.cs')):
        if os.sep + 'programmes' + os.sep in path:
            continue
        src = re.sub(r'/\*.*?\*/', ' ', open(path, encoding='utf-8').read(), flags=re.S)
        for k in keys:
            # as a programme: beside "programme" in SQL or C, or against Prog.key / Batch.programme in a template
            pat = (r'programme\w*\s*(=|==|,|\()\s*[\'"]%s[\'"]|[\'"]%s[\'"]\s*(=|==)\s*\w*\.?programme'
                   r'|Prog\.key\s*==\s*"%s"|\.programme\s*==\s*"%s"|programme_of\("%s"\)') % ((k,) * 5)
            for m in re.finditer(pat, src):
                bad.append('%s: %s' % (os.path.relpath(path, ROOT), m.group(0)))
    assert not bad, bad
