<?cs # an application's overview, for a programme without an overview template of its own ?>
<?cs set:Page.Title = Prog.document ?>
<?cs include:"macros.cs" ?>
<?cs include:"overview.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ov_head() ?>
<?cs if:Flags.figures ?><p class="error-summary" role="status">数据一致性提示：<?cs var:Flags.figures ?>。（提示，不影响提交）</p><?cs /if ?>
<?cs if:Subsidy.why ?>
<section class="card" aria-labelledby="subsidy-h">
  <h2 id="subsidy-h">按规则测算的金额：<?cs var:Subsidy.amount_wan ?> 万元（<?cs var:Subsidy.amount ?> 元）</h2>
  <p class="reason"><?cs var:Subsidy.why ?></p>
  <p class="hint">按本批次的资金规则，由已保存的等级和支出计算；以市核定的金额为准。</p>
</section>
<?cs /if ?>
<?cs call:ov_review() ?>
<?cs call:ov_check() ?>
<?cs call:ov_sections() ?>
<?cs call:ov_submit() ?>
<?cs call:ov_events() ?>
<?cs include:"footer.cs" ?>
