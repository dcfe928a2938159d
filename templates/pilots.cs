<?cs set:Page.Title = "试点企业库" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>试点企业库 <small class="count"><?cs var:subcount(Pilots) ?> 家</small></h1>
  <p class="lead">市工信局核定公布的试点企业，每家企业一条记录（按统一社会信用代码），汇集其各批次、各阶段的材料与决定（一企一档）。</p>
  <?cs if:subcount(Pilots) == 0 ?><p class="hint">本地区尚无入库企业。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>所属县（市、区）</th><th>入库日期</th><th>入库名单数</th></tr></thead><tbody>
  <?cs each:p = Pilots ?><tr><td><a href="/cgi-bin/pilot.cgi?code=<?cs var:p.credit_code ?>"><?cs var:p.name ?></a></td><td><?cs var:p.credit_code ?></td><td><?cs var:p.county ?></td><td><?cs var:p.on ?></td><td><?cs var:p.lists ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
