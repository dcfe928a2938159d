<?cs set:Page.Title = "申报书" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1><?cs var:App.org ?> <small class="count"><?cs var:Batch.title ?></small></h1>
<p><span class="badge state-<?cs var:App.state ?>"><?cs var:App.state_label ?></span><?cs if:App.county ?> · <?cs var:App.city ?> <?cs var:App.county ?><?cs /if ?>
  <?cs if:App.submitted_at ?> · 最近提交：<?cs var:App.submitted_at ?><?cs /if ?> · 申报截止：<?cs var:Batch.applicant_deadline ?></p>
<?cs if:App.state == "returned" && App.return_reason ?><div class="error-summary" role="alert"><strong>退回修改：</strong><?cs var:App.return_reason ?></div><?cs /if ?>
<?cs if:Flags.figures ?><p class="error-summary" role="status">数据一致性提示：<?cs var:Flags.figures ?>。（提示，不影响提交）</p><?cs /if ?>
<?cs if:!App.owner ?>
<section class="card review-panel" id="review">
  <h2>审核办理</h2>
  <?cs if:Review.count > 0 ?>
  <form method="post" action="/cgi-bin/review.cgi" data-confirm="确定提交审核意见？办理结果将通知企业并记入办理记录。">
    <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="version" value="<?cs var:App.version ?>">
    <div class="field"><label for="f-opinion">审核意见</label><textarea id="f-opinion" name="opinion" rows="3" data-maxchars="1000" aria-describedby="c-opinion"></textarea><p class="counter" id="c-opinion">最多 1000 字</p></div>
    <div class="actions"><?cs each:x = Review.Actions ?><button type="submit" name="action" value="<?cs var:x.action ?>" class="<?cs if:x.danger == "1" ?>danger<?cs else ?>primary<?cs /if ?>"><?cs var:x.label ?></button><?cs /each ?></div>
  </form>
  <?cs else ?><p class="hint">本级当前没有需要办理的操作。</p><?cs /if ?>
</section>
<?cs /if ?>
<?cs if:Check.shown ?>
<section class="card" id="check"><h2>校验结果</h2>
  <?cs if:Check.count == 0 ?><p class="flash">未发现问题<?cs if:App.owner ?>，可以提交<?cs /if ?>。</p>
  <?cs else ?><p class="error-summary">共有 <?cs var:Check.count ?> 处问题<?cs if:App.owner ?>，全部解决后才能提交<?cs /if ?>：</p>
  <ol class="problems"><?cs each:p = Check.items ?><li><a href="<?cs var:p.href ?>"><?cs var:p.msg ?></a></li><?cs /each ?></ol><?cs /if ?>
</section>
<?cs /if ?>
<section class="card">
  <h2>申报表各部分</h2>
  <table class="list"><thead><tr><th>部分</th><th>最近保存</th><th></th></tr></thead><tbody>
  <?cs each:s = SectionList ?><tr><td><?cs var:s.title ?></td><td><?cs if:Sections[s.key].saved_at ?><?cs var:Sections[s.key].saved_at ?><?cs else ?><span class="muted">未填写</span><?cs /if ?></td>
    <td><a href="/cgi-bin/ent_edit.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:s.key ?>"><?cs if:App.editable ?>填写<?cs else ?>查看<?cs /if ?></a></td></tr><?cs /each ?>
  </tbody></table>
</section>
<section class="card">
  <h2>校验与提交</h2>
  <?cs if:App.editable ?>
  <div class="actions">
    <a class="button" href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>&amp;check=1#check">校验</a>
    <form method="post" action="/cgi-bin/app_submit.cgi" data-confirm="确定提交申报书？提交后不能修改，审核人员受理前可撤回。">
      <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="op" value="submit">
      <input type="hidden" name="version" value="<?cs var:App.version ?>">
      <button type="submit" class="primary"<?cs if:Check.count > 0 ?> disabled<?cs /if ?>>提交申报书</button></form>
    <a class="button" href="/cgi-bin/ent_print.cgi?id=<?cs var:App.id ?>">打印预览（草稿）</a>
  </div>
  <?cs elif:App.owner && App.state == "submitted" ?>
  <form method="post" action="/cgi-bin/app_submit.cgi" data-confirm="确定撤回？撤回后须重新提交。">
    <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:App.id ?>"><input type="hidden" name="op" value="withdraw">
    <input type="hidden" name="version" value="<?cs var:App.version ?>">
    <div class="actions"><button type="submit" class="danger">撤回</button></div></form>
  <?cs /if ?>
  <?cs if:subcount(Versions) > 0 ?>
  <table class="list"><thead><tr><th>版本</th><th>提交时间</th><th>验证码</th><th></th></tr></thead><tbody>
  <?cs each:v = Versions ?><tr><td>第 <?cs var:v.no ?> 版<?cs if:v.withdrawn == "1" ?>（已撤回）<?cs /if ?></td><td><?cs var:v.at ?></td><td><code><?cs var:v.code ?></code></td>
    <td><a href="/cgi-bin/ent_print.cgi?id=<?cs var:App.id ?>&amp;v=<?cs var:v.no ?>">打印</a> · <a href="/cgi-bin/app_versions.cgi?id=<?cs var:App.id ?>&amp;b=<?cs var:v.no ?>">变更</a></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <p><a href="/cgi-bin/ent_print.cgi?id=<?cs var:App.id ?>">打印申报书</a></p>
</section>
<?cs if:subcount(Events) > 0 ?>
<section class="card"><h2>办理记录</h2>
  <table class="list"><thead><tr><th>时间</th><th>办理人</th><th>层级</th><th>操作</th><th>结果</th><th>意见</th></tr></thead><tbody>
  <?cs each:e = Events ?><tr><td><?cs var:e.at ?></td><td><?cs var:e.who ?></td><td><?cs var:e.role_label ?></td><td><?cs var:e.action_label ?></td><td><?cs var:e.to_label ?></td><td><?cs var:e.opinion ?></td></tr><?cs /each ?>
  </tbody></table></section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
