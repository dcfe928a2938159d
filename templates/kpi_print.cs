<?cs set:Page.Title = "绩效评价目标表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"kpi_tables.cs" ?>
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效评价目标表</title><link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head><body class="print"><div class="screen-only toolbar"><a href="/cgi-bin/kpi.cgi?<?cs var:Filter.query ?>">← 返回</a><button type="button" data-print="1">打印</button></div><section class="sheet landscape"><p class="doc-no">附4</p>
<h1>绩效评价目标表 <small class="count"><?cs var:Batch.title ?></small></h1>
<h2>汇总（<?cs var:Kpi.platforms ?> 个服务平台）</h2>
<?cs call:kpi_aggregate("grid") ?>
<h2>各服务平台</h2>
<?cs each:p = Plat ?>
<h3><?cs var:p.org ?>（<?cs var:p.city ?>）</h3>
<table class="grid"><thead><tr><th>三级指标</th><th>单位</th><th class="num">期初值</th><th class="num">目标值</th></tr></thead><tbody>
<?cs each:k = KPI ?><tr><td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td><td class="num"><?cs var:p.v[name(k)].base ?></td><td class="num"><?cs var:p.v[name(k)].target ?></td></tr><?cs /each ?>
</tbody></table>
<?cs /each ?>
</section></body></html>
