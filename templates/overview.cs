<?cs # The parts of an application's overview page that every programme shares
     (lib/overview.c); each programme's own overview template puts them in
     order around its own parts.  Wording comes from Prog.* (申请报告/申报书,
     旗县区/县区, 盟市/市). ?>

<?cs # the project's stages in order, those opened with their state; the current one named ?>
<?cs def:ov_stages() ?><?cs if:subcount(Project.Stages) > 1 ?>
  <p class="stages">项目当前阶段：<strong><?cs var:Project.current ?></strong>（<?cs each:g = Project.Stages ?><?cs if:name(g) > 0 ?> → <?cs /if ?><?cs if:g.id && !g.this && User.Role != "provider" && User.Role != "evaluator" ?><a href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:g.id ?>"><?cs var:g.title ?></a><?cs else ?><?cs var:g.title ?><?cs /if ?><?cs if:g.state_label ?>：<?cs var:g.state_label ?><?cs elif:!g.id ?>：未开始<?cs /if ?><?cs /each ?>）</p>
<?cs /if ?><?cs /def ?>

<?cs def:ov_head() ?>
<div class="app-head">
  <h1><?cs var:App.org ?> <small class="count"><?cs var:Batch.title ?></small></h1>
  <p><span class="badge state-<?cs var:App.state ?>"><?cs var:App.state_label ?></span>
    <?cs if:App.sub_industry ?> · 申报细分行业：<?cs var:App.category ?> / <?cs var:App.sub_industry ?><?cs /if ?>
    <?cs if:App.county ?> · <?cs var:App.city ?> <?cs var:App.county ?><?cs /if ?>
    <?cs if:App.submitted_at ?> · 最近提交：<?cs var:App.submitted_at ?><?cs /if ?></p>
  <?cs if:App.later_stage != "1" ?><p class="hint">申报截止日期：<?cs var:Batch.applicant_deadline ?><?cs if:Batch.past_deadline ?>（已截止，<?cs var:Prog.document ?>只读）<?cs /if ?></p><?cs /if ?>
  <?cs call:ov_stages() ?>
</div>
<?cs if:App.state == "returned" && App.return_reason ?>
<div class="error-summary" role="alert"><strong>退回修改，退回原因：</strong><p class="reason"><?cs var:App.return_reason ?></p></div>
<?cs /if ?>
<?cs /def ?>

<?cs def:ov_review() ?>
<?cs if:!App.owner ?>
<section class="card review-panel" id="review">
  <h2>审核办理</h2>
  <?cs if:Review.seen ?><p class="error-summary">此申请已重新提交（第 <?cs var:App.submitted_no ?> 版）。<a href="/cgi-bin/app_versions.cgi?id=<?cs var:App.id ?>&amp;a=<?cs var:Review.seen ?>&amp;b=<?cs var:App.submitted_no ?>">查看自您上次查看的第 <?cs var:Review.seen ?> 版以来的变更</a></p><?cs /if ?>
  <p>当前状态：<span class="badge state-<?cs var:App.state ?>"><?cs var:App.state_label ?></span>
    <?cs if:App.later_stage == "1" ?><?cs elif:User.Role == "county" ?> · <?cs var:Prog.county_level ?>初审截止：<?cs var:Batch.county_deadline ?><?cs elif:User.Role == "city" ?> · <?cs var:Prog.city_level ?>上报截止：<?cs var:Batch.city_deadline ?><?cs /if ?></p>
  <?cs if:Review.count > 0 ?>
  <form method="post" action="/cgi-bin/review.cgi" data-autosave="review-<?cs var:App.id ?>" data-confirm="确定提交审核意见？办理结果将通知<?cs var:Prog.applicant ?>并记入办理记录。">
    <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="version" value="<?cs var:App.version ?>">
    <?cs if:Review.Error ?><p class="error-summary" role="alert"><?cs var:Review.Error ?></p><?cs /if ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">审核意见</label>
      <textarea id="f-opinion" name="opinion" rows="4" data-maxchars="1000" aria-describedby="c-opinion h-opinion<?cs if:Err.opinion ?> e-opinion<?cs /if ?>"<?cs if:Err.opinion ?> aria-invalid="true"<?cs /if ?>><?cs var:Form.opinion ?></textarea>
      <p class="counter" id="c-opinion">最多 1000 字</p>
      <p class="hint" id="h-opinion">退回修改、不予推荐须填写理由；退回的理由将显示在<?cs var:Prog.document ?>顶部。</p>
      <?cs call:field_errmsg("opinion") ?></div>
    <?cs each:c = Review.Confirm ?><?cs set:cn = "confirm_" + c.bit ?><div class="check-field<?cs if:Err[cn] ?> invalid<?cs /if ?>"><input type="checkbox" id="f-<?cs var:cn ?>" name="<?cs var:cn ?>" value="1"<?cs if:Form[cn] == "1" ?> checked<?cs /if ?><?cs if:Err[cn] ?> aria-invalid="true" aria-describedby="e-<?cs var:cn ?>"<?cs /if ?>>
      <label for="f-<?cs var:cn ?>"><?cs var:c.label ?>：已审核，符合要求（“<?cs var:c.action ?>”须逐项确认）</label><?cs call:field_errmsg(cn) ?></div><?cs /each ?>
    <?cs if:Review.meeting ?><div class="field<?cs if:Err.meeting ?> invalid<?cs /if ?>"><label for="f-meeting">会议名称</label>
      <input type="text" id="f-meeting" name="meeting" maxlength="200" value="<?cs var:Form.meeting ?>" aria-describedby="h-meeting<?cs if:Err.meeting ?> e-meeting<?cs /if ?>"<?cs if:Err.meeting ?> aria-invalid="true"<?cs /if ?>>
      <p class="hint" id="h-meeting">作出决定的会议，如“市中小企业数字化转型试点企业专家评审会”“局长办公会”；专家评审和集体决策须填写。</p>
      <?cs call:field_errmsg("meeting") ?></div><?cs /if ?>
    <?cs if:Review.date ?><div class="field<?cs if:Err.act_date ?> invalid<?cs /if ?>"><label for="f-act_date">决定日期</label>
      <input type="date" id="f-act_date" name="act_date" value="<?cs var:Form.act_date ?>" aria-describedby="h-act_date<?cs if:Err.act_date ?> e-act_date<?cs /if ?>"<?cs if:Err.act_date ?> aria-invalid="true"<?cs /if ?>>
      <p class="hint" id="h-act_date">会议作出决定的日期，不晚于今天。</p>
      <?cs call:field_errmsg("act_date") ?></div><?cs /if ?>
    <?cs if:Review.min_scores ?>
    <p>专家评分：已提交 <strong><?cs var:Review.scores ?></strong> 份，本批次列入拟认定名单须至少 <?cs var:Review.min_scores ?> 份（<a href="/cgi-bin/experts.cgi?batch=<?cs var:Batch.id ?>">专家评审</a>）。</p>
    <?cs if:Review.scores < Review.min_scores ?>
    <div class="check-field"><input type="checkbox" id="f-override" name="override" value="1">
      <label for="f-override">专家评分不足 <?cs var:Review.min_scores ?> 份，仍列入拟认定名单（须在审核意见中说明理由，记入办理记录）</label></div>
    <?cs /if ?><?cs /if ?>
    <div class="actions"><?cs each:x = Review.Actions ?><button type="submit" name="action" value="<?cs var:x.action ?>" class="<?cs if:x.danger == "1" ?>danger<?cs else ?>primary<?cs /if ?>"><?cs var:x.label ?></button><?cs /each ?></div>
  </form>
  <?cs else ?><p class="hint">本级当前没有需要办理的操作。</p><?cs /if ?>
  <p><a href="/cgi-bin/<?cs var:Prog.print_page ?>.cgi?id=<?cs var:App.id ?>">查看打印稿</a> · <a href="/cgi-bin/app_versions.cgi?id=<?cs var:App.id ?>">版本与变更</a></p>
</section>
<?cs /if ?>
<?cs /def ?>

<?cs def:ov_check() ?>
<?cs if:Check.shown ?>
<section class="card" id="check">
  <h2><?cs if:App.owner ?>校验结果<?cs else ?>自动校验结果<?cs /if ?></h2>
  <?cs if:Check.count == 0 ?><p class="flash"><?cs if:App.owner ?>未发现问题，可以提交。<?cs else ?>未发现不符合申报规则的问题。<?cs /if ?></p>
  <?cs else ?>
  <p class="error-summary">共有 <?cs var:Check.count ?> 处问题<?cs if:App.owner ?>，全部解决后才能提交<?cs /if ?>：</p>
  <ol class="problems"><?cs each:p = Check.items ?><li><a href="<?cs var:p.href ?>"><?cs var:p.msg ?></a></li><?cs /each ?></ol>
  <?cs /if ?>
  <?cs if:subcount(Check.notes) > 0 ?><div class="notice" role="note"><strong>提示（不影响提交，由审核人员核实）：</strong>
    <ul><?cs each:p = Check.notes ?><li class="note"><a href="<?cs var:p.href ?>"><?cs var:p.msg ?></a></li><?cs /each ?></ul></div><?cs /if ?>
</section>
<?cs /if ?>
<?cs /def ?>

<?cs # the sections of the form, and the row of the attachments page when the stage has one ?>
<?cs def:ov_sections() ?>
<section class="card">
  <h2><?cs var:Prog.document ?>各部分</h2>
  <table class="list">
    <thead><tr><th>部分</th><th>最近保存</th><th>操作</th></tr></thead>
    <tbody>
    <?cs each:s = SectionList ?>
    <tr><td><?cs var:s.title ?> <span class="tab-state<?cs if:Sections[s.key].done == "1" ?> done">已完成<?cs else ?>">未完成<?cs /if ?></span></td><td><?cs if:Sections[s.key].saved_at ?><?cs var:Sections[s.key].saved_at ?><?cs else ?><span class="muted">未填写</span><?cs /if ?></td>
      <td><a href="/cgi-bin/<?cs var:Prog.edit_page ?>.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:s.key ?>"><?cs if:App.editable ?>填写<?cs else ?>查看<?cs /if ?></a></td></tr>
    <?cs /each ?>
    <?cs if:subcount(FileKinds) > 0 ?><tr><td>附件材料：<?cs each:k = FileKinds ?><?cs if:name(k) > 0 ?>、<?cs /if ?><?cs var:k.label ?><?cs /each ?></td><td><?cs var:subcount(Files) ?> 个文件</td>
      <td><a href="/cgi-bin/app_files.cgi?id=<?cs var:App.id ?>"><?cs if:App.editable ?>上传<?cs else ?>查看<?cs /if ?></a></td></tr><?cs /if ?>
    </tbody>
  </table>
</section>
<?cs /def ?>
<?cs # the top of an overview page: its head, the review card, 校验 and the sections ?>
<?cs def:ov_top() ?><?cs call:ov_head() ?>
<?cs call:ov_review() ?>
<?cs call:ov_check() ?>
<?cs call:ov_sections() ?><?cs /def ?>

<?cs def:ov_submit() ?>
<section class="card">
  <h2>校验与提交</h2>
  <?cs if:App.editable ?>
    <?cs if:SectionsDone < SectionsTotal ?><p>已完成 <?cs var:SectionsDone ?> / <?cs var:SectionsTotal ?> 部分。各部分填写完成后，点“校验”查看还需补充的内容。</p>
    <?cs elif:Check.count > 0 ?><p>当前还有 <?cs var:Check.count ?> 处问题。<a href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:App.id ?>&amp;check=1#check">查看校验结果</a></p>
    <?cs else ?><p>校验未发现问题。提交后<?cs var:Prog.document ?>进入所在<?cs var:Prog.county_level ?>工信部门初审，不能再修改（审核人员受理前可撤回）。</p><?cs /if ?>
    <div class="actions">
      <a class="button" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:App.id ?>&amp;check=1#check">校验</a>
      <form method="post" action="/cgi-bin/app_submit.cgi" data-confirm="确定提交<?cs var:Prog.document ?>？提交后不能修改，审核人员受理前可撤回。">
        <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="op" value="submit">
        <input type="hidden" name="version" value="<?cs var:App.version ?>">
        <button type="submit" class="primary"<?cs if:Check.count > 0 ?> disabled<?cs /if ?>>提交<?cs var:Prog.document ?></button>
      </form>
      <a class="button" href="/cgi-bin/<?cs var:Prog.print_page ?>.cgi?id=<?cs var:App.id ?>">打印预览（草稿）</a>
    </div>
  <?cs elif:App.owner && App.state == "submitted" ?>
    <p>已提交，等待<?cs var:Prog.county_level ?>工信部门初审。审核人员受理前可以撤回修改。</p>
    <?cs if:Prog.delivery ?><div class="notice delivery" role="note"><strong>提交后请报送纸质材料：</strong><p><?cs var:Prog.delivery ?></p></div><?cs /if ?>
    <div class="actions">
      <form method="post" action="/cgi-bin/app_submit.cgi" data-confirm="确定撤回？撤回后须重新提交。">
        <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="op" value="withdraw">
        <input type="hidden" name="version" value="<?cs var:App.version ?>">
        <button type="submit" class="danger">撤回</button>
      </form>
    </div>
  <?cs else ?>
    <p><?cs var:App.state_label ?></p>
  <?cs /if ?>
  <?cs if:subcount(Versions) > 0 ?>
  <h3>已提交的版本</h3>
  <table class="list"><thead><tr><th>版本</th><th>提交时间</th><th>验证码</th><th>操作</th></tr></thead><tbody>
  <?cs each:v = Versions ?><tr><td>第 <?cs var:v.no ?> 版<?cs if:v.withdrawn == "1" ?>（已撤回）<?cs /if ?></td><td><?cs var:v.at ?></td><td><code><?cs var:v.code ?></code></td>
    <td><a href="/cgi-bin/<?cs var:Prog.print_page ?>.cgi?id=<?cs var:App.id ?>&amp;v=<?cs var:v.no ?>">打印</a> · <a href="/cgi-bin/app_versions.cgi?id=<?cs var:App.id ?>&amp;b=<?cs var:v.no ?>">变更</a></td></tr><?cs /each ?>
  </tbody></table>
  <?cs /if ?>
  <p><a href="/cgi-bin/<?cs var:Prog.print_page ?>.cgi?id=<?cs var:App.id ?>">打印<?cs var:Prog.document ?></a></p>
</section>
<?cs if:App.owner ?><?cs call:applicant_help() ?><?cs /if ?>
<?cs /def ?>

<?cs def:ov_events() ?>
<?cs if:subcount(Events) > 0 ?>
<section class="card">
  <h2>办理记录</h2>
  <table class="list"><thead><tr><th>时间</th><th>办理人</th><th>层级</th><th>操作</th><th>结果</th><th>意见</th></tr></thead><tbody>
  <?cs each:e = Events ?><tr><td><?cs var:e.at ?></td><td><?cs var:e.who ?></td><td><?cs var:e.role_label ?></td><td><?cs var:e.action_label ?></td><td><?cs var:e.to_label ?></td><td class="opinion"><?cs var:e.opinion ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs /if ?>
<?cs /def ?>
