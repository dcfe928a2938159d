<?cs set:Page.Title = "汇总表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"sum_filters.cs" ?>
<?cs include:"header.cs" ?>
<h1><?cs if:Sum.title ?><?cs var:Sum.title ?><?cs else ?>汇总表<?cs /if ?></h1>
<?cs if:Batch.id ?>
<?cs call:sum_filters("summary") ?>
<div class="actions">
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=xlsx">导出 Excel</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=csv">导出 CSV</a>
  <a class="button" href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>&amp;format=print">打印（A4横向）</a>
  <a class="button" href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>">绩效评价目标表</a>
</div>
<p><?cs var:Sum.authority ?> · 填表日期：<?cs var:Sum.date ?> · 单位：万元 · 共 <?cs var:Sum.ngroups ?> 个服务平台、<?cs var:Sum.nrows ?> 家试点企业
  <?cs if:Sum.flagged > 0 ?> · <span class="badge off"><?cs var:Sum.flagged ?> 处不符合规则</span><?cs /if ?>
  <?cs if:Sum.shared > 0 ?> · <span class="badge off"><?cs var:Sum.shared ?> 家试点企业由多个平台申报</span><?cs if:User.Role == "province" ?> <a href="/cgi-bin/claims.cgi?batch=<?cs var:Batch.id ?>">逐一裁定归属</a><?cs /if ?><?cs /if ?></p>
<?cs if:Sum.ngroups == 0 ?><p class="panel">没有符合条件的服务平台。</p><?cs else ?>
<table class="list summary">
  <thead><tr><th>序号</th><th>企业名称（服务平台）</th><th>对应行业</th><th>试点企业名称</th><th class="num">实际改造成本</th><th class="num">奖补资金额</th><th>盟市</th><th>审核状态</th></tr></thead>
  <tbody>
  <?cs each:g = Sum.groups ?>
    <?cs each:e = g.rows ?>
    <tr><?cs if:name(e) == "0" ?><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.seq ?></td>
      <td rowspan="<?cs var:g.n + 1 ?>"><a href="/cgi-bin/app.cgi?id=<?cs var:g.app ?>"><?cs var:g.org ?></a>
        <?cs if:g.few == "1" ?><br><span class="badge off">服务企业少于<?cs var:Batch.min_smes ?>家（申报条件（六））</span><?cs /if ?>
        <?cs if:g.over_total == "1" ?><br><span class="badge off">奖补合计超过<?cs var:Batch.cap_platform ?>万元（附件3注）</span><?cs /if ?></td>
      <td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.industry ?></td><?cs /if ?>
      <td><?cs var:e.name ?><?cs if:e.shared > 0 ?><br><span class="badge off">另有 <?cs var:e.shared ?> 个平台申报该企业，合计 <?cs var:e.shared_total ?> 万元<?cs if:e.shared_over == "1" ?>，超过每家<?cs var:Batch.cap_enterprise ?>万元<?cs /if ?></span>
        <?cs if:e.kept == "1" ?><span class="badge on">已裁定归属本平台</span><?cs elif:e.kept == "-1" ?><span class="badge">已裁定归属其他平台</span><?cs elif:User.Role == "province" ?><a href="/cgi-bin/claims.cgi?batch=<?cs var:Batch.id ?>#c-<?cs var:e.credit_code ?>">裁定归属</a><?cs else ?><span class="badge">待自治区裁定</span><?cs /if ?><?cs /if ?></td><td class="num"><?cs var:e.cost ?></td>
      <td class="num<?cs if:e.over == "1" ?> bad<?cs /if ?>"><details class="basis"><summary><?cs var:e.subsidy ?></summary>
        <p>实际改造成本 <?cs var:e.cost ?> 万元；规则：<?cs var:e.basis ?>；上限 <?cs var:e.cap ?> 万元；申请 <?cs var:e.subsidy ?> 万元<?cs if:e.over == "1" ?>，<strong>超过上限</strong><?cs /if ?>。</p></details></td>
      <?cs if:name(e) == "0" ?><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.city ?></td><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.state ?></td><?cs /if ?>
    </tr>
    <?cs /each ?>
    <?cs if:g.n == 0 ?><tr><td><?cs var:g.seq ?></td><td><?cs var:g.org ?> <span class="badge off">无服务企业</span></td><td><?cs var:g.industry ?></td><td></td><td></td><td></td><td><?cs var:g.city ?></td><td><?cs var:g.state ?></td></tr><?cs /if ?>
    <tr class="subtotal"><td>小计</td><td class="num"><?cs var:g.cost ?></td><td class="num<?cs if:g.over_total == "1" ?> bad<?cs /if ?>"><?cs var:g.subsidy ?></td></tr>
  <?cs /each ?>
  </tbody>
  <tfoot><tr><th colspan="4">合计</th><th class="num" id="total-cost"><?cs var:Sum.cost ?></th><th class="num" id="total-subsidy"><?cs var:Sum.subsidy ?></th><td colspan="2"></td></tr></tfoot>
</table>
<p class="note">注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过<?cs var:Batch.cap_platform ?>万元、不超过每家试点企业实际改造成本的<?cs var:Batch.cap_enterprise_pct ?>%且奖补资金最高不超过<?cs var:Batch.cap_enterprise ?>万元的标准进行测算。</p>
<?cs /if ?>
<?cs else ?><p class="panel">还没有申报批次。</p><?cs /if ?>
<?cs include:"footer.cs" ?>
