<?cs # 长春's 数字化改造备案 (附件3): the shared overview, with the products of 附件2 chosen for the project ?>
<?cs set:Page.Title = "数字化改造项目备案入库申请表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_top() ?>
<section class="card" id="products">
  <h2>选用的产品及解决方案（附件2 供需适配库）</h2>
  <?cs if:subcount(Products) == 0 ?><p class="hint">尚未选择。在“二、数字化改造需求”中选择改造场景后，可选用服务商的适配产品。</p><?cs else ?>
  <table class="list"><thead><tr><th>名称</th><th>简述</th><th>价格（万元）</th><th>服务商</th><th>适用场景</th></tr></thead><tbody>
  <?cs each:p = Products ?><tr><td><?cs var:p.name ?></td><td><?cs var:p.summary ?></td><td class="num"><?cs var:p.price ?></td><td><?cs var:p.provider ?></td><td><?cs var:p.scenes ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
