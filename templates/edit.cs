<?cs # The parts of a section page that every programme shares (lib/sections.c):
     the way back, the tabs (已完成/未完成), the reason of a return, the countdown, the messages, what is shown and not typed (Facts),
     the form and its save (保存并下一步), the call's guide and contact.  A programme's own section template puts its own
     parts between ed_head() and ed_end(); stage_edit.cs is the plain case. ?>

<?cs def:ed_head() ?>
<p><a href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:App.id ?>">← <?cs var:Prog.document ?>（<?cs var:App.state_label ?>）</a></p>
<nav class="section-nav" aria-label="<?cs var:Prog.document ?>各部分">
  <?cs each:s = SectionList ?><a href="/cgi-bin/<?cs var:Prog.edit_page ?>.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:s.key ?>"<?cs if:s.key == Section.key ?> aria-current="page"<?cs /if ?>><?cs var:s.title ?> <span class="tab-state<?cs if:Sections[s.key].done == "1" ?> done"><?cs if:App.editable ?>已完成<?cs else ?>已填写<?cs /if ?><?cs else ?>"><?cs if:App.editable ?>未完成<?cs else ?>未填写<?cs /if ?><?cs /if ?></span></a><?cs /each ?>
</nav>
<section class="card">
  <h1><?cs var:Section.title ?></h1>
  <?cs if:App.state == "returned" && App.return_reason ?><div class="error-summary" role="alert"><strong>退回修改，退回原因：</strong><p class="reason"><?cs var:App.return_reason ?></p></div><?cs /if ?>
  <?cs if:App.editable && Batch.days_left >= 0 ?><p class="due<?cs if:Batch.days_left < 4 ?> soon<?cs /if ?>">申报截止：<?cs var:Batch.applicant_deadline ?>，<?cs if:Batch.days_left == 0 ?>今天截止<?cs else ?>还剩 <?cs var:Batch.days_left ?> 天<?cs /if ?>（已完成 <?cs var:SectionsDone ?> / <?cs var:SectionsTotal ?> 部分）</p><?cs /if ?>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：这一部分已在别处（例如另一个浏览器标签页）保存过。您刚填写的内容保留在下方；请核对后再次保存，或 <a href="/cgi-bin/<?cs var:Prog.edit_page ?>.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:Section.key ?>">重新打开查看已保存的内容</a>。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <?cs if:Party.editor ?><p class="hint"><?cs if:Party.mine ?>本部分由企业与服务商共同填写：您可以修改，保存后须经企业核对确认方可提交。<?cs else ?>本部分由企业填写，服务商只能查看。<?cs /if ?></p><?cs /if ?>
  <?cs if:!App.editable ?><p class="hint"><?cs var:Prog.document ?>当前只读（<?cs var:App.state_label ?><?cs if:Batch.past_deadline ?>，申报已截止<?cs /if ?>）。</p><?cs /if ?>
  <?cs if:subcount(Facts) > 0 ?><dl class="kv computed"><?cs each:x = Facts ?><dt><?cs var:x.label ?></dt><dd><?cs var:x.value ?></dd><?cs /each ?></dl><?cs /if ?>
  <form method="post" action="/cgi-bin/<?cs var:Prog.edit_page ?>.cgi?id=<?cs var:App.id ?>&amp;section=<?cs var:Section.key ?>" novalidate<?cs if:App.editable ?> data-autosave="<?cs var:Prog.edit_page ?>-<?cs var:App.id ?>-<?cs var:Section.key ?>"<?cs /if ?>>
  <?cs call:csrf() ?>
  <input type="hidden" name="sv" value="<?cs if:Form.sv ?><?cs var:Form.sv ?><?cs else ?><?cs var:Sections[Section.key].version ?><?cs /if ?>">
  <fieldset<?cs if:!App.editable ?> disabled<?cs /if ?> class="plain">
<?cs /def ?>

<?cs def:ed_end() ?>
  </fieldset>
  <?cs if:App.editable ?><div class="actions"><button type="submit" class="primary">保存草稿</button>
    <?cs if:Sections[Section.key].next ?><button type="submit" name="then" value="<?cs var:Sections[Section.key].next ?>">保存并下一步</button><?cs /if ?>
    <?cs if:Sections[Section.key].saved_at ?><span class="hint">最近保存：<?cs var:Sections[Section.key].saved_at ?></span><?cs /if ?></div><?cs /if ?>
  </form>
</section>
<?cs call:applicant_help() ?>
<?cs /def ?>
