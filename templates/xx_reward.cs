<?cs set:Page.Title = "奖励（免申即享）" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:lvname(v) ?><?cs if:v == 0 ?>无等级<?cs elif:v == 1 ?>一级<?cs elif:v == 2 ?>二级<?cs elif:v == 3 ?>三级<?cs else ?>四级<?cs /if ?><?cs /def ?>
<?cs if:App.id ?>
<section class="card">
  <h1><?cs var:App.org ?> <small class="count"><?cs var:Batch.title ?></small></h1>
  <p><span class="badge"><?cs var:App.state_label ?></span></p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs call:error_summary() ?>
  <dl class="facts">
    <dt>统一社会信用代码</dt><dd><?cs var:Reward.code ?></dd>
    <dt>评定</dt><dd><?cs var:Reward.year ?>年 <?cs call:lvname(Reward.level) ?>，<?cs var:Reward.category_label ?>，第<?cs var:Reward.batch_no ?>批</dd>
    <dt>营业收入</dt><dd><?cs var:Reward.year ?>年 <?cs var:Reward.base ?>元；评定后第一个自然年度 <?cs var:Reward.next ?>元</dd>
    <dt>此前按本规则已审定的奖励</dt><dd><?cs var:Reward.paid ?>元</dd>
    <dt>奖励金额</dt><dd><strong><?cs var:Reward.amount ?>元</strong><?cs if:Reward.refused ?>（不予支持：<?cs var:Reward.refused ?>）<?cs /if ?></dd>
    <?cs if:Reward.decided_on ?><dt>管委会审定</dt><dd><?cs var:Reward.decided_on ?>，确定奖励 <?cs var:Reward.decided_amount ?>元</dd><?cs /if ?>
    <?cs each:u = Pubs ?><dt>公示期</dt><dd><?cs var:u.start ?> 至 <?cs var:u.end ?>（<?cs var:u.days ?>个工作日）</dd><?cs /each ?>
  </dl>
  <h2>测算说明</h2>
  <div class="reason"><?cs var:Reward.why ?></div>
</section>
<?cs if:subcount(Decisions) > 0 ?>
<section class="card">
  <h2>考察核实和审定记录</h2>
  <table class="list"><thead><tr><th>事项</th><th>日期</th><th>会议</th><th>意见</th></tr></thead><tbody>
  <?cs each:d = Decisions ?><tr><td><?cs var:d.label ?></td><td><?cs var:d.on ?></td><td><?cs var:d.meeting ?></td><td><?cs var:d.opinion ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs /if ?>
<?cs each:x = Actions ?>
<section class="card">
  <h2><?cs var:x.label ?></h2>
  <form data-autosave="xx_reward-<?cs var:App.id ?>-<?cs var:x.op ?>" method="post" action="/cgi-bin/xx_reward.cgi?id=<?cs var:App.id ?>" novalidate<?cs if:x.op == "drop" ?> data-confirm="确定将该企业移出奖励建议名单？"<?cs /if ?>>
    <?cs call:csrf() ?><input type="hidden" name="op" value="<?cs var:x.op ?>"><input type="hidden" name="version" value="<?cs var:App.version ?>">
    <?cs if:x.date ?><div class="field"><label for="f-act_date-<?cs var:x.op ?>">核实日期<span class="req" aria-hidden="true">*</span></label>
      <input id="f-act_date-<?cs var:x.op ?>" name="act_date" type="date" value="<?cs var:Form.act_date ?>" required><p class="hint">召集成员部门深入企业核实的日期，不晚于今天</p></div><?cs /if ?>
    <div class="field"><label for="f-opinion-<?cs var:x.op ?>"><?cs if:x.op == "drop" ?>移出理由<?cs else ?>核实情况<?cs /if ?><span class="req" aria-hidden="true">*</span></label>
      <textarea id="f-opinion-<?cs var:x.op ?>" name="opinion" maxlength="2000" required><?cs if:Form.op == x.op ?><?cs var:Form.opinion ?><?cs /if ?></textarea></div>
    <div class="actions"><button type="submit" class="<?cs if:x.op == "drop" ?>danger<?cs else ?>primary<?cs /if ?>"><?cs var:x.label ?></button></div>
  </form>
</section>
<?cs /each ?>
<section class="card">
  <h2>办理记录</h2>
  <ol class="timeline"><?cs each:e = Events ?><li><?cs var:e.at ?> <?cs var:e.who ?> <?cs var:e.action_label ?><?cs if:e.to_label ?> → <?cs var:e.to_label ?><?cs /if ?><?cs if:e.opinion ?>：<?cs var:e.opinion ?><?cs /if ?></li><?cs /each ?></ol>
  <p><?cs if:User.Role == "city" ?><a href="/cgi-bin/xx_round.cgi?batch=<?cs var:Batch.id ?>">返回奖励建议名单</a><?cs else ?><a href="/cgi-bin/xx_reward.cgi">我的全部奖励</a><?cs /if ?></p>
</section>
<?cs else ?>
<section class="card">
  <h1>我的奖励（免申即享）</h1>
  <p class="lead">新乡经开区按照“免申即享”原则，根据考核小组评定的数字化水平等级和营业收入测算奖励，企业无需申请（行动计划 第二十一条）。以下是本企业的奖励及测算说明。</p>
  <?cs if:subcount(Mine) == 0 ?><p class="panel">暂无奖励记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>奖励轮次</th><th>评定年度</th><th>奖励金额（元）</th><th>状态</th><th>审定日期</th><th>测算说明</th></tr></thead><tbody>
  <?cs each:m = Mine ?><tr><td><a href="/cgi-bin/xx_reward.cgi?id=<?cs var:m.id ?>"><?cs var:m.round ?></a></td><td><?cs var:m.year ?>年</td><td class="num"><?cs var:m.amount ?></td><td><?cs var:m.state_label ?></td><td><?cs var:m.decided_on ?></td>
    <td><details><summary>查看</summary><div class="reason"><?cs var:m.why ?></div></details></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
