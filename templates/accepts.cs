<?cs set:Page.Title = "项目验收" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>项目验收</h1>
  <p class="lead">试点企业提交改造项目验收申请（附件4），第三方评测机构组成专家组书面审核与现场核查，出具验收意见（附件5），县（市）区工信主管部门出具意见；未通过的给予最长 1 个月的整改期，期内可再次申请一次（实施细则 第四章（五））。</p>
  <form method="get" action="/cgi-bin/accept.cgi" class="filters">
    <div class="field"><label for="f-q">企业名称</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
    <span class="choice"><input type="checkbox" id="f-overdue" name="overdue" value="1"<?cs if:Filter.overdue ?> checked<?cs /if ?>><label for="f-overdue">只看整改期满未再次申请</label></span>
    <input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
    <button type="submit">查询</button>
  </form>
  <?cs if:subcount(Accepts) == 0 ?><p class="hint">暂无项目验收。</p><?cs else ?>
  <table class="list"><thead><tr><th><a href="<?cs var:Filter.base ?>sort=org">企业名称</a></th><th>所属县（市、区）</th><th>评测机构</th><th><a href="<?cs var:Filter.base ?>sort=state">状态</a></th><th>验收意见日期</th><th><a href="<?cs var:Filter.base ?>sort=due">整改期限</a></th></tr></thead><tbody>
  <?cs each:d = Accepts ?><tr><td><a href="/cgi-bin/accept.cgi?id=<?cs var:d.id ?>"><?cs var:d.org ?></a></td><td><?cs var:d.county ?></td><td><?cs var:d.evaluator ?></td><td><?cs var:d.state_label ?></td><td><?cs var:d.accepted_on ?></td>
    <td><?cs var:d.rectify_until ?><?cs if:d.rectify_until ?><?cs if:d.days_left < 0 ?> <span class="badge late">已期满 <?cs var:0 - d.days_left ?> 天</span><?cs else ?> <span class="badge">剩余 <?cs var:d.days_left ?> 天</span><?cs /if ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <?cs call:pager() ?>
</section>
<?cs include:"footer.cs" ?>
