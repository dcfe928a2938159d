"""The reference data in the database (loaded from the committed SQL seeds)
equals ../shared/data, the source of truth."""
import csv, os
from dt import sql, ROOT

DATA = os.path.join(ROOT, '..', 'shared', 'data')


def tsv(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))


def test_regions_match_shared_data():
    want = {(r['code'], r['name'], r['level'], r['parent_code'] or 'NULL') for r in tsv('regions-inner-mongolia.tsv')}
    have = {tuple(r) for r in sql("SELECT code, name, level, IFNULL(parent_code, 'NULL') FROM regions WHERE province_code='150000'")}
    assert have == want, (have ^ want)
    counts = dict(sql("SELECT level, COUNT(*) FROM regions WHERE province_code='150000' GROUP BY level"))
    assert counts == {'province': '1', 'city': '12', 'county': '103'}
    # every county knows its city and province, for scope checks in SQL
    assert sql("SELECT COUNT(*) FROM regions k JOIN regions c ON c.code = k.city_code"
               " WHERE k.level='county' AND c.level='city' AND k.parent_code = c.code AND k.province_code='150000'")[0][0] == '103'


def test_luoyang_counties_match_shared_data():
    want = {r['county'] for r in tsv('luoyang-counties.tsv')}
    have = {r[0] for r in sql("SELECT name FROM regions WHERE level='county' AND city_code='410300'")}
    assert have == want, have ^ want
    quotas = {r['county']: r['first_batch_quota'] for r in tsv('luoyang-counties.tsv') if r['first_batch_quota']}
    assert sum(int(q) for q in quotas.values()) == 200


def test_sub_industries_match_shared_data():
    want = {(r['seq'], r['category'], r['sub_industry']) for r in tsv('sub-industries.tsv')}
    have = {tuple(r) for r in sql("SELECT seq, category, name FROM sub_industries")}
    assert len(want) == 100 and have == want, (have ^ want)
