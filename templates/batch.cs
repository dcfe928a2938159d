<?cs if:Form.id ?><?cs set:Page.Title = "编辑" + Prog.batch_noun ?><?cs else ?><?cs set:Page.Title = "新建" + Prog.batch_noun ?><?cs /if ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/batches.cgi">← <?cs var:Prog.batch_noun ?></a></p>
<section class="card">
  <h1><?cs var:Page.Title ?> <small class="count"><?cs var:Prog.name ?></small></h1>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：该批次已被他人修改。您填写的内容保留在下方，请刷新核对后再保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form data-autosave="batch-<?cs var:Form.id ?>" method="post" action="/cgi-bin/batch.cgi<?cs if:Form.id ?>?id=<?cs var:Form.id ?><?cs else ?>?programme=<?cs var:Prog.key ?><?cs /if ?>" novalidate>
    <?cs call:csrf() ?>
    <?cs if:Form.id ?><input type="hidden" name="version" value="<?cs var:Form.version ?>"><?cs /if ?>
    <div class="fields-2">
      <div>
        <h2>批次与截止日期</h2>
        <?cs call:text("year", "年度", "text", 1, 4, "") ?>
        <?cs call:text("title", "批次名称", "text", 1, 200, "") ?>
        <?cs call:text("open_date", "开始申报日期", "date", 1, 10, "") ?>
        <?cs call:text("applicant_deadline", "申报截止日期", "date", 1, 10, "在线提交的截止日期（北京时间当日24时）") ?>
        <?cs each:d = Deadlines ?><?cs call:text(d.name, d.label, "date", 1, 10, d.hint) ?><?cs /each ?>
      </div>
      <div>
        <h2>规则参数（默认为政策文件的规定）</h2>
        <?cs if:Ruleset.key ?><p class="hint" id="ruleset">奖补规则集：<a href="/cgi-bin/subsidy.cgi?rs=<?cs var:Ruleset.key ?>&amp;v=<?cs var:Ruleset.version ?>"><?cs var:Ruleset.name ?>（<?cs var:Ruleset.key ?> 第<?cs var:Ruleset.version ?>版）</a>，依据<?cs var:Ruleset.source ?>。本批次按<?cs if:Form.id ?>创建时<?cs else ?>创建时最新<?cs /if ?>的版本测算，规则修订为新版本后本批次不变。</p><?cs /if ?>
        <?cs each:p = Params ?>
          <?cs if:p.text == "1" ?>
          <div class="field<?cs if:Err[p.name] ?> invalid<?cs /if ?>"><?cs call:field_label(p.name, p.label, p.req) ?>
            <textarea id="f-<?cs var:p.name ?>" name="<?cs var:p.name ?>" rows="4" aria-describedby="h-<?cs var:p.name ?><?cs if:Err[p.name] ?> e-<?cs var:p.name ?><?cs /if ?>"<?cs if:Err[p.name] ?> aria-invalid="true"<?cs /if ?>><?cs var:Form[p.name] ?></textarea>
            <p class="hint" id="h-<?cs var:p.name ?>"><?cs var:p.clause ?></p><?cs call:field_errmsg(p.name) ?></div>
          <?cs else ?>
          <?cs call:text(p.name, p.label, "text", p.req, 16, p.clause) ?>
          <?cs /if ?>
        <?cs /each ?>
        <?cs if:Batch.has_quota == "1" ?>
        <h3>各<?cs var:Prog.county_level ?>推荐数量</h3>
        <?cs call:field_errmsg("quota") ?>
        <table class="list"><tbody><?cs each:q = Quotas ?><tr><td><label for="f-quota-<?cs var:q.code ?>"><?cs var:q.name ?></label></td>
          <td><input type="hidden" name="quota_county" value="<?cs var:q.code ?>"><input id="f-quota-<?cs var:q.code ?>" name="quota" type="text" inputmode="numeric" value="<?cs var:q.quota ?>"></td></tr><?cs /each ?></tbody></table>
        <?cs /if ?>
      </div>
    </div>
    <div class="actions"><button type="submit" class="primary">保存</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
