<?cs set:Page.Title = Section.title ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>">← 申报书（<?cs var:App.state_label ?>）</a></p>
<nav class="section-nav" aria-label="申报表各部分">
  <?cs each:s = SectionList ?><a href="/cgi-bin/ent_edit.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:s.key ?>"<?cs if:s.key == Section.key ?> aria-current="page"<?cs /if ?>><?cs var:s.title ?></a><?cs /each ?>
</nav>
<section class="card">
  <h1><?cs var:Section.title ?></h1>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：这一部分已在别处（例如另一个浏览器标签页）保存过。您刚填写的内容保留在下方；请核对后再次保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <?cs if:Section.key == "e1" ?>
  <dl class="kv computed"><dt>企业名称</dt><dd><?cs var:App.org ?></dd><dt>企业信用代码</dt><dd><?cs var:App.credit_code ?></dd>
    <dt>生产经营情况年度</dt><dd><?cs var:Batch.data_year ?>年（截至<?cs var:Batch.data_year ?>年底）</dd></dl>
  <?cs /if ?>
  <form method="post" action="/cgi-bin/ent_edit.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:Section.key ?>" novalidate<?cs if:App.editable ?> data-autosave="ent-<?cs var:App.id ?>-<?cs var:Section.key ?>"<?cs /if ?>>
  <?cs call:csrf() ?>
  <input type="hidden" name="sv" value="<?cs if:Form.sv ?><?cs var:Form.sv ?><?cs else ?><?cs var:Sections[Section.key].version ?><?cs /if ?>">
  <fieldset<?cs if:!App.editable ?> disabled<?cs /if ?> class="plain">
  <?cs each:f = Fields ?><?cs call:field(f) ?><?cs /each ?>
  </fieldset>
  <?cs if:App.editable ?><div class="actions"><button type="submit" class="primary">保存草稿</button>
    <?cs if:Sections[Section.key].saved_at ?><span class="hint">最近保存：<?cs var:Sections[Section.key].saved_at ?></span><?cs /if ?></div><?cs /if ?>
  </form>
</section>
<?cs include:"footer.cs" ?>
