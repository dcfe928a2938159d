<?cs set:Page.Title = "评分标准" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/experts.cgi?batch=<?cs var:Batch.id ?>">← 专家评审</a></p>
<section class="card">
  <h1>评分标准 <small class="count"><?cs var:Batch.title ?></small></h1>
  <p class="lead">默认依据附件2《企业数字化转型试点实施方案（提纲）》各部分设置，合计100分。已有专家提交评分后不能修改。</p>
  <?cs call:error_summary() ?><?cs call:field_errmsg("max") ?><?cs call:field_errmsg("title") ?>
  <form data-autosave="rubric-<?cs var:Batch.id ?>" method="post" action="/cgi-bin/rubric.cgi?batch=<?cs var:Batch.id ?>" novalidate>
    <?cs call:csrf() ?>
    <fieldset class="plain"<?cs if:Rubric.locked ?> disabled<?cs /if ?>>
    <table class="list"><thead><tr><th>序号</th><th>评审内容</th><th>满分</th></tr></thead><tbody>
    <?cs loop:i = 0, Rubric.rows - 1, 1 ?>
      <tr><td><?cs var:i + 1 ?></td>
        <td><label class="sr" for="f-title-<?cs var:i ?>">第<?cs var:i + 1 ?>项评审内容</label><input id="f-title-<?cs var:i ?>" name="title" type="text" maxlength="200" value="<?cs var:Items[i].title ?>"></td>
        <td><label class="sr" for="f-max-<?cs var:i ?>">第<?cs var:i + 1 ?>项满分</label><input id="f-max-<?cs var:i ?>" name="max" type="text" inputmode="numeric" value="<?cs var:Items[i].max ?>"></td></tr>
    <?cs /loop ?>
    </tbody></table>
    </fieldset>
    <?cs if:!Rubric.locked ?><div class="actions"><button type="submit" class="primary">保存评分标准</button></div><?cs else ?><p class="hint">已有专家提交评分，评分标准已锁定。</p><?cs /if ?>
  </form>
</section>
<?cs include:"footer.cs" ?>
