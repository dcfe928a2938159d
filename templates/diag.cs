<?cs set:Page.Title = "咨询诊断" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs include:"stage_steps.cs" ?>
<?cs call:stage_head("diag", "咨询诊断") ?>
  <p class="lead">试点企业与数字化转型服务商签订咨询诊断服务协议；服务商深入企业现场开展咨询诊断，协助企业开展改造前数字化水平自测，并在完成咨询诊断服务工作两周内出具咨询诊断报告；企业如实填写满意度评价表并加盖公章；专家组织评审并出具验收意见（实施细则 第四章（二））。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:App.return_reason_shown ?><div class="error-summary" role="alert"><strong>诊断验收退回，原因：</strong><p class="reason"><?cs var:App.return_reason_shown ?></p></div><?cs /if ?>
  <?cs with:d = Diag.0 ?>
  <?cs if:d.provider ?>
  <table class="kv">
    <tr><th>服务商</th><td><?cs var:d.provider ?>（统一社会信用代码 <?cs var:d.provider_code ?>；联系人 <?cs var:d.provider_contact ?> <?cs var:d.provider_mobile ?>）</td></tr>
    <tr><th>咨询诊断服务协议</th><td><a href="/cgi-bin/file.cgi?id=<?cs var:d.agreement ?>"><?cs var:d.agreement_name ?></a></td></tr>
    <tr><th>完成咨询诊断服务日期</th><td><?cs if:d.completed ?><?cs var:d.completed ?><?cs else ?>尚未完成<?cs /if ?></td></tr>
    <tr><th>诊断报告提交期限</th><td><?cs if:d.due ?><?cs var:d.due ?>（完成服务后 <?cs var:d.days ?> 天内）<?cs if:d.overdue > 0 ?> <span class="badge late">已逾期 <?cs var:d.overdue ?> 天，未提交</span><?cs elif:d.late > 0 ?> <span class="badge late">逾期提交</span><?cs elif:!d.report && d.days_left >= 0 ?> <span class="badge">剩余 <?cs var:d.days_left ?> 天</span><?cs /if ?><?cs else ?>完成服务后起算<?cs /if ?></td></tr>
    <tr><th>咨询诊断报告</th><td><?cs if:d.report > 0 ?><a href="/cgi-bin/file.cgi?id=<?cs var:d.report ?>"><?cs var:d.report_name ?></a>（<?cs var:d.reported ?> 提交）<?cs else ?>尚未提交<?cs /if ?></td></tr>
    <tr><th>改造前数字化水平（自评测）</th><td><?cs if:d.level_label ?><?cs var:d.level_label ?><?cs else ?>—<?cs /if ?></td></tr>
    <tr><th>企业满意度评价表</th><td><?cs if:d.satisfaction > 0 ?><a href="/cgi-bin/file.cgi?id=<?cs var:d.satisfaction ?>"><?cs var:d.satisfaction_name ?></a><?cs else ?>尚未上传<?cs /if ?></td></tr>
    <tr><th>企业对服务商的评价</th><td><?cs if:d.rating_label ?><?cs var:d.rating_label ?><?cs else ?>—<?cs /if ?></td></tr>
  </table>
  <?cs else ?><p class="hint">企业尚未选定服务商。</p><?cs /if ?>
  <?cs /with ?>
  <?cs if:Party.app ?><p class="actions"><a class="button" href="<?cs var:Party.href ?>"><?cs if:Party.open == "1" ?>填写<?cs else ?>查看<?cs /if ?><?cs var:Party.stage ?>申请表（服务商共同填写部分）</a></p><?cs /if ?>
</section>
<?cs if:subcount(Steps) > 0 ?>
<?cs call:step_form("diag", "诊断验收", "验收结论") ?>
    <?cs if:Steps.0.action == "choose" ?>
    <div class="field<?cs if:Err.provider ?> invalid<?cs /if ?>">
      <label for="f-provider">服务商<span class="req" aria-hidden="true">*</span></label>
      <select id="f-provider" name="provider" aria-describedby="h-provider<?cs if:Err.provider ?> e-provider<?cs /if ?>"><option value="">请选择</option>
        <?cs each:p = Providers ?><option value="<?cs var:p.id ?>"<?cs if:Form.provider == p.id ?> selected<?cs /if ?>><?cs var:p.name ?>（<?cs var:p.services ?>）</option><?cs /each ?>
      </select>
      <p class="hint" id="h-provider">本市审核通过的数字化转型服务商（<a href="/cgi-bin/providers.cgi">服务商名录</a>）。</p>
      <?cs call:field_errmsg("provider") ?>
    </div>
    <?cs call:file_field("咨询诊断服务协议（双方签署）", "《长春市中小企业数字化转型城市试点咨询诊断服务协议》签署后的扫描件。") ?>
    <?cs elif:Steps.0.action == "complete" ?>
    <?cs call:text("act_date", "完成咨询诊断服务日期", "date", 1, 0, "不晚于今天；咨询诊断报告须在此后两周内提交（实施细则 第四章（二）1（4））") ?>
    <?cs elif:Steps.0.action == "report" ?>
    <?cs call:radios("level_before", "改造前数字化水平（自评测，《中小企业数字化水平评测指标》2024年版）", Choices.level_before) ?>
    <?cs call:file_field("咨询诊断报告", "包括企业基本情况、数字化水平诊断分析、转型方案建议、产品和服务推荐、自评测等附件。") ?>
    <?cs elif:Steps.0.action == "rate" ?>
    <?cs call:radios("rating", "对服务商的评价", Choices.rating) ?>
    <?cs call:file_field("企业满意度评价表（加盖公章）", "汇报诊断成果后如实填写并加盖公章的扫描件。") ?>
    <?cs else ?>
    <?cs call:text("act_date", "验收日期", "date", 1, 0, "专家组评审、出具验收意见的日期，不晚于今天") ?>
    <?cs call:text("meeting", "验收会议", "text", 1, 200, "例如：咨询诊断专家验收会") ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">验收意见</label>
      <textarea id="f-opinion" name="opinion" rows="4" maxlength="2000" aria-describedby="h-opinion"><?cs var:Form.opinion ?></textarea>
      <p class="hint" id="h-opinion">退回时须填写理由，服务商按意见修改诊断报告后重新提交。</p><?cs call:field_errmsg("opinion") ?></div>
    <?cs /if ?>
<?cs call:step_form_end() ?>
<?cs /if ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
