"""Lists have a total order: rows whose sort keys tie (the same batch, 盟市 and
sub-industry on the 公示 page) come in the order of their unique id, the same
on every request, so nothing changes places between two views or pages."""
import os, re
from dt import Client, day, sql
from filing import uscc


def test_public_recognised_list_breaks_ties_by_id():
    tag = int.from_bytes(os.urandom(3), 'big')
    title = '排序测试批次%d' % tag
    # a batch of two years ago, long closed
    sql("INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline)"
        " VALUES ('platform', %s, '%s', '150000', '%s', '%s')" % (day(-730)[:4], title, day(-730), day(-640)))
    batch = sql("SELECT id FROM batches WHERE title='%s'" % title)[0][0]
    try:
        # accounts made in one order, their applications in the reverse one: neither the account ids
        # nor the names agree with the application ids, and every sort key but the id ties
        for i in range(12):
            sql("INSERT INTO accounts (username, password_hash, role, display_name, credit_code, region_code)"
                " VALUES ('ord%d_%d', 'x', 'platform', '排序测试平台%d-%02d', '%s', '150102')"
                % (tag, i, tag, 11 - i, uscc('91150102MA8%06d' % ((tag + i) % 1000000))))
        for i in reversed(range(12)):
            sql("INSERT INTO applications (batch_id, account_id, state, region_code, sub_industry, submitted_no)"
                " SELECT %s, id, 'recognised', '150102', 7, 1 FROM accounts WHERE username='ord%d_%d'" % (batch, tag, i))
        want = [r[0] for r in sql("SELECT a.display_name FROM applications p JOIN accounts a ON a.id = p.account_id"
                                  " WHERE p.batch_id=%s ORDER BY p.id" % batch)]
        seen = []
        for _ in range(3):
            text = Client().get('/cgi-bin/public.cgi').text
            seen.append([n for n in re.findall(r'<td>(排序测试平台%d-\d+)</td>' % tag, text)])
        assert seen[0] == want, (seen[0], want)
        assert seen[1] == seen[0] and seen[2] == seen[0]
    finally:
        sql("DELETE p FROM applications p WHERE p.batch_id=%s" % batch)
        sql("DELETE FROM projects WHERE batch_id=%s" % batch)          # each application's project (sql/0012)
        sql("DELETE FROM accounts WHERE username LIKE 'ord%d\\_%%'" % tag)
        sql("DELETE FROM batches WHERE id=%s" % batch)
