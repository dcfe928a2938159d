<?cs # 长春 工作看板 (cgi-bin/cc_dash.c): each table with its CSV and Excel ?>
<?cs set:Page.Title = "工作看板" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:dash_part(t, key) ?>
<section class="card" id="<?cs var:key ?>">
  <h2><?cs var:t.title ?></h2>
  <div class="table-wrap"><?cs call:table(t, "list") ?></div>
  <?cs each:n = t.notes ?><p class="hint"><?cs var:n ?></p><?cs /each ?>
  <p class="actions"><?cs call:export_links("/cgi-bin/cc_dash.cgi?batch=" + Batch.id + "&part=" + key + "&", 0) ?></p>
</section>
<?cs /def ?>
<?cs call:batch_picker("cc_dash") ?>
<section class="card">
  <h1>工作看板 <small class="count"><?cs var:User.RegionName ?> · <?cs var:Batch.title ?></small></h1>
  <p class="lead">试点企业从申请入库、咨询诊断、数字化改造备案、水平评测到项目验收的进展。点击数字查看对应的项目清单；咨询诊断报告逾期指服务商完成诊断服务后超过期限（本批次 <?cs var:Batch.report_days ?> 天，实施细则 第四章（二）1（4））仍未提交报告。</p>
  <p class="actions"><a class="button" href="/cgi-bin/cc_export.cgi?batch=<?cs var:Batch.id ?>">成果清单与导出</a></p>
</section>
<?cs call:dash_part(Dash.targets, "targets") ?>
<?cs call:dash_part(Dash.stages, "stages") ?>
<?cs if:Dash.counties.title ?><?cs call:dash_part(Dash.counties, "counties") ?><?cs /if ?>
<?cs call:dash_part(Dash.levels, "levels") ?>
<?cs call:dash_part(Dash.providers, "providers") ?>
<?cs include:"footer.cs" ?>
