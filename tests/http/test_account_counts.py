"""The 自治区 home page's account counts (account_counts, sql/0009) stay equal to
counting the accounts, through every kind of change the triggers must follow:
registration, disabling, a forced password change, a scope moved to another
province's region and back, an account deleted with its scope; and the home
page shows them."""
import os, re
from dt import logged_in, sql

COUNTED = ("SELECT p, role, status, mc, SUM(n) FROM ("
           " SELECT g.province_code p, a.role, a.status, a.must_change_password mc, COUNT(*) n"
           " FROM accounts a JOIN regions g ON g.code = a.region_code WHERE a.role IN ('platform', 'enterprise')"
           " GROUP BY 1, 2, 3, 4 UNION ALL"
           " SELECT g.province_code, a.role, a.status, a.must_change_password, COUNT(*) FROM account_scopes s"
           " JOIN regions g ON g.code = s.region_code JOIN accounts a ON a.id = s.account_id GROUP BY 1, 2, 3, 4) x"
           " GROUP BY 1, 2, 3, 4")


def same():
    kept = sorted(tuple(r) for r in sql("SELECT province_code, role, status, must_change, n FROM account_counts"
                                        " WHERE n <> 0"))
    counted = sorted(tuple(r) for r in sql(COUNTED))
    assert kept == counted, (kept, counted)


def test_counts_follow_every_change_and_show_on_the_home_page():
    same()
    k = int.from_bytes(os.urandom(3), 'big')
    sql("INSERT INTO accounts (username, password_hash, role, display_name, region_code)"
        " VALUES ('cnt%d', 'x', 'platform', '计数测试平台%d', '150102')" % (k, k))
    sql("INSERT INTO accounts (username, password_hash, role, display_name)"
        " VALUES ('cntr%d', 'x', 'county', '计数测试审核%d')" % (k, k))
    rid = sql("SELECT id FROM accounts WHERE username='cntr%d'" % k)[0][0]
    sql("INSERT INTO account_scopes (account_id, region_code) VALUES (%s, '150203')" % rid)
    same()
    sql("UPDATE accounts SET status='disabled' WHERE username IN ('cnt%d', 'cntr%d')" % (k, k))
    sql("UPDATE accounts SET must_change_password=1 WHERE username='cntr%d'" % k)
    same()
    sql("UPDATE account_scopes SET region_code='410302' WHERE account_id=%s" % rid)
    same()
    sql("UPDATE account_scopes SET region_code='150203' WHERE account_id=%s" % rid)
    sql("UPDATE accounts SET status='active', must_change_password=0 WHERE username IN ('cnt%d', 'cntr%d')" % (k, k))
    same()
    adm = logged_in('province')
    text = adm.get('/cgi-bin/home.cgi').text
    platforms = int(sql("SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
                        " WHERE a.role='platform' AND a.status='active' AND g.province_code='150000'")[0][0])
    shown = re.search(r'<span class="n">([\d,]+)</span><span class="t">已注册服务平台', text).group(1)
    assert int(shown.replace(',', '')) == platforms, (shown, platforms)
    sql("DELETE FROM accounts WHERE username IN ('cnt%d', 'cntr%d')" % (k, k))
    same()
