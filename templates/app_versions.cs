<?cs set:Page.Title = "版本与变更" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/<?cs var:Section.overview ?>.cgi?id=<?cs var:App.id ?>">← <?cs var:Prog.document ?></a></p>
<section class="card">
  <h1>版本与变更 <small class="count"><?cs var:App.org ?></small></h1>
  <form class="filters" method="get" action="/cgi-bin/app_versions.cgi">
    <input type="hidden" name="id" value="<?cs var:App.id ?>">
    <div class="field"><label for="f-a">比较</label>
      <select id="f-a" name="a"><option value="0"<?cs if:Diff.a == 0 ?> selected<?cs /if ?>>当前内容（未提交）</option>
        <?cs each:v = Versions ?><option value="<?cs var:v.no ?>"<?cs if:Diff.a == v.no ?> selected<?cs /if ?>>第 <?cs var:v.no ?> 版（<?cs var:v.at ?>）</option><?cs /each ?></select></div>
    <div class="field"><label for="f-b">与</label>
      <select id="f-b" name="b"><option value="0"<?cs if:Diff.b == 0 ?> selected<?cs /if ?>>当前内容（未提交）</option>
        <?cs each:v = Versions ?><option value="<?cs var:v.no ?>"<?cs if:Diff.b == v.no ?> selected<?cs /if ?>>第 <?cs var:v.no ?> 版（<?cs var:v.at ?>）</option><?cs /each ?></select></div>
    <div class="field"><button type="submit" class="primary">比较</button></div>
  </form>
  <?cs if:Diff.same ?><p>请选择两个不同的版本。</p>
  <?cs elif:Diff.count == 0 ?><p>两个版本的内容完全相同。</p>
  <?cs else ?>
  <p><?cs var:Diff.count ?> 处不同（左：<?cs if:Diff.a == 0 ?>当前内容<?cs else ?>第 <?cs var:Diff.a ?> 版<?cs /if ?>；右：<?cs if:Diff.b == 0 ?>当前内容<?cs else ?>第 <?cs var:Diff.b ?> 版<?cs /if ?>）</p>
  <table class="list diff">
    <thead><tr><th>字段</th><th><?cs if:Diff.a == 0 ?>当前内容<?cs else ?>第 <?cs var:Diff.a ?> 版<?cs /if ?></th><th><?cs if:Diff.b == 0 ?>当前内容<?cs else ?>第 <?cs var:Diff.b ?> 版<?cs /if ?></th></tr></thead>
    <tbody><?cs each:d = Diff.rows ?>
      <tr><td><?cs var:d.label ?></td><td class="old"><?cs if:d.added == "1" ?><span class="muted">（无）</span><?cs elif:subcount(d.oldparts) > 0 ?><?cs each:p = d.oldparts ?><?cs if:p.ch == "1" ?><del><?cs var:p.t ?></del><?cs else ?><?cs var:p.t ?><?cs /if ?><?cs /each ?><?cs else ?><?cs var:d.old ?><?cs /if ?></td>
        <td class="new"><?cs if:d.removed == "1" ?><span class="muted">（已删除）</span><?cs elif:subcount(d.newparts) > 0 ?><?cs each:p = d.newparts ?><?cs if:p.ch == "1" ?><ins><?cs var:p.t ?></ins><?cs else ?><?cs var:p.t ?><?cs /if ?><?cs /each ?><?cs else ?><?cs var:d.new ?><?cs /if ?></td></tr>
    <?cs /each ?></tbody>
  </table>
  <?cs /if ?>
</section>
<?cs include:"footer.cs" ?>
