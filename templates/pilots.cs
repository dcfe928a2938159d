<?cs set:Page.Title = "试点企业库" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>试点企业库 <small class="count"><?cs var:Pilot.count ?> 家</small></h1>
  <p class="lead">市工信局核定公布的试点企业，每家企业一条记录（按统一社会信用代码），汇集其各批次、各阶段的材料与决定（一企一档）。</p>
  <p class="actions">
    <?cs call:export_links("/cgi-bin/pilot.cgi?", 1) ?>
  </p>
  <div class="table-wrap"><?cs call:table(T, "list") ?></div>
</section>
<?cs include:"footer.cs" ?>
