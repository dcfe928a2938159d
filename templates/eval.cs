<?cs set:Page.Title = "水平评测" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs include:"stage_steps.cs" ?>
<?cs def:score(n, label, max) ?><?cs call:text(n, label + "得分（满分 " + max + " 分）", "text", 1, 7, "0 至 " + max + "，最多两位小数") ?><?cs /def ?>
<?cs call:stage_head("eval", "水平评测") ?>
  <p class="lead">由政府采购的第三方评测机构，以现场及书面审核两种形式，根据《中小企业数字化水平评测指标》（2024版）从数字化基础、数字化经营、数字化管理、数字化成效四个维度评定改造后的数字化水平等级，出具评测报告；市工信局复核认定评测结果（实施细则 第四章（四））。</p>
  <p class="hint" id="rule">等级认定规则（本批次参数）：总分 ≥ <?cs var:Rule.band4 ?> 为四级；<?cs var:Rule.band3 ?> ≤ 总分 &lt; <?cs var:Rule.band4 ?> 为三级；<?cs var:Rule.band2 ?> ≤ 总分 &lt; <?cs var:Rule.band3 ?> 为二级；<?cs var:Rule.band1 ?> ≤ 总分 &lt; <?cs var:Rule.band2 ?> 为一级；总分 &lt; <?cs var:Rule.band1 ?> 无等级。相邻两级共用的端点计入较高一级。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:App.return_reason_shown ?><div class="error-summary" role="alert"><strong>市复核退回，原因：</strong><p class="reason"><?cs var:App.return_reason_shown ?></p></div><?cs /if ?>
  <?cs with:e = Eval.0 ?>
  <?cs if:e.evaluator ?>
  <table class="kv">
    <tr><th>评测机构</th><td><?cs var:e.evaluator ?>（统一社会信用代码 <?cs var:e.evaluator_code ?>）</td></tr>
    <tr><th>数字化基础（满分 <?cs var:Rule.max_basis ?>）</th><td><?cs var:e.s_basis ?></td></tr>
    <tr><th>数字化经营（满分 <?cs var:Rule.max_operation ?>）</th><td><?cs var:e.s_operation ?></td></tr>
    <tr><th>数字化管理（满分 <?cs var:Rule.max_management ?>）</th><td><?cs var:e.s_management ?></td></tr>
    <tr><th>数字化成效（满分 <?cs var:Rule.max_results ?>）</th><td><?cs var:e.s_results ?></td></tr>
    <tr><th>总分</th><td><?cs var:e.total ?></td></tr>
    <tr><th>数字化水平等级</th><td><?cs if:e.level_label ?><strong><?cs var:e.level_label ?></strong>（按上述规则由总分认定）<?cs else ?>—<?cs /if ?></td></tr>
    <tr><th>现场评测日期</th><td><?cs var:e.visited ?></td></tr>
    <tr><th>评测报告</th><td><?cs if:e.report > 0 ?><a href="/cgi-bin/file.cgi?id=<?cs var:e.report ?>"><?cs var:e.report_name ?></a><?cs else ?>尚未提交<?cs /if ?></td></tr>
  </table>
  <?cs else ?><p class="hint">市工信局尚未分配评测机构。</p><?cs /if ?>
  <?cs /with ?>
</section>
<?cs if:subcount(Steps) > 0 ?>
<?cs call:step_form("eval", "复核认定", "复核结论") ?>
    <?cs if:subcount(Steps) > 1 ?>
    <div class="field<?cs if:Err.opinion ?> invalid<?cs /if ?>"><label for="f-opinion">复核意见</label>
      <textarea id="f-opinion" name="opinion" rows="4" maxlength="2000" aria-describedby="h-opinion"><?cs var:Form.opinion ?></textarea>
      <p class="hint" id="h-opinion">退回时须填写理由，评测机构按意见修改后重新提交。</p><?cs call:field_errmsg("opinion") ?></div>
    <?cs /if ?>
    <?cs if:Steps.0.action == "assign" ?>
    <div class="field<?cs if:Err.evaluator ?> invalid<?cs /if ?>">
      <label for="f-evaluator">评测机构<span class="req" aria-hidden="true">*</span></label>
      <select id="f-evaluator" name="evaluator" aria-describedby="h-evaluator<?cs if:Err.evaluator ?> e-evaluator<?cs /if ?>"><option value="">请选择</option>
        <?cs each:v = Evaluators ?><option value="<?cs var:v.id ?>"<?cs if:Form.evaluator == v.id ?> selected<?cs /if ?>><?cs var:v.name ?>（<?cs var:v.code ?>）</option><?cs /each ?>
      </select>
      <p class="hint" id="h-evaluator">回避：不得分配给本项目服务商所在单位或试点企业本身。</p>
      <?cs call:field_errmsg("evaluator") ?>
    </div>
    <?cs elif:Steps.0.action == "score" ?>
    <?cs call:score("s_basis", "数字化基础", Rule.max_basis) ?>
    <?cs call:score("s_operation", "数字化经营", Rule.max_operation) ?>
    <?cs call:score("s_management", "数字化管理", Rule.max_management) ?>
    <?cs call:score("s_results", "数字化成效", Rule.max_results) ?>
    <p class="hint">总分为四个维度之和，等级按上方规则由总分认定。</p>
    <?cs call:text("act_date", "现场评测日期", "date", 1, 0, "组织专家现场实勘评审的日期，不晚于今天") ?>
    <?cs call:file_field("中小企业数字化水平评测报告", "") ?>
    <?cs /if ?>
<?cs call:step_form_end() ?>
<?cs /if ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
