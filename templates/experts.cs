<?cs set:Page.Title = "专家评审" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>专家评审 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("experts") ?>
<p class="lead">自治区工信厅聘请第三方（评审专家）对各盟市上报的申报材料评审，依据评审结果研究确定拟认定名单（申报指南 四（三））。专家的单位与服务平台或其服务企业相同的自动回避。 <a href="/cgi-bin/rubric.cgi?batch=<?cs var:Batch.id ?>">评分标准</a></p>
<?cs call:error_summary() ?>
<form data-autosave="experts-<?cs var:Batch.id ?>" method="post" action="/cgi-bin/experts.cgi?batch=<?cs var:Batch.id ?>">
  <?cs call:csrf() ?><input type="hidden" name="op" value="assign">
  <table class="list">
    <thead><tr><th>分配</th><th>排名</th><th>服务平台</th><th>盟市</th><th>细分行业</th><th>状态</th><th>专家评分</th><th class="num">平均分</th><th>决定</th></tr></thead>
    <tbody>
    <?cs each:a = Apps ?>
    <tr>
      <td><?cs if:a.state == "recommended" || a.state == "proposed" ?><input type="checkbox" name="apps" value="<?cs var:a.id ?>" id="f-app-<?cs var:a.id ?>"><label class="sr" for="f-app-<?cs var:a.id ?>">选择 <?cs var:a.org ?></label><?cs /if ?></td>
      <td><?cs if:a.rank > 0 ?><?cs var:a.rank ?><?cs /if ?></td>
      <td><a href="/cgi-bin/app.cgi?id=<?cs var:a.id ?>"><?cs var:a.org ?></a></td><td><?cs var:a.city ?></td><td><?cs var:a.sub ?></td>
      <td><span class="badge state-<?cs var:a.state ?>"><?cs var:a.state_label ?></span><?cs if:a.objections > 0 ?> <span class="badge off">有未处理异议</span><?cs /if ?></td>
      <td><?cs each:x = a.experts ?><div><?cs var:x.name ?>：<?cs if:x.submitted == "1" ?><?cs var:x.total ?> 分<?cs elif:x.declared == "1" ?>评分中<?cs else ?>待声明<?cs /if ?></div><?cs /each ?><?cs if:a.assigned == "0" ?><span class="muted">未分配</span><?cs /if ?></td>
      <td class="num"><?cs if:a.avg ?><?cs var:a.avg ?><?cs /if ?></td>
      <td><a href="/cgi-bin/app.cgi?id=<?cs var:a.id ?>#review">办理</a></td>
    </tr>
    <?cs /each ?>
    </tbody>
  </table>
  <?cs if:subcount(Apps) == 0 ?><p class="panel">尚无盟市推荐的申请。</p><?cs /if ?>
  <?cs call:field_errmsg("apps") ?>
  <div class="filters">
    <div class="field<?cs if:Err.expert ?> invalid<?cs /if ?>"><label for="f-expert">评审专家</label>
      <select id="f-expert" name="expert"><option value="">请选择</option>
        <?cs each:e = Experts ?><option value="<?cs var:e.id ?>"><?cs var:e.name ?><?cs if:e.org_name || e.org_credit_code ?>（<?cs var:e.org_name ?><?cs if:e.org_credit_code ?> <?cs var:e.org_credit_code ?><?cs /if ?>）<?cs /if ?></option><?cs /each ?></select>
      <?cs call:field_errmsg("expert") ?></div>
    <div class="field"><button type="submit" class="primary">分配给勾选的申请</button></div>
  </div>
</form>
<?cs include:"footer.cs" ?>
