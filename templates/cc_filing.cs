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
<section class="card" id="contract">
  <h2>改造合同（实施细则 第四章（三）1（2））</h2>
  <?cs if:subcount(Contract) == 0 ?><p class="hint">尚未填写。在“改造合同”部分填写合同明确的改造需求、预算金额和关联的产品，并在“附件材料”中上传已签订的改造合同；提交前须完成。</p><?cs /if ?>
  <?cs each:k = Contract ?>
  <table class="kv">
    <tr><th>签约服务商</th><td><?cs if:k.provider ?><?cs var:k.provider ?><?cs else ?>—<?cs /if ?></td></tr>
    <tr><th>关联的产品及解决方案</th><td><?cs if:k.products ?><?cs var:k.products ?><?cs else ?>尚未选择<?cs /if ?></td></tr>
    <tr><th>预算金额（万元）</th><td><?cs if:k.budget ?><?cs var:k.budget ?><?cs else ?>尚未填写<?cs /if ?></td></tr>
    <tr><th>改造需求</th><td class="reason"><?cs if:k.need ?><?cs var:k.need ?><?cs else ?>尚未填写<?cs /if ?></td></tr>
    <tr><th>合同文件</th><td><?cs if:subcount(k.files) == 0 ?>尚未上传<?cs /if ?><?cs each:f = k.files ?><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.name ?></a><br><?cs /each ?></td></tr>
  </table>
  <?cs /each ?>
</section>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
