<?cs # 长春's 资金申报 record (fund.cs, cc_fund.cs): the standing, the 专项审计, the 补贴 by the rule set ?>
<?cs def:fund_record() ?>
<section class="card" id="fund-record">
  <h2>申报条件与专项审计</h2>
  <table class="kv">
    <tr><th>改造项目验收</th><td><?cs if:Fund.accept_passed ?>已通过<?cs else ?><strong>尚未通过</strong><?cs /if ?></td></tr>
    <tr><th>水平评测认定等级</th><td><strong><?cs var:Fund.level_label ?></strong>（改造后达到数字化水平二级及以上的试点企业可提交资金补贴申请，实施细则 第四章（六）1（1））</td></tr>
    <?cs if:Fund.refusal ?><tr><th>申报资格</th><td><strong class="err"><?cs var:Fund.refusal ?></strong></td></tr><?cs /if ?>
    <tr><th>审计机构</th><td><?cs if:Audit.0.auditor ?><?cs var:Audit.0.auditor ?>（<?cs var:Audit.0.assigned_on ?> 分配）<?cs else ?>尚未分配<?cs /if ?></td></tr>
    <?cs if:Audit.0.audited_on ?>
    <tr><th>专项审计报告</th><td><a href="/cgi-bin/file.cgi?id=<?cs var:Audit.0.report ?>"><?cs var:Audit.0.report_name ?></a>（<?cs var:Audit.0.audited_on ?>）</td></tr>
    <tr><th>审计核实的合同金额</th><td><?cs var:Audit.0.contract ?> 元</td></tr>
    <tr><th>审计核实的发票金额</th><td><?cs var:Audit.0.invoice ?> 元</td></tr>
    <tr><th>审计核实的已付款金额（付款凭证）</th><td><?cs var:Audit.0.paid ?> 元</td></tr>
    <tr><th>企业申报的改造投入</th><td><?cs var:Audit.0.applied ?> 元</td></tr>
    <tr><th>审计核定的改造支出</th><td><strong><?cs var:Audit.0.audited ?> 元</strong></td></tr>
    <?cs if:Audit.0.opinion ?><tr><th>审计意见</th><td class="reason"><?cs var:Audit.0.opinion ?></td></tr><?cs /if ?>
    <?cs /if ?>
  </table>
  <?cs if:Fund.amount ?>
  <h3>核定的补贴金额</h3>
  <p><strong id="fund-amount"><?cs var:Fund.amount ?> 元</strong>（<?cs var:Fund.amount_wan ?> 万元，<?cs var:Fund.decided_on ?> 集体决策核定；规则 <?cs var:Fund.ruleset ?>）</p>
  <p class="reason"><?cs var:Fund.why ?></p>
  <?cs elif:?Fund.preview ?>
  <h3>按资金规则测算的补贴金额</h3>
  <p><strong id="fund-preview"><?cs var:Fund.preview ?> 元</strong>（<?cs var:Fund.preview_wan ?> 万元；市集体决策核定后生效）</p>
  <p class="reason"><?cs var:Fund.preview_why ?></p>
  <?cs /if ?>
</section>
<?cs /def ?>
