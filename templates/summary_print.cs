<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title><?cs var:Sum.title ?></title>
<link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head>
<body class="print">
<div class="screen-only toolbar"><a href="/cgi-bin/summary.cgi?<?cs var:Filter.query ?>">← 返回汇总表</a><button type="button" data-print="1">打印</button></div>
<section class="sheet landscape">
  <p class="doc-no">附3</p>
  <h2 class="center"><?cs var:Sum.title ?></h2>
  <p><?cs var:Sum.authority ?></p>
  <p>填表日期：<?cs var:Sum.date ?>　　填表人：<?cs var:Sum.filler ?>　　联系电话：<?cs var:Sum.phone ?><span class="seal">单位：万元</span></p>
  <table class="grid">
    <thead><tr><th>序号</th><th>企业名称（服务平台）</th><th>对应行业</th><th>试点企业名称</th><th>实际改造成本</th><th>奖补资金额</th><th>审核状态</th></tr></thead>
    <tbody>
    <?cs each:g = Sum.groups ?>
      <?cs each:e = g.rows ?>
      <tr><?cs if:name(e) == "0" ?><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.seq ?></td><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.org ?></td><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.industry ?></td><?cs /if ?>
        <td><?cs var:e.name ?></td><td class="num"><?cs var:e.cost ?></td><td class="num"><?cs var:e.subsidy ?><?cs if:e.over == "1" ?> ⚠<?cs /if ?></td>
        <?cs if:name(e) == "0" ?><td rowspan="<?cs var:g.n + 1 ?>"><?cs var:g.state ?></td><?cs /if ?></tr>
      <?cs /each ?>
      <tr class="subtotal"><td>小计</td><td class="num"><?cs var:g.cost ?></td><td class="num"><?cs var:g.subsidy ?></td></tr>
    <?cs /each ?>
    </tbody>
    <tfoot><tr><th colspan="4">合计</th><th class="num"><?cs var:Sum.cost ?></th><th class="num"><?cs var:Sum.subsidy ?></th><th></th></tr></tfoot>
  </table>
  <p class="note">注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过<?cs var:Batch.cap_platform ?>万元、不超过每家试点企业实际改造成本的<?cs var:Batch.cap_enterprise_pct ?>%且奖补资金最高不超过<?cs var:Batch.cap_enterprise ?>万元的标准进行测算。</p>
</section>
</body></html>
