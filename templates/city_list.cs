<?cs set:Page.Title = "确定试点企业名单" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>确定试点企业名单 <small class="count"><?cs var:Rec.city_name ?> · <?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("recommend") ?>
<p>市审核截止：<?cs var:Batch.city_deadline ?><?cs if:Rec.past_deadline == "1" ?>（已截止）<?cs /if ?> ·
  状态：<?cs if:Rec.submitted == "1" ?><span class="badge on">已确定（<?cs var:Rec.submitted_at ?>，文号 <?cs var:Rec.doc_no ?>）</span><?cs else ?><span class="badge">未提交</span><?cs /if ?>
  · <a href="/cgi-bin/ent_summary.cgi?batch=<?cs var:Batch.id ?>&amp;state=selected">试点企业名单（汇总表）</a></p>
<p class="hint">市工信局、财政局组织专家对各县区推荐的企业综合审核后，将确定列入的企业加入本名单；名单经市财政局在本页确认后，连同名单文件提交，名单中的企业即列入试点企业名单（征集通知 三（二）2）。退回修改、不予列入在各企业的审核页办理。</p>
<?cs call:rec_cosign_status() ?>
<?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
<section class="card">
  <h2>试点企业名单（<?cs var:Rec.count ?> 家）</h2>
  <?cs if:subcount(Items) == 0 ?><p>尚未加入企业。</p><?cs else ?>
  <?cs set:acts = Rec.submitted != "1" && User.Role == "city" ?>
  <table class="list"><thead><tr><th>顺序</th><th>企业</th><th>状态</th><?cs if:acts ?><th>操作</th><?cs /if ?></tr></thead><tbody>
  <?cs each:i = Items ?><tr><td><?cs var:i.rank ?></td><td><?cs if:Rec.cosigner == "1" ?><?cs var:i.org ?><?cs else ?><a href="/cgi-bin/ent.cgi?id=<?cs var:i.app ?>"><?cs var:i.org ?></a><?cs /if ?></td><td><?cs var:i.state_label ?></td>
    <?cs if:acts ?><td><form class="inline" method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="app" value="<?cs var:i.app ?>">
      <button class="link" name="op" value="up" type="submit" aria-label="上移 <?cs var:i.org ?>">上移</button> <button class="link" name="op" value="down" type="submit" aria-label="下移 <?cs var:i.org ?>">下移</button><?cs if:i.state == "recommended" ?> <button class="link" name="op" value="remove" type="submit" aria-label="移出 <?cs var:i.org ?>">移出</button><?cs /if ?></form></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
</section>
<?cs call:rec_cosign_form("recommend", "企业") ?>
<?cs if:User.Role == "city" && Rec.submitted == "1" ?>
<?cs if:subcount(Again) > 0 ?>
<section class="card">
  <h2>退回后重新推荐、待再次列入的企业</h2>
  <table class="list"><tbody><?cs each:c = Again ?><tr><td><a href="/cgi-bin/ent.cgi?id=<?cs var:c.app ?>"><?cs var:c.org ?></a></td>
    <td><form method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>" data-confirm="确定再次列入该企业？"><?cs call:csrf() ?><input type="hidden" name="op" value="again"><input type="hidden" name="app" value="<?cs var:c.app ?>"><input type="hidden" name="version" value="<?cs var:c.version ?>"><button type="submit" class="primary">再次列入</button></form></td></tr><?cs /each ?></tbody></table>
</section>
<?cs /if ?>
<section class="card">
  <h2>增补名单</h2>
  <p class="hint">已列入的企业保持不变。重新开放后可加入其他县区推荐的企业；增补后的名单须经市财政局重新确认，再连同名单文件提交。</p>
  <form method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>" data-confirm="确定重新开放试点企业名单以便增补？"><?cs call:csrf() ?><input type="hidden" name="op" value="reopen"><button type="submit">重新开放名单</button></form>
</section>
<?cs /if ?>
<?cs if:Rec.submitted != "1" && User.Role == "city" ?>
<section class="card">
  <h2>县区已推荐、尚未列入名单的企业</h2>
  <?cs if:subcount(Candidates) == 0 ?><p>没有待确定的企业（须县区提交推荐名单后才会出现在这里）。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业</th><th>所属县区</th><th>操作</th></tr></thead><tbody><?cs each:c = Candidates ?><tr><td><a href="/cgi-bin/ent.cgi?id=<?cs var:c.app ?>"><?cs var:c.org ?></a></td><td><?cs var:c.county ?></td>
    <td><form method="post" action="/cgi-bin/recommend.cgi?batch=<?cs var:Batch.id ?>"><?cs call:csrf() ?><input type="hidden" name="op" value="add"><input type="hidden" name="app" value="<?cs var:c.app ?>"><button type="submit" aria-label="列入名单 <?cs var:c.org ?>">列入名单</button></form></td></tr><?cs /each ?></tbody></table><?cs /if ?>
</section>
<section class="card">
  <h2>提交试点企业名单（须附名单文件）</h2>
  <?cs call:rec_submit_form("city_list", "名单文件", "例如：洛工信〔2026〕8号", "确定提交试点企业名单？名单中待确定的企业将列入试点企业名单，名单随即冻结。", "提交试点企业名单") ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
