<?cs set:Page.Title = "绩效评价目标表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"sum_filters.cs" ?>
<?cs include:"kpi_tables.cs" ?>
<?cs include:"header.cs" ?>
<h1>绩效评价目标表 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:sum_filters("kpi") ?>
<div class="actions">
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=xlsx">导出 Excel</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=csv">导出 CSV</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=print">打印</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>">汇总表</a>
</div>
<h2>汇总（<?cs var:Kpi.platforms ?> 个服务平台）</h2>
<?cs call:kpi_aggregate("list") ?>
<h2>各服务平台</h2>
<?cs each:p = Plat ?>
<details class="panel"><summary><?cs var:p.org ?>（<?cs var:p.city ?>）</summary>
<table class="list"><thead><tr><th>三级指标</th><th>单位</th><th class="num">期初值</th><th class="num">目标值</th></tr></thead><tbody>
<?cs each:k = KPI ?><tr><td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td><td class="num"><?cs var:p.v[name(k)].base ?></td><td class="num"><?cs var:p.v[name(k)].target ?></td></tr><?cs /each ?>
</tbody></table></details>
<?cs /each ?>
<?cs include:"footer.cs" ?>
