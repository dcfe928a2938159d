"""EXPLAIN every query of the application against province-scale data.

The queries are read from the sources: every db_query/db_exec call's SQL is
a string literal (scripts/check-sql enforces it), so the C string literals
after the first argument are the whole statement.  Each '?' gets a value
chosen from what it is compared with (a region code gets the province's, the
widest scope; LIMIT 20; an id 1), then MariaDB's EXPLAIN says how the
statement would run.  A step that reads a table whole ('ALL') or a whole
index ('index') over at least MIN_ROWS rows is a full scan.

Used by tests/http/test_indexes.py (a database with the bench data set) and
runnable by hand:  DTPILOT_VAR=var/bench /usr/bin/python3 tests/explain.py dtpilot
"""
import glob, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dt import ROOT, SOCK, admin_user   # noqa: E402

MIN_ROWS = 2000
CALL = re.compile(r'\bdb_(query|exec)\s*\(')
LITERAL = re.compile(r'\s*(?:/\*.*?\*/\s*)*"((?:[^"\\\n]|\\.)*)"', re.S)


def queries():
    """[(file:line, sql)] for every db_query/db_exec call in cgi-bin/, lib/ and scripts/."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'cgi-bin', '*.c')) + glob.glob(os.path.join(ROOT, 'lib', '*.c')) +
                       glob.glob(os.path.join(ROOT, 'scripts', '*.c'))):
        src = open(path, encoding='utf-8').read()
        macros = {}         # #define NAME "..." "..." (pasted into statements)
        for dm in re.finditer(r'^#define\s+(\w+)\s+((?:"(?:[^"\\\n]|\\.)*"\s*(?:\\\n\s*)?)+)$', src, re.M):
            macros[dm.group(1)] = ''.join(re.findall(r'"((?:[^"\\\n]|\\.)*)"', dm.group(2)))
        for m in CALL.finditer(src):
            i, depth = m.end(), 0
            while i < len(src) and not (src[i] == ',' and depth == 0):      # skip the request argument
                depth += src[i] in '(['
                depth -= src[i] in ')]'
                i += 1
            parts = []
            i += 1
            while True:
                lm = LITERAL.match(src, i)
                mm = re.compile(r'\s*(\w+)').match(src, i)
                if lm:
                    parts.append(lm.group(1))
                    i = lm.end()
                elif mm and mm.group(1) in macros:
                    parts.append(macros[mm.group(1)])
                    i = mm.end()
                else:
                    break
            if parts:
                sql = ''.join(parts).encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
                out.append(('%s:%d' % (os.path.relpath(path, ROOT), src.count('\n', 0, m.start()) + 1), sql))
    return out


def value_for(before):
    """A plausible value for the '?' that follows `before` (the SQL text up to it)."""
    t = before.rstrip().upper()
    word = re.search(r'([\w.]+)\s*(?:=|<>|!=|<=|>=|<|>|LIKE|IN\s*\(|,|\(|\bBETWEEN|\bAND)?\s*$', before.rstrip())
    name = (word.group(1) if word else '').lower()
    if t.endswith('LIMIT') or t.endswith('OFFSET') or re.search(r'LIMIT\s+\?\s*,?$', t):
        return '20'
    if t.endswith('LIMIT ?,') or t.endswith('OFFSET'):
        return '0'
    if re.search(r'INTERVAL$', t):
        return '7'
    if re.search(r'(code|region|scope|city|county|province)\w*$', name) or re.search(r'\?\s*IN\s*\($', before):
        return "'150000'"
    if name.endswith('username'):
        return "'platform1'"
    if name.endswith('state') or name.endswith('status'):
        return "'submitted'"
    if name.endswith('role'):
        return "'platform'"
    if re.search(r'(name|q|org|title|pw)$', name) or t.endswith('LIKE'):
        return "'%a%'"
    if name.endswith(('_at', 'date', 'at')):
        return "CURDATE()"
    if name.endswith(('hash', 'token', 'sid', 'sha256')):
        return "'" + '0' * 64 + "'"
    return '1'


def bind(sql):
    out, last = [], 0
    for m in re.finditer(r'\?', sql):
        out.append(sql[last:m.start()])
        out.append(value_for(sql[:m.start()]))
        last = m.end()
    out.append(sql[last:])
    return ''.join(out)


def explain(db, sql):
    """EXPLAIN rows as dicts, or None when the statement is not explainable here."""
    p = subprocess.run(['mariadb', '--no-defaults', '--socket=' + SOCK, '-u', admin_user(), '-B', db,
                        '-e', 'EXPLAIN ' + bind(sql)], capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    lines = p.stdout.splitlines()
    if not lines:
        return [], ''
    head = lines[0].split('\t')
    return [dict(zip(head, x.split('\t'))) for x in lines[1:]], ''


def explainable(sql):
    s = sql.lstrip().upper()
    return s.startswith(('SELECT', 'UPDATE', 'DELETE', '(SELECT', 'WITH')) or \
        (s.startswith(('INSERT', 'REPLACE')) and ' SELECT ' in s)


def full_scans(db):
    """(offenders, errors, checked): offenders are 'where: table type rows: sql'."""
    bad, errors, checked = [], [], 0
    for where, sql in queries():
        if not explainable(sql):
            continue
        rows, err = explain(db, sql)
        if rows is None:
            errors.append('%s: %s: %s' % (where, err[:160], sql[:160]))
            continue
        checked += 1
        for r in rows:
            m = re.match(r'\d+', r.get('rows') or '')      # "3" or "3 (9%)" (UPDATE/DELETE)
            n = int(m.group(0)) if m else 0
            if r.get('type') in ('ALL', 'index') and n >= MIN_ROWS:
                bad.append('%s: %s %s %d rows: %s' % (where, r.get('table'), r.get('type'), n,
                                                      re.sub(r'\s+', ' ', sql)[:200]))
    return bad, errors, checked


if __name__ == '__main__':
    bad, errors, checked = full_scans(sys.argv[1] if len(sys.argv) > 1 else 'dtpilot')
    print('\n'.join(['FULL SCAN ' + b for b in bad] + ['ERROR ' + e for e in errors]))
    print('%d statements explained, %d full scans, %d not explainable' % (checked, len(bad), len(errors)))
