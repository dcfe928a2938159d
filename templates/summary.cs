<?cs set:Page.Title = "汇总表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"sum_filters.cs" ?>
<?cs include:"header.cs" ?>
<h1><?cs if:Sum.title ?><?cs var:Sum.title ?><?cs else ?>汇总表<?cs /if ?></h1>
<?cs if:Batch.id ?>
<?cs call:sum_filters("summary") ?>
<div class="actions">
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=xlsx">导出 Excel</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=csv">导出 CSV</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=print">打印（A4横向）</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=pdf">PDF</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>">绩效评价目标表</a>
</div>
<p><?cs var:Sum.authority ?> · <?cs var:T.lines.1.left ?> · 单位：万元 · 共 <?cs var:Sum.ngroups ?> 个服务平台、<?cs var:Sum.nrows ?> 家试点企业
  <?cs if:Sum.flagged > 0 ?> · <span class="badge off"><?cs var:Sum.flagged ?> 处不符合规则</span><?cs /if ?>
  <?cs if:Sum.shared > 0 ?> · <span class="badge off"><?cs var:Sum.shared ?> 家试点企业由多个平台申报</span><?cs if:User.Role == "province" ?> <a href="/cgi-bin/claims.cgi?batch=<?cs var:Batch.id ?>">逐一裁定归属</a><?cs /if ?><?cs /if ?></p>
<?cs if:Sum.ngroups == 0 ?><p class="panel">没有符合条件的服务平台。</p><?cs else ?>
<div class="table-wrap"><?cs call:table(T, "list summary") ?></div>
<?cs each:n = T.notes ?><p class="note"><?cs var:n ?></p><?cs /each ?>
<?cs /if ?>
<?cs else ?><p class="panel">还没有申报批次。</p><?cs /if ?>
<?cs include:"footer.cs" ?>
