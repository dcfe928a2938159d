<?cs set:Page.Title = "申请报告" ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_top() ?>

<section class="card" id="enterprises">
  <h2>服务企业清单 <small class="count">已填 <?cs var:EntTotal.count ?> 家，至少 <?cs var:Batch.min_smes ?> 家（申报条件（六））</small></h2>
  <?cs if:EntTotal.count > 0 ?>
  <table class="list">
    <thead><tr><th>序号</th><th>试点企业名称</th><th>统一社会信用代码</th><th>所在旗县区</th><th class="num">服务合同金额</th><th class="num">实际改造成本</th><th class="num">奖补资金额</th><th>证明材料</th></tr></thead>
    <tbody>
    <?cs each:e = Ents ?>
    <tr>
      <td><?cs var:e.seq ?></td>
      <td><a href="/cgi-bin/app_ent.cgi?id=<?cs var:App.id ?>&amp;ent=<?cs var:e.id ?>"><?cs var:e.name ?></a></td>
      <td><?cs var:e.credit_code ?></td><td><?cs var:e.region ?></td>
      <td class="num"><?cs var:e.contract ?></td><td class="num"><?cs var:e.cost ?></td>
      <td class="num<?cs if:e.over_cap ?> bad<?cs /if ?>"><?cs var:e.subsidy ?>
        <details class="basis"><summary>测算依据</summary><p><?cs var:e.basis ?><?cs if:e.below_cap ?>；本平台申请 <?cs var:e.subsidy ?> 万元，低于上限 <?cs var:e.cap ?> 万元<?cs /if ?></p></details></td>
      <td>合同 <?cs var:e.contracts ?> · 发票 <?cs var:e.invoices ?> · 效果场景 <?cs var:e.scenes ?></td>
    </tr>
    <?cs /each ?>
    </tbody>
    <tfoot><tr><th colspan="4">合计（单位：万元）</th><th class="num"><?cs var:EntTotal.contract ?></th><th class="num"><?cs var:EntTotal.cost ?></th>
      <th class="num<?cs if:EntTotal.over ?> bad<?cs /if ?>"><?cs var:EntTotal.subsidy ?></th><th>上限 <?cs var:Batch.cap_platform ?> 万元，尚余 <?cs var:EntTotal.remaining ?> 万元</th></tr></tfoot>
  </table>
  <?cs /if ?>
  <?cs if:App.editable ?><div class="actions"><a class="button" href="/cgi-bin/app_ent.cgi?id=<?cs var:App.id ?>">添加服务企业</a></div><?cs /if ?>
</section>

<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
