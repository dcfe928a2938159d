<?cs set:Page.Title = "数字化转型服务商" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>数字化转型服务商 <small class="count"><?cs var:subcount(Providers) ?> 家</small></h1>
  <p class="lead"><?cs if:Providers.city ?>服务商自行注册，经市工信局审核通过后，试点企业方可选择（实施细则 第三章（四））。<?cs else ?>经市工信局审核通过的数字化转型服务商名录。<?cs /if ?></p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:subcount(Providers) == 0 ?><p class="hint"><?cs if:Providers.city ?>本市尚无服务商注册。<?cs else ?>本市尚无审核通过的服务商。<?cs /if ?></p><?cs else ?>
  <table class="list"><thead><tr><th>服务商名称</th><th>统一社会信用代码</th><th>所在县（市、区）</th><th>主要服务领域</th><th>联系人</th><th>注册日期</th><th>咨询诊断项目</th><th>诊断报告逾期</th><th>企业评价</th><th>状态</th><?cs if:Providers.city ?><th>审核</th><?cs /if ?></tr></thead><tbody>
  <?cs each:p = Providers ?><tr id="p-<?cs var:p.id ?>"><td><?cs var:p.name ?></td><td><?cs var:p.credit_code ?></td><td><?cs var:p.county ?></td><td><?cs var:p.services ?></td>
    <td><?cs var:p.contact ?> <?cs var:p.mobile ?></td><td><?cs var:p.registered ?></td>
    <td><?cs var:p.diag ?></td><td><?cs if:p.overdue > 0 || p.late > 0 ?><span class="badge late">逾期未交 <?cs var:p.overdue ?> · 逾期提交 <?cs var:p.late ?></span><?cs else ?>0<?cs /if ?></td>
    <td><?cs if:p.diag > 0 ?>满意 <?cs var:p.satisfied ?> · 基本满意 <?cs var:p.basic ?> · 不满意 <?cs var:p.unsatisfied ?><?cs else ?>—<?cs /if ?></td>
    <td><span class="badge state-<?cs var:p.state ?>"><?cs var:p.state_label ?></span><?cs if:p.reason ?><br><small>理由：<?cs var:p.reason ?></small><?cs /if ?></td>
    <?cs if:Providers.city ?><td><?cs if:p.state == "pending" ?>
      <form method="post" action="/cgi-bin/providers.cgi" class="inline" data-confirm="确定审核通过“<?cs var:p.name ?>”？通过后试点企业即可选择该服务商。">
        <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:p.id ?>"><input type="hidden" name="version" value="<?cs var:p.version ?>">
        <button type="submit" name="op" value="approve" class="primary">审核通过</button></form>
      <form data-autosave="providers-<?cs var:p.id ?>-refuse" method="post" action="/cgi-bin/providers.cgi" data-confirm="确定不予通过“<?cs var:p.name ?>”？">
        <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:p.id ?>"><input type="hidden" name="version" value="<?cs var:p.version ?>">
        <div class="field<?cs if:Err["reason_" + p.id] ?> invalid<?cs /if ?>"><label for="f-reason-<?cs var:p.id ?>">不予通过的理由</label>
          <textarea id="f-reason-<?cs var:p.id ?>" name="reason" rows="2" maxlength="500"></textarea>
          <?cs if:Err["reason_" + p.id] ?><p class="err"><?cs var:Err["reason_" + p.id] ?></p><?cs /if ?></div>
        <button type="submit" name="op" value="refuse" class="danger">不予通过</button></form>
    <?cs /if ?></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
