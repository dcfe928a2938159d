<?cs set:Page.Title = "绩效评价目标表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"sum_filters.cs" ?>
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效评价目标表</title><link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head><body class="print"><div class="screen-only toolbar"><a href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>">← 返回</a><button type="button" data-print="1">打印</button></div><section class="sheet landscape"><p class="doc-no">附4</p>
<h1>绩效评价目标表 <small class="count"><?cs var:Batch.title ?></small></h1>
<h2>汇总（<?cs var:Kpi.platforms ?> 个服务平台）</h2>
<table class="grid">
  <thead><tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th rowspan="2">单位</th><th colspan="4">期初值</th><th colspan="4">目标值</th></tr>
  <tr><th class="num">填报数</th><th class="num">平均</th><th class="num">最小</th><th class="num">最大</th><th class="num">填报数</th><th class="num">平均</th><th class="num">最小</th><th class="num">最大</th></tr></thead>
  <tbody>
  <?cs each:k = KPI ?>
  <tr><?cs if:k.span1 > 0 ?><th rowspan="<?cs var:k.span1 ?>" scope="rowgroup"><?cs var:k.g1 ?></th><?cs /if ?><?cs if:k.span2 > 0 ?><td rowspan="<?cs var:k.span2 ?>"><?cs var:k.g2 ?></td><?cs /if ?>
    <td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td>
    <td class="num"><?cs var:Agg[name(k)].base_n ?></td><td class="num"><?cs var:Agg[name(k)].base_mean ?></td><td class="num"><?cs var:Agg[name(k)].base_min ?></td><td class="num"><?cs var:Agg[name(k)].base_max ?></td>
    <td class="num"><?cs var:Agg[name(k)].target_n ?></td><td class="num"><?cs var:Agg[name(k)].target_mean ?></td><td class="num"><?cs var:Agg[name(k)].target_min ?></td><td class="num"><?cs var:Agg[name(k)].target_max ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<h2>各服务平台</h2>
<?cs each:p = Plat ?>
<h3><?cs var:p.org ?>（<?cs var:p.city ?>）</h3>
<table class="grid"><thead><tr><th>三级指标</th><th>单位</th><th class="num">期初值</th><th class="num">目标值</th></tr></thead><tbody>
<?cs each:k = KPI ?><tr><td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td><td class="num"><?cs var:p.v[name(k)].base ?></td><td class="num"><?cs var:p.v[name(k)].target ?></td></tr><?cs /each ?>
</tbody></table>
<?cs /each ?>
</section></body></html>
