<?cs set:Page.Title = "申报批次" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>申报批次</h1>
<div class="actions"><a class="button primary" href="/cgi-bin/batch.cgi">新建申报批次</a></div>
<?cs if:subcount(Batches) == 0 ?><p class="panel">还没有申报批次。</p><?cs else ?>
<table class="list">
  <thead><tr><th>批次名称</th><th>开始申报</th><th>申报截止</th><th>旗县区初审截止</th><th>盟市上报截止</th><th>状态</th><th class="num">申报数</th><th class="num">已提交</th></tr></thead>
  <tbody>
  <?cs each:b = Batches ?>
  <tr><td><a href="/cgi-bin/batch.cgi?id=<?cs var:b.id ?>"><?cs var:b.title ?></a></td>
    <td><?cs var:b.open_date ?></td><td><?cs var:b.applicant_deadline ?></td><td><?cs var:b.county_deadline ?></td><td><?cs var:b.city_deadline ?></td>
    <td><?cs if:b.status == "open" ?><span class="badge on">申报中</span><?cs elif:b.status == "future" ?><span class="badge">未开始</span><?cs else ?><span class="badge off">已截止</span><?cs /if ?></td>
    <td class="num"><?cs var:b.apps ?></td><td class="num"><?cs var:b.submitted ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<?cs /if ?>
<?cs include:"footer.cs" ?>
