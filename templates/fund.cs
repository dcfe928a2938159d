<?cs set:Page.Title = "资金申报" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs include:"stage_steps.cs" ?>
<?cs include:"fund_record.cs" ?>
<?cs call:stage_head("fund", "资金申报") ?>
  <p class="lead">市工信主管部门下发资金申报通知－企业自主申报－第三方审计机构专项审计－县（市）区名单汇总－专家评审、集体决策－市工信主管部门核定公布－专项资金拨付（实施细则 第四章（六））。</p>
  <p><?cs if:User.Role != "auditor" ?><a href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>">查看资金申报书</a> · <?cs /if ?><?cs if:App.submitted_no > 0 && User.Role != "auditor" ?><a href="/cgi-bin/ent_print.cgi?id=<?cs var:App.id ?>">打印资金申报书（最近提交的版本）</a><?cs elif:App.submitted_no == 0 ?>企业尚未提交资金申报书。<?cs /if ?></p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:App.return_reason_shown ?><div class="error-summary" role="alert"><strong>县（市）区退回：</strong><p class="reason"><?cs var:App.return_reason_shown ?></p></div><?cs /if ?>
</section>
<?cs if:App.submitted_no > 0 ?>
<section class="card" id="applied">
  <h2>企业申报的改造投入</h2>
  <table class="kv">
    <tr><th>改造项目名称</th><td><?cs var:Applied.u_project ?></td></tr>
    <tr><th>改造合同金额合计</th><td><?cs var:Applied.u_contract ?> 万元</td></tr>
    <tr><th>已取得发票金额合计</th><td><?cs var:Applied.u_invoice ?> 万元</td></tr>
    <tr><th>已付款金额合计（付款凭证）</th><td><?cs var:Applied.u_paid ?> 万元</td></tr>
    <tr><th>申请审计核定的改造投入</th><td><strong><?cs var:Applied.u_applied ?> 万元</strong>（<?cs var:Fund.applied ?> 元）</td></tr>
  </table>
  <?cs if:subcount(Files) > 0 ?>
  <table class="list"><thead><tr><th>财务资料</th><th>文件</th><th>上传时间</th></tr></thead><tbody>
  <?cs each:f = Files ?><tr><td><?cs each:k = FileKinds ?><?cs if:k.key == f.kind ?><?cs var:k.label ?><?cs /if ?><?cs /each ?><?cs if:f.kind == "audit_report" ?>专项审计报告<?cs /if ?></td><td><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.filename ?></a>（<?cs var:f.size_h ?>）</td><td><?cs var:f.at ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs /if ?>
<?cs call:fund_record() ?>
<?cs if:subcount(Steps) > 0 ?>
<?cs call:step_form("fund", "办理", "办理结果") ?>
    <?cs if:Steps.0.action == "audit_assign" ?>
    <div class="field<?cs if:Err.auditor ?> invalid<?cs /if ?>">
      <label for="f-auditor">审计机构<span class="req" aria-hidden="true">*</span></label>
      <select id="f-auditor" name="auditor" aria-describedby="h-auditor<?cs if:Err.auditor ?> e-auditor<?cs /if ?>"><option value="">请选择</option>
        <?cs each:v = Auditors ?><option value="<?cs var:v.id ?>"<?cs if:Form.auditor == v.id ?> selected<?cs /if ?>><?cs var:v.name ?>（<?cs var:v.code ?>）</option><?cs /each ?>
      </select>
      <p class="hint" id="h-auditor">回避：不得分配给试点企业本身或本项目服务商所在单位。审计机构账户在“评测、审计机构”页开通。</p>
      <?cs call:field_errmsg("auditor") ?>
    </div>
    <?cs elif:Steps.0.action == "audit" ?>
    <?cs call:text("contract_yuan", "审计核实的合同金额（元）", "text", 1, 14, "整数，单位：元") ?>
    <?cs call:text("invoice_yuan", "审计核实的发票金额（元）", "text", 1, 14, "整数，单位：元") ?>
    <?cs call:text("paid_yuan", "审计核实的已付款金额（元，以付款凭证为准）", "text", 1, 14, "整数，单位：元") ?>
    <?cs call:text("audited_yuan", "审计核定的改造支出（元）", "text", 1, 14, "整数，单位：元；不超过企业申报的改造投入（" + Fund.applied + " 元）及上面三项金额") ?>
    <?cs call:text("act_date", "专项审计报告日期", "date", 1, 0, "不晚于今天") ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">审计意见</label>
      <textarea id="f-opinion" name="opinion" rows="4" maxlength="2000"><?cs var:Form.opinion ?></textarea><?cs call:field_errmsg("opinion") ?></div>
    <?cs call:file_field("专项审计报告", "《企业数字化改造项目专项审计报告》（盖章）。") ?>
    <?cs else ?>
    <?cs if:Steps.0.date ?><?cs call:text("act_date", "日期（专家评审、集体决策或公布之日）", "date", 1, 0, "不晚于今天") ?><?cs /if ?>
    <?cs if:Steps.0.meeting ?><?cs call:text("meeting", "会议（专家评审会、局长办公会等）", "text", 1, 200, "") ?><?cs /if ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">意见<?cs if:Steps.0.reason && subcount(Steps) == 1 ?><span class="req" aria-hidden="true">*</span><?cs /if ?></label>
      <textarea id="f-opinion" name="opinion" rows="4" maxlength="2000" aria-describedby="h-opinion"><?cs var:Form.opinion ?></textarea>
      <p class="hint" id="h-opinion">退回、不予补贴时须写明理由。</p><?cs call:field_errmsg("opinion") ?></div>
    <?cs /if ?>
<?cs call:step_form_end() ?>
<?cs /if ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
