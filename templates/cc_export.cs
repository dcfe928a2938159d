<?cs # 长春 stage results (cgi-bin/cc_export.c): the stages to choose from, or one stage's list and its files ?>
<?cs set:Page.Title = "成果清单与导出" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs if:!Export.stage ?>
<?cs call:batch_picker("cc_export") ?>
<section class="card">
  <h1>成果清单与导出 <small class="count"><?cs var:Batch.title ?></small></h1>
  <p class="lead">各阶段的项目清单，可导出 Excel、CSV，或打印、生成 PDF。试点企业库的导出见<a href="/cgi-bin/pilot.cgi">试点企业库</a>页面。</p>
  <ul class="links"><?cs each:s = Stages ?>
    <li><a href="/cgi-bin/cc_export.cgi?batch=<?cs var:Batch.id ?>&amp;stage=<?cs var:s.key ?>"><?cs var:s.title ?>清单</a></li><?cs /each ?>
  </ul>
  <p><a href="/cgi-bin/cc_dash.cgi?batch=<?cs var:Batch.id ?>">← 工作看板</a></p>
</section>
<?cs else ?>
<section class="card">
  <h1><?cs var:Export.title ?> <small class="count"><?cs var:Batch.title ?> · 共 <?cs var:Export.count ?> 项</small></h1>
  <form method="get" action="/cgi-bin/cc_export.cgi" class="filters">
    <input type="hidden" name="batch" value="<?cs var:Batch.id ?>"><input type="hidden" name="stage" value="<?cs var:Export.stage ?>">
    <input type="hidden" name="state" value="<?cs var:Form.state ?>"><input type="hidden" name="county" value="<?cs var:Form.county ?>">
    <input type="hidden" name="provider" value="<?cs var:Form.provider ?>"><input type="hidden" name="level" value="<?cs var:Form.level ?>">
    <div class="field"><label for="f-q">企业名称</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
    <button type="submit">查询</button>
  </form>
  <p class="actions">
    <?cs call:export_links("/cgi-bin/cc_export.cgi?" + Export.query + "&", 1) ?>
    <a href="/cgi-bin/cc_export.cgi?batch=<?cs var:Batch.id ?>">全部清单</a> <a href="/cgi-bin/cc_dash.cgi?batch=<?cs var:Batch.id ?>">工作看板</a>
  </p>
  <div class="table-wrap"><?cs call:table(T, "list") ?></div>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
