"""A deadlock, or on a Galera cluster a certification conflict with a write on
another node, answers a statement with 1213 and rolls the page's whole
transaction back.  lib/main.c runs the action once more when nothing of it
was made durable, and answers 409 with nothing done after a second conflict;
lib/db.c refuses every later statement of the rolled-back transaction, so
nothing of the action can run on outside it, one autocommitted statement at a
time.  (make galera-test found that case: a conflict reported at a statement
whose failure the page did not look at, then an attachment inserted for an
enterprise row that had been rolled back; it is that run which exercises the
refusal.)  Here, on one server, the conflict comes from a trigger that
SIGNALs 1213 at the attachment's INSERT, after the enterprise's row was
inserted in the same transaction, as many times as the test says: the retry
stores the action once, and a second conflict leaves nothing of it.  A
Galera node that leaves the primary component answers 1047 to every
statement, and one killed while committing answers 1180 (the failover run of
make galera-test): the page answers 503 with nothing done, and the same
action sent again is stored whole."""
from dt import sql
from filing import register_platform, start, fill_complete, add_enterprise, uscc

TRIGGER = "test_conflict_attachments"


def conflicts(times, errno=1213, state='40001', text='Deadlock found when trying to get lock (test)'):
    """The next `times` attachment INSERTs fail with errno, 1213 unless said (a MEMORY table counts them
    down: the statement's failure does not undo its decrement)."""
    sql("DROP TRIGGER IF EXISTS %s" % TRIGGER)
    sql("CREATE TABLE IF NOT EXISTS test_conflicts_left (n INT NOT NULL) ENGINE=MEMORY")
    sql("DELETE FROM test_conflicts_left")
    sql("INSERT INTO test_conflicts_left VALUES (%d)" % times)
    sql("\nDELIMITER //\nCREATE TRIGGER %s BEFORE INSERT ON attachments FOR EACH ROW BEGIN"
        " IF (SELECT n FROM test_conflicts_left) > 0 THEN"
        "  UPDATE test_conflicts_left SET n = n - 1;"
        "  SIGNAL SQLSTATE '%s' SET MYSQL_ERRNO = %d, MESSAGE_TEXT = '%s';"
        " END IF; END//\nDELIMITER ;" % (TRIGGER, state, errno, text))


def cleared():
    sql("DROP TRIGGER IF EXISTS %s" % TRIGGER)
    sql("DROP TABLE IF EXISTS test_conflicts_left")


def application():
    c, n = register_platform('cf', '冲突重试平台#', '2')
    app = start(c)
    fill_complete(c, app, '150207', 77, n_ents=0, seed='C')
    return c, n, app


def stored(app):
    return sql("SELECT (SELECT COUNT(*) FROM app_enterprises WHERE application_id = %s),"
               " (SELECT COUNT(*) FROM attachments WHERE application_id = %s AND enterprise_id IS NOT NULL)"
               % (app, app))[0]


def test_one_conflict_runs_the_action_once_more_and_stores_it_once():
    c, n, app = application()
    try:
        conflicts(1)
        r = add_enterprise(c, app, '冲突重试企业', uscc('91150207MAC%06d' % (n % 1000000)), region='150207')
        assert r.status == 303, (r.status, r.text[:300])
        assert sql("SELECT n FROM test_conflicts_left")[0][0] == '0'      # the conflict did happen
    finally:
        cleared()
    assert stored(app) == ['1', '3'], stored(app)                         # one enterprise, its 3 proofs
    assert '冲突重试企业' in c.page('/cgi-bin/app.cgi?id=%s' % app).text


def test_two_conflicts_answer_409_and_leave_nothing():
    c, n, app = application()
    before = stored(app)
    try:
        conflicts(2)
        r = add_enterprise(c, app, '冲突两次企业', uscc('91150207MAD%06d' % (n % 1000000)), region='150207')
        assert r.status == 409, (r.status, r.text[:300])
        assert '没有生效，也没有保存任何部分' in r.text
        assert sql("SELECT n FROM test_conflicts_left")[0][0] == '0'
    finally:
        cleared()
    assert stored(app) == before == ['0', '0'], (stored(app), before)
    # nothing was left half done: the same addition, sent again, is stored whole
    r = add_enterprise(c, app, '冲突两次企业', uscc('91150207MAD%06d' % (n % 1000000)), region='150207')
    assert r.status == 303, r.status
    assert stored(app) == ['1', '3'], stored(app)


def test_a_node_outside_the_cluster_or_a_failed_commit_answers_503_and_leaves_nothing():
    for k, (errno, state, text) in enumerate(((1047, '08S01', 'WSREP has not yet prepared node for application use'),
                                              (1180, 'HY000', 'Got error 6 during COMMIT'))):
        c, n, app = application()
        before = stored(app)
        name, code = '节点离群企业%d' % k, uscc('91150207MAE%06d' % ((n * 2 + k) % 1000000))
        try:
            conflicts(1, errno, state, text)
            r = add_enterprise(c, app, name, code, region='150207')
            assert r.status == 503, (errno, r.status, r.text[:300])
            assert sql("SELECT n FROM test_conflicts_left")[0][0] == '0'
        finally:
            cleared()
        assert stored(app) == before == ['0', '0'], (errno, stored(app), before)
        r = add_enterprise(c, app, name, code, region='150207')
        assert r.status == 303, (errno, r.status)
        assert stored(app) == ['1', '3'], (errno, stored(app))
