<?cs set:Page.Title = "推荐汇总表" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>推荐汇总表 <small class="count"><?cs var:Sum.area ?> · <?cs var:Batch.title ?></small></h1>
<form class="filters" method="get" action="/cgi-bin/ent_summary.cgi">
  <input type="hidden" name="batch" value="<?cs var:Batch.id ?>">
  <?cs if:subcount(Counties) > 0 ?><div class="field"><label for="f-county">县区</label><select id="f-county" name="county"><option value="">全部</option>
    <?cs each:c = Counties ?><option value="<?cs var:c.code ?>"<?cs if:Sum.county == c.code ?> selected<?cs /if ?>><?cs var:c.name ?></option><?cs /each ?></select></div><?cs /if ?>
  <div class="field"><label for="f-state">范围</label><select id="f-state" name="state">
    <option value=""<?cs if:Sum.state == "" ?> selected<?cs /if ?>>县区推荐（含已列入名单）</option>
    <option value="selected"<?cs if:Sum.state == "selected" ?> selected<?cs /if ?>>已列入试点企业名单</option>
    <option value="all"<?cs if:Sum.state == "all" ?> selected<?cs /if ?>>全部已提交</option></select></div>
  <div class="field"><button type="submit" class="primary">查询</button></div>
</form>
<div class="actions">
  <a class="button" href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>&amp;format=xlsx">导出 Excel</a>
  <a class="button" href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>&amp;format=csv">导出 CSV</a>
  <a class="button" href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>&amp;format=print">打印</a>
  <a class="button" href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>&amp;format=pdf">PDF</a>
  <a class="button" href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>&amp;format=docx">Word</a>
</div>
<p>共 <?cs var:Sum.count ?> 家企业</p>
<div class="table-wrap"><?cs call:table(T, "list small-table") ?></div>
<?cs include:"footer.cs" ?>
