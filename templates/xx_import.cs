<?cs set:Page.Title = "导入营业收入" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<section class="card">
  <h1>导入营业收入（CSV）</h1>
  <p class="lead">CSV文件（UTF-8编码），第一行为表头，此后每行一家企业一个年度：<code>统一社会信用代码,年度,营业收入（元）</code>，营业收入为整数，单位元。先预览逐行核对，全部无误后才能导入；同一企业同一年度已有记录的，导入即更正。</p>
  <?cs if:Refused ?><p class="error-summary" role="alert"><?cs var:Refused ?></p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form method="post" action="/cgi-bin/xx_import.cgi" enctype="multipart/form-data" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="preview">
    <div class="field<?cs if:Err.csv ?> invalid<?cs /if ?>"><?cs call:field_label("csv", "CSV文件", 1) ?>
      <input id="f-csv" name="csv" type="file" accept=".csv,text/csv"<?cs if:Err.csv ?> aria-invalid="true" aria-describedby="e-csv"<?cs /if ?>>
      <?cs call:field_errmsg("csv") ?></div>
    <div class="actions"><button type="submit">预览</button> <a class="button" href="/cgi-bin/xx_records.cgi">返回企业记录</a></div>
  </form>
</section>
<?cs if:Import.rows ?>
<section class="card">
  <h2>预览（共<?cs var:Import.rows ?>行<?cs if:Import.bad > 0 ?>，<span class="badge off"><?cs var:Import.bad ?>行有错误</span><?cs /if ?>）</h2>
  <table class="list"><thead><tr><th>行号</th><th>统一社会信用代码</th><th>企业名称</th><th>年度</th><th>营业收入（元）</th><th>结果</th></tr></thead><tbody>
  <?cs each:w = Rows ?><tr<?cs if:w.err ?> class="bad"<?cs /if ?>><td><?cs var:w.line ?></td><td><?cs var:w.code ?></td>
  <?cs if:w.err ?><td colspan="4" class="err">⚠ <?cs var:w.err ?></td><?cs else ?><td><?cs var:w.org ?></td><td><?cs var:w.year ?>年</td><td class="num"><?cs var:w.revenue ?></td><td><?cs var:w.what ?></td><?cs /if ?></tr><?cs /each ?>
  </tbody></table>
  <?cs if:Import.bad == 0 ?>
  <form data-autosave="xx_import" method="post" action="/cgi-bin/xx_import.cgi" novalidate data-confirm="确定导入这<?cs var:Import.rows ?>行营业收入？">
    <?cs call:csrf() ?><input type="hidden" name="op" value="import">
    <label for="f-csvtext" class="visually-hidden">CSV内容</label>
    <textarea id="f-csvtext" name="csvtext" hidden><?cs var:Form.csvtext ?></textarea>
    <div class="actions"><button type="submit" class="primary">导入</button></div>
  </form>
  <?cs else ?><p class="hint">请改正有错误的行后重新上传；有错误时不导入任何数据。</p><?cs /if ?>
</section>
<?cs /if ?>
<?cs include:"footer.cs" ?>
