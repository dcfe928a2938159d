<?cs # 附件4 aggregate: per indicator count, mean, min and max of 期初值 and 目标值 (cls: list or grid) ?>
<?cs def:kpi_aggregate(cls) ?>
<table class="<?cs var:cls ?>">
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
<?cs /def ?>
