<?cs set:Page.Title = "县区推荐" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>县区推荐 <small class="count"><?cs var:User.RegionName ?> · <?cs var:Batch.title ?></small></h1>
<p>县区推荐截止：<?cs var:Batch.county_deadline ?> · 参考推荐数量：<?cs if:Rec.has_quota == "1" ?><strong><?cs var:Rec.quota ?></strong> 家（原则上不得少于推荐数量）<?cs else ?>未分配<?cs /if ?> · 已推荐 <strong><?cs var:Rec.count ?></strong> 家
  · <a href="/cgi-bin/ent_summary.cgi?batch=<?cs var:Batch.id ?>">推荐汇总表</a></p>
<?cs call:rec_cosign_status() ?>
<?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
<?cs if:Rec.submitted == "1" ?><p class="flash">已于 <?cs var:Rec.submitted_at ?> 提交（文号 <?cs var:Rec.doc_no ?>）<?cs if:Rec.fewer_reason ?>；少报理由：<?cs var:Rec.fewer_reason ?><?cs /if ?>。</p><?cs /if ?>
<section class="card">
  <h2>推荐名单（按推荐顺序）</h2>
  <?cs if:subcount(Items) == 0 ?><p>尚未加入企业。</p><?cs else ?>
  <?cs set:acts = Rec.submitted != "1" && User.Role == "county" ?>
  <table class="list"><thead><tr><th>顺序</th><th>企业</th><?cs if:acts ?><th>操作</th><?cs /if ?></tr></thead><tbody>
  <?cs each:i = Items ?><tr><td><?cs var:i.rank ?></td><td><?cs if:Rec.cosigner == "1" ?><?cs var:i.org ?><?cs else ?><a href="/cgi-bin/ent.cgi?id=<?cs var:i.app ?>"><?cs var:i.org ?></a><?cs /if ?></td>
    <?cs if:acts ?><td><form class="inline" method="post" action="/cgi-bin/county_rec.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="app" value="<?cs var:i.app ?>">
      <button class="link" name="op" value="up" type="submit">上移</button> <button class="link" name="op" value="down" type="submit">下移</button> <button class="link" name="op" value="remove" type="submit">移出</button></form></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs call:rec_cosign_form("county_rec", "企业") ?>
<?cs if:User.Role == "county" && Rec.submitted == "1" && subcount(Again) > 0 ?>
<section class="card">
  <h2>退回后重新初审通过、待再次推荐的企业</h2>
  <p class="hint">市工信局退回修改的企业，经重新提交和县区初审通过后，在原推荐名单中的位置不变，须再次推荐才能报送市里。</p>
  <table class="list"><tbody><?cs each:c = Again ?><tr><td><a href="/cgi-bin/ent.cgi?id=<?cs var:c.app ?>"><?cs var:c.org ?></a></td>
    <td><form method="post" action="/cgi-bin/county_rec.cgi?batch=<?cs var:Batch.id ?>" data-confirm="确定再次推荐该企业？"><?cs call:csrf() ?><input type="hidden" name="op" value="again"><input type="hidden" name="app" value="<?cs var:c.app ?>"><input type="hidden" name="version" value="<?cs var:c.version ?>"><button type="submit" class="primary">再次推荐</button></form></td></tr><?cs /each ?></tbody></table>
</section>
<?cs /if ?>
<?cs if:Rec.submitted != "1" && User.Role == "county" ?>
<section class="card">
  <h2>初审通过、尚未推荐的企业</h2>
  <?cs if:subcount(Candidates) == 0 ?><p>没有待推荐的企业（须先在“审核”中初审通过）。</p><?cs else ?>
  <table class="list"><tbody><?cs each:c = Candidates ?><tr><td><a href="/cgi-bin/ent.cgi?id=<?cs var:c.app ?>"><?cs var:c.org ?></a></td>
    <td><form method="post" action="/cgi-bin/county_rec.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="op" value="add"><input type="hidden" name="app" value="<?cs var:c.app ?>"><button type="submit">加入推荐</button></form></td></tr><?cs /each ?></tbody></table><?cs /if ?>
</section>
<section class="card">
  <h2>提交推荐（须附县区推荐文件）</h2>
  <?cs call:rec_cosign_hint() ?>
  <?cs call:error_summary() ?>
  <form data-autosave="county_rec-<?cs var:Batch.id ?>" method="post" enctype="multipart/form-data" action="/cgi-bin/county_rec.cgi?batch=<?cs var:Batch.id ?>" novalidate data-confirm="确定提交推荐名单？提交后将冻结。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="submit"><input type="hidden" name="version" value="<?cs var:Rec.version ?>">
    <?cs call:text("doc_no", "县区推荐文件文号", "text", 1, 100, "") ?>
    <div class="field<?cs if:Err.doc ?> invalid<?cs /if ?>"><label for="f-doc">县区推荐文件（PDF）<span class="req" aria-hidden="true">*</span></label><input id="f-doc" name="doc" type="file" accept=".pdf,application/pdf" data-max-bytes="<?cs var:Upload.MaxBytes ?>"><?cs call:field_errmsg("doc") ?></div>
    <?cs if:Rec.has_quota == "1" && Rec.count < Rec.quota ?>
    <div class="check-field<?cs if:Err.confirm_fewer ?> invalid<?cs /if ?>"><input type="checkbox" id="f-confirm_fewer" name="confirm_fewer" value="1"<?cs if:Form.confirm_fewer ?> checked<?cs /if ?>>
      <label for="f-confirm_fewer">确认推荐 <?cs var:Rec.count ?> 家，少于参考推荐数量 <?cs var:Rec.quota ?> 家</label><?cs call:field_errmsg("confirm_fewer") ?></div>
    <div class="field<?cs if:Err.fewer_reason ?> invalid<?cs /if ?>"><label for="f-fewer_reason">少报理由</label><textarea id="f-fewer_reason" name="fewer_reason" rows="3"><?cs var:Form.fewer_reason ?></textarea><?cs call:field_errmsg("fewer_reason") ?></div>
    <?cs /if ?>
    <div class="actions"><button type="submit" class="primary">提交推荐名单</button></div>
  </form>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
