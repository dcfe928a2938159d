<?cs set:Page.Title = "公示与认定" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>公示与认定 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("publicity") ?>
<?cs call:error_summary() ?>
<section class="card">
  <h2>拟认定名单</h2>
  <?cs each:u = Pubs ?><p>第 <?cs var:name(u) + 1 ?> 次公示（<?cs var:u.count ?> 个申请）：<?cs var:u.start ?> 至 <?cs var:u.end ?>（<?cs var:u.days ?> 个工作日）<?cs if:u.running == "1" ?> · <span class="badge on">公示中</span><?cs elif:u.over == "1" ?> · <span class="badge">公示期已结束</span><?cs else ?> · <span class="badge">尚未开始</span><?cs /if ?>
    · <a href="/cgi-bin/public.cgi">公示页面</a></p><?cs /each ?>
  <?cs if:subcount(Apps) == 0 ?><p>尚无拟认定的申请（在“专家评审”中列入拟认定名单）。</p><?cs else ?>
  <table class="list"><thead><tr><th>服务平台</th><th>盟市</th><th>细分行业</th><th>状态</th><th>认定</th></tr></thead><tbody>
  <?cs each:a = Apps ?><tr><td><a href="/cgi-bin/app.cgi?id=<?cs var:a.id ?>"><?cs var:a.org ?></a></td><td><?cs var:a.city ?></td><td><?cs var:a.sub ?></td>
    <td><span class="badge state-<?cs var:a.state ?>"><?cs var:a.state_label ?></span><?cs if:a.open_objections > 0 ?> <span class="badge off"><?cs var:a.open_objections ?> 条异议待处理</span><?cs /if ?>
      <?cs if:a.state == "proposed" ?><?cs if:!a.pub ?> <span class="badge">待公示</span><?cs elif:a.pub_over == "0" ?> <span class="badge on">公示中</span><?cs /if ?><?cs /if ?></td>
    <td><?cs if:a.state == "proposed" && a.upheld > 0 ?>异议成立，只能<a href="/cgi-bin/app.cgi?id=<?cs var:a.id ?>#review">不予认定</a>
      <?cs elif:a.state == "proposed" && a.pub_over > 0 ?><form method="post" action="/cgi-bin/publicity.cgi?batch=<?cs var:Batch.id ?>" data-confirm="公示无异议，确定认定 <?cs var:a.org ?> 为数字化转型试点平台？">
      <?cs call:csrf() ?><input type="hidden" name="op" value="recognise"><input type="hidden" name="app" value="<?cs var:a.id ?>"><input type="hidden" name="version" value="<?cs var:a.version ?>"><button type="submit" class="primary">认定</button></form><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs if:Pending > 0 ?>
<section class="card">
  <h2>发布公示 <small class="count"><?cs var:Pending ?> 个拟认定申请待公示</small></h2>
  <p class="hint">公示自发布之日或之后开始，公示期全程在公示页面公开；每个申请须经其本次拟认定后的公示、公示期满且无异议方可认定。</p>
  <form data-autosave="publicity-<?cs var:Batch.id ?>-publish" method="post" action="/cgi-bin/publicity.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定发布公示？发布后名单将在公示页面公开。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="publish">
    <?cs call:text("start_date", "公示开始日期", "date", 1, 10, "") ?>
    <?cs if:!Form.working_days ?><?cs set:Form.working_days = "5" ?><?cs /if ?>
    <?cs call:text("working_days", "公示期（工作日）", "text", 1, 2, "按工作日计算，周末和下方的节假日不计") ?>
    <div class="actions"><button type="submit" class="primary">发布公示</button></div>
  </form>
</section>
<?cs /if ?>
<section class="card">
  <h2>节假日（本批次）</h2>
  <form data-autosave="publicity-<?cs var:Batch.id ?>-holidays" method="post" action="/cgi-bin/publicity.cgi?batch=<?cs var:Batch.id ?>" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="holidays">
    <div class="field<?cs if:Err.holidays ?> invalid<?cs /if ?>"><label for="f-holidays">节假日</label>
      <textarea id="f-holidays" name="holidays" rows="4" aria-describedby="h-holidays"><?cs var:Form.holidays ?></textarea>
      <p class="hint" id="h-holidays">每行一个日期，格式 YYYY-MM-DD；计算公示期时不计入工作日。</p><?cs call:field_errmsg("holidays") ?></div>
    <div class="actions"><button type="submit">保存节假日</button></div>
  </form>
</section>
<section class="card">
  <h2>异议</h2>
  <?cs if:subcount(Objections) > 0 ?>
  <table class="list"><thead><tr><th>申请</th><th>异议人</th><th>内容</th><th>收到日期</th><th>处理</th></tr></thead><tbody>
  <?cs each:o = Objections ?><tr><td><?cs var:o.org ?></td><td><?cs var:o.objector ?><br><small><?cs var:o.contact ?></small></td><td><?cs var:o.content ?></td><td><?cs var:o.received_on ?></td>
    <td><?cs if:o.resolved == "1" ?><?cs if:o.upheld == "1" ?>异议成立<?cs else ?>异议不成立<?cs /if ?>：<?cs var:o.outcome ?><?cs else ?>
      <form data-autosave="publicity-<?cs var:Batch.id ?>-resolve-<?cs var:o.id ?>" method="post" action="/cgi-bin/publicity.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="op" value="resolve"><input type="hidden" name="objection" value="<?cs var:o.id ?>">
        <label for="f-outcome-<?cs var:o.id ?>">处理结果</label><textarea id="f-outcome-<?cs var:o.id ?>" name="outcome" rows="2"></textarea>
        <span class="choice"><input type="checkbox" id="f-upheld-<?cs var:o.id ?>" name="upheld" value="1"><label for="f-upheld-<?cs var:o.id ?>">异议成立</label></span>
        <button type="submit">记录处理结果</button></form><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <h3>登记异议</h3>
  <form data-autosave="publicity-<?cs var:Batch.id ?>-objection" method="post" action="/cgi-bin/publicity.cgi?batch=<?cs var:Batch.id ?>" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="objection">
    <div class="field"><label for="f-app">被异议的申请</label><select id="f-app" name="app"><?cs each:a = Apps ?><?cs if:a.state == "proposed" ?><option value="<?cs var:a.id ?>"><?cs var:a.org ?></option><?cs /if ?><?cs /each ?></select></div>
    <?cs call:text("objector", "异议人（真实姓名或单位）", "text", 1, 100, "匿名异议不予受理") ?>
    <?cs call:text("contact", "联系方式", "text", 0, 100, "") ?>
    <div class="field<?cs if:Err.content ?> invalid<?cs /if ?>"><?cs call:field_label("content", "异议内容", 1) ?><textarea id="f-content" name="content" rows="3"><?cs var:Form.content ?></textarea><?cs call:field_errmsg("content") ?></div>
    <?cs call:text("received_on", "收到日期", "date", 1, 10, "") ?>
    <div class="actions"><button type="submit">登记异议</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
