<?cs set:Page.Title = "各盟市推荐" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>各盟市推荐 <small class="count"><?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("province") ?>
<?cs if:!Batch.id ?><p class="panel">还没有申报批次。</p><?cs else ?>
<p>盟市上报截止：<?cs var:Batch.city_deadline ?> · 已上报 <?cs var:Overview.cities - Overview.missing ?> / <?cs var:Overview.cities ?> 个盟市<?cs if:Overview.missing > 0 ?>，<strong><?cs var:Overview.missing ?> 个盟市尚未上报</strong><?cs /if ?></p>
<table class="list">
  <thead><tr><th>盟市</th><th>推荐状态</th><th>联合行文</th><th class="num">推荐平台</th><th class="num">细分行业</th><th class="num">已提交申请</th><th class="num">待旗县区/盟市审核</th><th class="num">审核通过待推荐</th><th>操作</th></tr></thead>
  <tbody>
  <?cs each:c = Cities ?>
  <tr><td><?cs var:c.name ?></td>
    <td><?cs if:c.state == "submitted" ?><span class="badge on">已上报 <?cs var:c.submitted_at ?></span><?cs else ?><span class="badge off">未上报</span><?cs /if ?></td>
    <td><?cs var:c.doc_no ?></td><td class="num"><?cs var:c.items ?></td><td class="num"><?cs var:c.subs ?> / <?cs var:Batch.max_subind_per_city ?></td>
    <td class="num"><?cs var:c.apps ?></td><td class="num"><?cs var:c.waiting ?></td><td class="num"><?cs var:c.passed ?></td>
    <td><a href="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>&amp;city=<?cs var:c.code ?>">推荐名单</a> · <a href="/cgi-bin/rec_print.cgi?batch=<?cs var:Batch.id ?>&amp;city=<?cs var:c.code ?>">汇总表</a></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<h2>按细分行业</h2>
<?cs if:subcount(BySub) == 0 ?><p>尚无已上报的推荐。</p><?cs else ?>
<table class="list"><thead><tr><th>细分行业</th><th class="num">推荐的盟市</th><th class="num">推荐平台</th></tr></thead><tbody>
<?cs each:s = BySub ?><tr><td><?cs var:s.seq ?>. <?cs var:s.name ?></td><td class="num"><?cs var:s.cities ?></td><td class="num"><?cs var:s.platforms ?></td></tr><?cs /each ?>
</tbody></table><?cs /if ?>
<?cs /if ?>
<?cs include:"footer.cs" ?>
