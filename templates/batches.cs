<?cs if:Page.Noun ?><?cs set:Page.Title = Page.Noun ?><?cs else ?><?cs set:Page.Title = "申报批次" ?><?cs /if ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1><?cs var:Page.Title ?></h1>
<div class="actions"><?cs each:p = Runs ?><a class="button primary" href="/cgi-bin/batch.cgi?programme=<?cs var:p.key ?>">新建<?cs var:p.noun ?>（<?cs var:p.name ?>）</a> <?cs /each ?></div>
<?cs if:subcount(Batches) == 0 ?><p class="panel">还没有<?cs var:Page.Title ?>。</p><?cs else ?>
<table class="list">
  <thead><tr><th>批次名称</th><th>开始申报</th><th>申报截止</th><th>各级截止日期</th><th>状态</th><th class="num">申报数</th><th class="num">已提交</th></tr></thead>
  <tbody>
  <?cs each:b = Batches ?>
  <tr><td><a href="/cgi-bin/batch.cgi?id=<?cs var:b.id ?>"><?cs var:b.title ?></a><br><small><?cs var:b.programme_name ?></small></td>
    <td><?cs var:b.open_date ?></td><td><?cs var:b.applicant_deadline ?></td>
    <td><?cs each:d = b.deadlines ?><?cs var:d.label ?>：<?cs var:d.day ?><br><?cs /each ?></td>
    <td><?cs if:b.status == "open" ?><span class="badge on">申报中</span><?cs elif:b.status == "future" ?><span class="badge">未开始</span><?cs else ?><span class="badge off">已截止</span><?cs /if ?></td>
    <td class="num"><?cs var:b.apps ?></td><td class="num"><?cs var:b.submitted ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
<?cs /if ?>
<?cs include:"footer.cs" ?>
