<?cs set:Page.Title = "绩效评价目标表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"sum_filters.cs" ?>
<?cs include:"header.cs" ?>
<h1>绩效评价目标表 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:sum_filters("kpi") ?>
<div class="actions">
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=xlsx">导出 Excel</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=csv">导出 CSV</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=print">打印</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>&amp;format=pdf">PDF</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>">汇总表</a>
</div>
<h2>汇总（<?cs var:Kpi.platforms ?> 个服务平台）</h2>
<div class="table-wrap"><?cs call:table(T, "list") ?></div>
<h2>各服务平台</h2>
<?cs each:p = Plat ?>
<details class="panel"><summary><?cs var:p.t.title ?></summary>
<div class="table-wrap"><?cs call:table(p.t, "list") ?></div></details>
<?cs /each ?>
<?cs include:"footer.cs" ?>
