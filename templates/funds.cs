<?cs set:Page.Title = "资金申报" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1><?cs if:Filter.show == "published" ?>改造项目补贴名单<?cs else ?>资金申报<?cs /if ?></h1>
  <p class="lead">改造后达到数字化水平二级及以上、通过验收的试点企业提交资金申报书；第三方审计机构对合同、发票、付款凭证等财务资料进行专项审计；县（市）区汇总辖区内通过评测验收及审计的项目提交至市；市组织专家评审、集体决策后正式公布名单，按一定比例给予改造专项资金补贴，财政部门拨付（实施细则 第四章（六））。</p>
  <p><?cs if:Filter.show == "published" ?><a href="/cgi-bin/fund.cgi">全部资金申报</a> · <strong>已公布的补贴名单</strong><?cs else ?><strong>全部资金申报</strong> · <a href="/cgi-bin/fund.cgi?show=published">已公布的补贴名单</a><?cs /if ?></p>
  <form method="get" action="/cgi-bin/fund.cgi" class="filters">
    <div class="field"><label for="f-q">企业名称</label><input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" maxlength="100"></div>
    <input type="hidden" name="show" value="<?cs var:Filter.show ?>"><input type="hidden" name="sort" value="<?cs var:Filter.sort ?>">
    <button type="submit">查询</button>
  </form>
  <?cs if:subcount(Funds) == 0 ?><p class="hint">暂无资金申报项目。</p><?cs else ?>
  <table class="list"><thead><tr><th><a href="<?cs var:Filter.base ?>sort=org">企业名称</a></th><th>所属县（市、区）</th><th>审计机构</th><th><a href="<?cs var:Filter.base ?>sort=state">状态</a></th><th class="num">申报改造投入（元）</th><th class="num">审计核定改造支出（元）</th><th class="num"><a href="<?cs var:Filter.base ?>sort=amount">补贴金额（元）</a></th></tr></thead><tbody>
  <?cs each:d = Funds ?><tr><td><a href="/cgi-bin/fund.cgi?id=<?cs var:d.id ?>"><?cs var:d.org ?></a></td><td><?cs var:d.county ?></td><td><?cs var:d.auditor ?></td><td><?cs var:d.state_label ?></td><td class="num"><?cs var:d.applied ?></td><td class="num"><?cs if:d.audited > 0 ?><?cs var:d.audited ?><?cs /if ?></td><td class="num"><?cs if:d.amount > 0 ?><?cs var:d.amount ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <?cs call:pager() ?>
  <?cs if:User.Role == "county" && Fund.waiting > 0 ?>
  <form method="post" action="/cgi-bin/fund.cgi" data-confirm="确定将本辖区已审计的 <?cs var:Fund.waiting ?> 个项目汇总上报市工信局？上报后不能撤回。">
    <?cs call:csrf() ?><input type="hidden" name="action" value="fund_list">
    <p>本辖区通过评测验收及审计、待汇总上报的项目 <?cs var:Fund.waiting ?> 个（实施细则 第四章（六）1（3））。</p>
    <div class="actions"><button type="submit" class="primary">汇总上报市工信局</button></div>
  </form>
  <?cs /if ?>
  <?cs if:User.Role != "enterprise" && User.Role != "auditor" ?><p>导出<?cs if:Filter.show == "published" ?>补贴名单<?cs else ?>资金申报汇总表<?cs /if ?>：<a href="<?cs var:Filter.base ?>sort=<?cs var:Filter.sort ?>&amp;format=print">打印</a> · <a href="<?cs var:Filter.base ?>sort=<?cs var:Filter.sort ?>&amp;format=pdf">PDF</a> · <a href="<?cs var:Filter.base ?>sort=<?cs var:Filter.sort ?>&amp;format=xlsx">Excel</a> · <a href="<?cs var:Filter.base ?>sort=<?cs var:Filter.sort ?>&amp;format=csv">CSV</a></p><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
