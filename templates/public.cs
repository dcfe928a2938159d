<?cs set:Page.Title = "公示与认定名单" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>中小企业数字化转型试点平台 公示与认定名单</h1>
<section class="card">
  <h2>拟认定名单公示</h2>
  <?cs if:subcount(Notice) == 0 ?><p>当前没有正在公示的名单。</p><?cs else ?>
  <p>根据《内蒙古自治区中小企业数字化转型试点申报指南》，经盟市推荐、第三方机构评审，现将拟认定的数字化转型试点平台名单予以公示，公示期为 <?cs var:Notice.0.start_cn ?> 至 <?cs var:Notice.0.end_cn ?>（<?cs var:Notice.0.days ?> 个工作日）。</p>
  <table class="list"><thead><tr><th>序号</th><th>服务平台名称</th><th>细分行业</th><th>盟市</th></tr></thead><tbody>
  <?cs each:n = Notice ?><tr><td><?cs var:n.seq ?></td><td><?cs var:n.org ?></td><td><?cs var:n.sub ?></td><td><?cs var:n.city ?></td></tr><?cs /each ?>
  </tbody></table>
  <p><strong>异议方式：</strong>公示期内，对名单如有异议，请以书面形式向自治区工业和信息化厅反映，注明真实姓名或单位及联系方式，并提供必要的证明材料；匿名异议不予受理。联系方式：<?cs var:Public.contact ?>。</p>
  <?cs /if ?>
</section>
<section class="card">
  <h2>已认定的数字化转型试点平台</h2>
  <?cs if:subcount(Recognised) == 0 ?><p>尚无已认定的平台。</p><?cs else ?>
  <table class="list"><thead><tr><th>批次</th><th>服务平台名称</th><th>细分行业</th><th>盟市</th></tr></thead><tbody>
  <?cs each:n = Recognised ?><tr><td><?cs var:n.title ?></td><td><?cs var:n.org ?></td><td><?cs var:n.sub ?></td><td><?cs var:n.city ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs if:subcount(Rewards) > 0 ?>
<section class="card">
  <h2>新乡经开区数字化转型奖励公示</h2>
  <p>按照“免申即享”原则，经考核工作小组办公室考察核实，现将奖励结果及资金安排予以公示，公示期为 <?cs var:Rewards.0.start_cn ?> 至 <?cs var:Rewards.0.end_cn ?>（<?cs var:Rewards.0.days ?> 个工作日）。公示期内如有异议，请以书面形式向新乡经开区经济发展和统计局反映，注明真实姓名或单位及联系方式。</p>
  <table class="list"><thead><tr><th>轮次</th><th>企业名称</th><th>所在地区</th><th>奖励金额（元）</th><th>公示期</th></tr></thead><tbody>
  <?cs each:n = Rewards ?><tr><td><?cs var:n.title ?></td><td><?cs var:n.org ?></td><td><?cs var:n.zone ?></td><td class="num"><?cs var:n.amount ?></td><td><?cs var:n.start_cn ?>至<?cs var:n.end_cn ?></td></tr><?cs /each ?>
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
