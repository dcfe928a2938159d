<?cs set:Page.Title = "公示与公布名单" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>中小企业数字化转型 公示与公布名单</h1>
<?cs if:subcount(Pub) == 0 ?><section class="card">
  <h2>公示</h2>
  <p>当前没有正在公示的名单。</p>
</section><?cs /if ?>
<?cs each:u = Pub ?>
<section class="card">
  <h2><?cs var:u.heading ?></h2>
  <p><?cs var:u.intro ?>，公示期为 <?cs var:u.start_cn ?> 至 <?cs var:u.end_cn ?>（<?cs var:u.days ?> 个工作日）。</p>
  <table class="list"><caption><?cs var:u.title ?></caption><thead><tr><th>序号</th><th><?cs var:u.org ?></th><?cs if:u.sub ?><th>细分行业</th><?cs /if ?><th><?cs var:u.region ?></th><?cs if:u.amount ?><th>奖励金额（元）</th><?cs /if ?></tr></thead><tbody>
  <?cs each:n = u.Items ?><tr><td><?cs var:n.seq ?></td><td><?cs var:n.org ?></td><?cs if:u.sub ?><td><?cs var:n.sub ?></td><?cs /if ?><td><?cs var:n.region ?></td><?cs if:u.amount ?><td class="num"><?cs var:n.amount ?></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table>
  <p><strong>异议方式：</strong><?cs var:u.objection ?><?cs if:u.contact ?>联系方式：<?cs var:u.contact ?>。<?cs /if ?></p>
</section>
<?cs /each ?>
<?cs if:subcount(Recognised) > 0 ?>
<section class="card">
  <h2>已认定的数字化转型试点平台</h2>
  <table class="list"><thead><tr><th>批次</th><th>服务平台名称</th><th>细分行业</th><th>盟市</th></tr></thead><tbody>
  <?cs each:n = Recognised ?><tr><td><?cs var:n.title ?></td><td><?cs var:n.org ?></td><td><?cs var:n.sub ?></td><td><?cs var:n.city ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs /if ?>
<?cs if:subcount(PilotLists) > 0 ?>
<section class="card">
  <h2>试点企业名单</h2>
  <p>经企业自主申报、县（市）区工信主管部门审核推荐、市工信主管部门专家评审和集体决策，以下企业列为中小企业数字化转型试点企业。</p>
  <table class="list"><thead><tr><th>批次</th><th>公布文号</th><th>公布日期</th><th>企业名称</th><th>所属县（市、区）</th><th>市</th></tr></thead><tbody>
  <?cs each:n = PilotLists ?><tr><td><?cs var:n.title ?></td><td><?cs var:n.doc_no ?></td><td><?cs var:n.on ?></td><td><?cs var:n.org ?></td><td><?cs var:n.county ?></td><td><?cs var:n.city ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs /if ?>
<?cs if:subcount(PublicAwards) > 0 ?>
<section class="card">
  <h2>奖励名单</h2>
  <p>经申报、县（市）区工信主管部门审核推荐、市工信主管部门遴选（专家评审、集体决策），以下项目列入奖励名单。</p>
  <table class="list"><thead><tr><th>奖励</th><th>批次</th><th>公布文号</th><th>公布日期</th><th>申报单位</th><th>所属县（市、区）</th><th>奖励类型</th><th>奖励金额（万元）</th></tr></thead><tbody>
  <?cs each:n = PublicAwards ?><tr><td><?cs var:n.programme ?></td><td><?cs var:n.batch ?></td><td><?cs var:n.doc_no ?></td><td><?cs var:n.on ?></td><td><?cs var:n.org ?></td><td><?cs var:n.county ?></td><td><?cs var:n.type ?></td><td class="num"><?cs var:n.amount ?></td></tr><?cs /each ?>
  </tbody></table>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
