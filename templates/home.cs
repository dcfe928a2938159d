<?cs set:Page.Title = "首页" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:todo_list() ?>
<section class="card todo" aria-labelledby="todo-h">
  <h2 id="todo-h">待办事项</h2>
  <?cs if:subcount(Todo) == 0 ?><p>目前没有等待您办理的事项。</p>
  <?cs else ?>
  <ul class="todo-list">
  <?cs each:t = Todo ?>
    <li><a href="<?cs var:t.href ?>"><strong><?cs var:t.label ?></strong> <span class="n"><?cs var:t.count ?> 件</span></a>
      <span class="hint"><?cs var:t.programme ?><?cs if:t.stage ?> · <?cs var:t.stage ?><?cs /if ?> · 可办理：<?cs var:t.actions ?></span>
      <?cs if:t.deadline ?><span class="due<?cs if:t.days_left < 4 ?> soon<?cs /if ?>">截止 <?cs var:t.deadline ?>，<?cs if:t.days_left == 0 ?>今天截止<?cs else ?>还剩 <?cs var:t.days_left ?> 天<?cs /if ?></span><?cs /if ?></li>
  <?cs /each ?>
  </ul>
  <?cs /if ?>
</section>
<?cs /def ?>
<h1><?cs var:User.Name ?></h1>
<?cs if:User.Role == "province" || User.Role == "city" || User.Role == "county" || User.Role == "provider" || User.Role == "evaluator" || User.Role == "auditor" ?><?cs call:todo_list() ?><?cs /if ?>
<?cs if:Money.Double.count > 0 ?><p class="error-summary" role="alert"><a href="/cgi-bin/payments.cgi?show=double"><?cs var:Money.Double.count ?> 家单位在多个项目中均有资金决定</a>，请核对是否重复享受（就高不重复）。</p><?cs /if ?>
<?cs if:User.Role == "finance" ?>
<p class="lead">财政局 · <?cs var:User.RegionName ?>：本地区已决定的资金、拨付与追回。</p>
<section class="card todo" aria-labelledby="todo-h">
  <h2 id="todo-h">待办事项</h2>
  <?cs each:c = Cosign ?><p><a href="/cgi-bin/<?cs var:c.page ?>.cgi?batch=<?cs var:c.batch_id ?>"><strong>待确认<?cs var:c.title ?>名单</strong> <span class="n"><?cs var:c.count ?> 项</span></a> <span class="hint"><?cs var:c.batch ?> · 联合行文</span></p><?cs /each ?>
  <?cs if:Money.Todo.count == 0 ?><p>目前没有等待拨付的资金。</p>
  <?cs else ?>
  <p><a href="/cgi-bin/payments.cgi?show=unpaid"><strong>待拨付</strong> <span class="n"><?cs var:Money.Todo.count ?> 项</span></a>，未拨付合计 <strong><?cs var:Money.Todo.left ?></strong> 万元。</p>
  <div class="table-scroll"><table class="list"><thead><tr><th>收款单位</th><th>批次</th><th>决定日期</th><th class="num">决定金额（万元）</th><th class="num">未拨付（万元）</th></tr></thead><tbody>
  <?cs each:t = Money.Todo.Items ?><tr><td><a href="/cgi-bin/payments.cgi?id=<?cs var:t.id ?>"><?cs var:t.name ?></a></td><td><?cs var:t.batch ?></td><td><?cs var:t.on ?></td>
    <td class="num"><?cs var:t.decided ?></td><td class="num"><?cs var:t.left ?></td></tr><?cs /each ?>
  </tbody></table></div>
  <?cs /if ?>
</section>
<div class="actions"><a class="button primary" href="/cgi-bin/payments.cgi">资金拨付</a> <a class="button" href="/cgi-bin/payments.cgi?format=print">资金安排与拨付汇总表</a> <a class="button" href="/cgi-bin/subsidy.cgi">资金规则与测算</a></div>
<?cs /if ?>
<?cs if:User.Role == "province" ?>
<p class="lead">自治区工信厅管理全区的账户、审核部门和评审专家。</p>
<div class="tiles">
  <a class="tile" href="/cgi-bin/orgs.cgi?role=platform"><span class="n"><?cs var:#Home.Accounts.platform.active ?></span><span class="t">已注册服务平台</span></a>
  <a class="tile" href="/cgi-bin/orgs.cgi?role=enterprise"><span class="n"><?cs var:#Home.Accounts.enterprise.active ?></span><span class="t">已注册中小企业</span></a>
  <a class="tile<?cs if:Home.NewApplicants > 0 ?> warn<?cs /if ?>" href="/cgi-bin/accounts.cgi?role=applicant&amp;recent=1"><span class="n"><?cs var:Home.NewApplicants ?></span><span class="t">近7天新注册申报单位</span></a>
  <a class="tile" href="/cgi-bin/accounts.cgi?role=county"><span class="n"><?cs var:#Home.Accounts.county.active ?></span><span class="t">旗县区审核账户</span></a>
  <a class="tile" href="/cgi-bin/accounts.cgi?role=city"><span class="n"><?cs var:#Home.Accounts.city.active ?></span><span class="t">盟市审核账户</span></a>
  <a class="tile" href="/cgi-bin/accounts.cgi?role=expert"><span class="n"><?cs var:#Home.Accounts.expert.active ?></span><span class="t">评审专家</span></a>
  <a class="tile<?cs if:Home.Disabled > 0 ?> warn<?cs /if ?>" href="/cgi-bin/accounts.cgi?status=disabled"><span class="n"><?cs var:Home.Disabled ?></span><span class="t">已停用账户</span></a>
  <a class="tile" href="/cgi-bin/accounts.cgi?status=must_change"><span class="n"><?cs var:Home.MustChange ?></span><span class="t">待修改初始密码</span></a>
</div>
<div class="actions">
  <a class="button primary" href="/cgi-bin/account.cgi">开通审核/专家/财政账户</a>
  <a class="button" href="/cgi-bin/audit.cgi">查看审计日志</a>
</div>
<?cs elif:User.Role == "city" || User.Role == "county" ?>
<p class="lead">本<?cs if:User.Role == "city" ?><?cs call:city_word() ?><?cs else ?><?cs call:county_word() ?><?cs /if ?>（<?cs var:User.RegionName ?>）的申报单位与审核工作。</p>
<div class="tiles">
  <a class="tile" href="/cgi-bin/orgs.cgi"><span class="n"><?cs var:Home.Orgs ?></span><span class="t">辖区内申报单位</span></a>
  <a class="tile<?cs if:Home.NewOrgs > 0 ?> warn<?cs /if ?>" href="/cgi-bin/orgs.cgi?recent=1"><span class="n"><?cs var:Home.NewOrgs ?></span><span class="t">近7天新注册</span></a>
  <?cs if:User.Role == "city" && Home.Counties > 0 ?><div class="tile"><span class="n"><?cs var:Home.Counties ?></span><span class="t">所辖<?cs call:county_word() ?></span></div><?cs /if ?>
</div>
<?cs elif:User.Role == "expert" ?>
<p class="lead">评审专家只能看到自治区工信厅分配给本人的申报材料。评审前须声明无利益冲突。</p>
<?cs if:subcount(Home.Tasks) == 0 ?><div class="panel"><p>目前没有分配给您的评审任务。</p></div>
<?cs else ?>
<section class="card">
  <h2>待办 <small class="count"><?cs var:Home.TasksTodo ?> 项评审任务待完成</small></h2>
  <table class="list"><thead><tr><th>服务平台</th><th>细分行业</th><th>状态</th></tr></thead><tbody>
  <?cs each:t = Home.Tasks ?><tr><td><a href="/cgi-bin/score.cgi?a=<?cs var:t.id ?>"><?cs var:t.org ?></a></td><td><?cs var:t.sub ?></td>
    <td><?cs if:t.submitted == "1" ?>已评分<?cs elif:t.declared == "1" ?>待评分<?cs else ?>待声明无利益冲突<?cs /if ?></td></tr><?cs /each ?>
  </tbody></table>
  <div class="actions"><a class="button" href="/cgi-bin/score.cgi">我的评审</a></div>
</section>
<?cs /if ?>
<?cs elif:User.Role == "provider" ?>
<p class="lead">数字化转型服务商 · <?cs var:Home.Provider.0.city ?> <?cs var:Home.Provider.0.county ?></p>
<section class="card">
  <h2>注册审核</h2>
  <?cs if:Home.Provider.0.state == "approved" ?><p class="flash">市工信局已审核通过（<?cs var:Home.Provider.0.decided ?>），试点企业可以选择贵单位。</p>
  <?cs elif:Home.Provider.0.state == "refused" ?><p class="error-summary">市工信局未通过贵单位的注册。理由：<?cs var:Home.Provider.0.reason ?></p>
  <?cs else ?><p>注册信息已提交<?cs var:Home.Provider.0.city ?>工业和信息化局，审核通过后试点企业方可选择贵单位。</p><?cs /if ?>
  <dl class="facts"><dt>单位名称</dt><dd><?cs var:Home.Provider.0.name ?></dd><dt>统一社会信用代码</dt><dd><?cs var:Home.Provider.0.credit_code ?></dd>
    <dt>主要服务领域</dt><dd><?cs var:Home.Provider.0.services ?></dd></dl>
</section>
<?cs if:Home.App.id || Home.Open.id ?>
<section class="card">
  <h2>奖励申报</h2>
  <?cs if:Home.App.id ?>
  <p><?cs var:Home.App.batch ?>：<span class="badge state-<?cs var:Home.App.state ?>"><?cs var:Home.App.state_label ?></span>
    <?cs if:Home.App.state == "draft" || Home.App.state == "returned" ?>，请于 <?cs var:Home.App.deadline ?> 前完成并提交<?cs /if ?></p>
  <?cs if:Home.App.state == "returned" && Home.App.reason ?><div class="error-summary"><strong>退回待修改</strong>，退回原因：<p class="reason"><?cs var:Home.App.reason ?></p></div><?cs /if ?>
  <div class="actions"><a class="button primary" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:Home.App.id ?>">打开<?cs var:Prog.document ?></a></div>
  <?cs else ?>
  <p><?cs var:Home.Open.title ?> 正在申报（以本单位名义申报服务商类奖励），截止日期 <?cs var:Home.Open.applicant_deadline ?>。</p>
  <div class="actions"><a class="button primary" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi">开始申报</a></div>
  <?cs /if ?>
</section>
<?cs /if ?>
<?cs elif:User.Role == "finance" ?>
<?cs elif:User.Role == "evaluator" ?>
<p class="lead">第三方评测机构只能看到市工信局分配给本机构的评测和验收项目。</p>
<p><a href="/cgi-bin/eval.cgi">分配给本机构的水平评测项目</a></p>
<?cs elif:User.Role == "auditor" ?>
<p class="lead">第三方审计机构只能看到市工信局分配给本机构的资金申报项目：对合同、发票、付款凭证等财务资料进行审计，出具专项审计报告（实施细则 第四章（六）1（2））。</p>
<p><a href="/cgi-bin/fund.cgi">分配给本机构的专项审计项目</a></p>
<?cs else ?>
<p class="lead"><?cs var:User.RoleLabel ?> · <?cs var:Home.Org.0.city ?> <?cs var:Home.Org.0.county ?></p>
<?cs if:User.Role == "platform" || User.Role == "enterprise" ?>
<section class="card">
  <h2>我的申报</h2>
  <?cs if:Home.App.stage ?>
  <p><?cs var:Home.App.batch ?> · 当前阶段：<strong><?cs var:Home.App.stage ?></strong>：<span class="badge state-<?cs var:Home.App.state ?>"><?cs var:Home.App.state_label ?></span></p>
  <div class="actions"><a class="button primary" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:Home.App.id ?>">办理<?cs var:Home.App.stage ?></a></div>
  <?cs elif:Home.App.id ?>
  <p><?cs var:Home.App.batch ?>：<span class="badge state-<?cs var:Home.App.state ?>"><?cs var:Home.App.state_label ?></span>
    <?cs if:Home.App.state == "draft" || Home.App.state == "returned" ?>，请于 <?cs var:Home.App.deadline ?> 前完成并提交<?cs if:Home.App.days_left >= 0 ?>（<span class="due<?cs if:Home.App.days_left < 4 ?> soon<?cs /if ?>"><?cs if:Home.App.days_left == 0 ?>今天截止<?cs else ?>还剩 <?cs var:Home.App.days_left ?> 天<?cs /if ?></span>）<?cs /if ?><?cs /if ?></p>
  <?cs if:Home.App.state == "returned" && Home.App.reason ?><div class="error-summary"><strong>退回待修改</strong>，退回原因：<p class="reason"><?cs var:Home.App.reason ?></p></div><?cs /if ?>
  <div class="actions"><a class="button primary" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:Home.App.id ?>">打开<?cs var:Prog.document ?></a></div>
  <?cs elif:Home.Open.id ?>
  <p><?cs var:Home.Open.title ?> 正在申报，截止日期 <?cs var:Home.Open.applicant_deadline ?>。</p>
  <div class="actions"><a class="button primary" href="/cgi-bin/<?cs var:Prog.overview ?>.cgi">开始申报</a></div>
  <?cs else ?><p>当前没有开放的申报批次。</p><?cs /if ?>
</section>
<?cs /if ?>
<?cs if:!Home.ProfileComplete ?><p class="error-summary" role="alert">单位联系信息不完整，请先 <a href="/cgi-bin/profile.cgi">完善单位信息</a>。</p><?cs /if ?>
<section class="card">
  <h2>单位信息</h2>
  <dl class="kv">
    <dt>单位名称</dt><dd><?cs var:Home.Org.0.name ?></dd>
    <dt>统一社会信用代码</dt><dd><?cs var:Home.Org.0.credit_code ?></dd>
    <dt>所在<?cs call:county_word() ?></dt><dd><?cs var:Home.Org.0.city ?> <?cs var:Home.Org.0.county ?></dd>
    <dt>联系人</dt><dd><?cs var:Home.Org.0.contact ?></dd>
    <dt>联系电话</dt><dd><?cs var:Home.Org.0.mobile ?></dd>
    <dt>电子邮箱</dt><dd><?cs var:Home.Org.0.email ?></dd>
  </dl>
  <div class="actions"><a class="button" href="/cgi-bin/profile.cgi">修改单位信息</a></div>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
