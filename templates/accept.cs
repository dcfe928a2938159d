<?cs set:Page.Title = "项目验收" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs include:"stage_steps.cs" ?>
<?cs include:"accept_record.cs" ?>
<?cs call:stage_head("accept", "项目验收") ?>
  <p class="lead">第三方评测机构组成专家组，采取书面材料审核和现场核查相结合的方式组织验收，出具验收意见；县（市）区工信主管部门出具意见；未通过的企业给予最长 1 个月的整改期，整改期限内可再次申请验收一次（实施细则 第四章（五））。</p>
  <p><?cs if:User.Role != "evaluator" ?><a href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>">查看验收申请表（附件4）</a> · <?cs /if ?><?cs if:App.submitted_no > 0 ?><a href="/cgi-bin/ent_print.cgi?id=<?cs var:App.id ?>">打印验收申请表（附件4，最近提交的版本）</a><?cs else ?>企业尚未提交验收申请表。<?cs /if ?></p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:Accept.reopened && (App.state == "applied" || App.state == "resubmitted") ?><div class="error-summary" role="alert"><strong>县（市）区已退回验收意见，待评测机构修改后重新出具：</strong><p class="reason"><?cs var:Accept.reopened ?></p></div><?cs /if ?>
  <?cs if:App.return_reason_shown ?><div class="error-summary" role="alert"><strong>未通过验收，限期整改：</strong><p class="reason"><?cs var:App.return_reason_shown ?></p></div><?cs /if ?>
</section>
<?cs call:accept_record() ?>
<?cs if:subcount(Steps) > 0 ?>
<section class="card" id="step">
  <h2><?cs if:Steps.0.action == "accept_pass" || Steps.0.action == "accept_fail" ?>出具验收意见（附件5）<?cs elif:subcount(Steps) > 1 ?>县（市、区）工信主管部门意见（附件5）<?cs else ?><?cs var:Steps.0.label ?><?cs /if ?></h2>
  <?cs call:error_summary() ?>
  <form data-autosave="accept-<?cs var:App.id ?>-<?cs var:Steps.0.action ?>" method="post" enctype="multipart/form-data" action="/cgi-bin/accept.cgi?id=<?cs var:App.id ?>" novalidate data-confirm="确定提交？提交后不能撤回，办理结果将通知相关单位并记入办理记录。">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:App.version ?>">
    <?cs if:Steps.0.action == "accept_pass" || Steps.0.action == "accept_fail" ?>
    <?cs call:text("paper_on", "书面材料审核日期", "date", 1, 0, "") ?>
    <?cs call:text("site_on", "现场核查日期", "date", 1, 0, "") ?>
    <?cs call:text("leader", "专家组负责人", "text", 1, 50, "") ?>
    <?cs call:text("members", "专家组组员", "text", 1, 300, "多人以顿号分隔") ?>
    <fieldset class="field<?cs if:Err.action ?> invalid<?cs /if ?>"><legend>验收结论<span class="req" aria-hidden="true">*</span></legend>
      <?cs each:s = Steps ?><span class="choice"><input type="radio" name="action" value="<?cs var:s.action ?>" id="f-action-<?cs var:s.action ?>"<?cs if:Form.action == s.action ?> checked<?cs /if ?>><label for="f-action-<?cs var:s.action ?>"><?cs var:s.label ?></label></span><?cs /each ?>
      <p class="hint">通过验收须水平评测认定等级达到二级及以上（本项目：<?cs var:Accept.level_label ?>）。</p>
      <?cs call:field_errmsg("action") ?>
    </fieldset>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">审核意见（改进建议或整改要求）</label>
      <textarea id="f-opinion" name="opinion" rows="5" maxlength="2000" aria-describedby="h-opinion"><?cs var:Form.opinion ?></textarea>
      <p class="hint" id="h-opinion">未通过时须写明整改要求；整改期自验收意见之日起 <?cs var:Accept.rectify_days ?> 天（最长 1 个月）。</p><?cs call:field_errmsg("opinion") ?></div>
    <?cs call:text("act_date", "验收意见日期", "date", 1, 0, "不晚于今天") ?>
    <?cs if:Accept.plan == 0 ?><?cs call:file_field("评测工作方案", "本机构对本项目的评测工作方案，首次出具验收意见时上传。") ?><?cs /if ?>
    <?cs else ?>
    <?cs if:subcount(Steps) > 1 ?>
    <fieldset class="field<?cs if:Err.action ?> invalid<?cs /if ?>"><legend>办理<span class="req" aria-hidden="true">*</span></legend>
      <?cs each:s = Steps ?><span class="choice"><input type="radio" name="action" value="<?cs var:s.action ?>" id="f-action-<?cs var:s.action ?>"<?cs if:Form.action == s.action || (!Form.action && first(s)) ?> checked<?cs /if ?>><label for="f-action-<?cs var:s.action ?>"><?cs var:s.label ?></label></span><?cs /each ?>
      <p class="hint">对评测机构的验收意见有异议（如现场核查不充分、结论与材料不符）的，可退回评测机构修改后重新出具；退回时在下方写明理由，无须填写日期。</p>
      <?cs call:field_errmsg("action") ?>
    </fieldset>
    <?cs else ?><input type="hidden" name="action" value="<?cs var:Steps.0.action ?>"><?cs /if ?>
    <?cs if:Steps.0.reason ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">县（市、区）工信主管部门意见<?cs if:subcount(Steps) > 1 ?>（退回时为退回理由）<?cs /if ?><span class="req" aria-hidden="true">*</span></label>
      <textarea id="f-opinion" name="opinion" rows="4" maxlength="2000"><?cs var:Form.opinion ?></textarea><?cs call:field_errmsg("opinion") ?></div>
    <?cs /if ?>
    <?cs if:Steps.0.date ?><?cs call:text("act_date", "日期", "date", 1, 0, "不晚于今天") ?><?cs /if ?>
    <?cs if:Steps.0.action == "close" ?><p class="hint">整改期满，企业未再次申请验收：关闭后项目验收未通过，不能再申请。</p><?cs /if ?>
    <?cs /if ?>
    <div class="actions"><button type="submit" class="primary">提交</button></div>
  </form>
</section>
<?cs /if ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
