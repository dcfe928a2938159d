<?cs # an application's overview, for a programme without an overview template of its own ?>
<?cs set:Page.Title = Prog.document ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_head() ?>
<?cs if:Flags.figures ?><p class="error-summary" role="status">数据一致性提示：<?cs var:Flags.figures ?>。（提示，不影响提交）</p><?cs /if ?>
<?cs call:ov_review() ?>
<?cs call:ov_check() ?>
<?cs call:ov_sections(0) ?>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
