<?cs if:Form.id ?><?cs set:Page.Title = "编辑申报批次" ?><?cs else ?><?cs set:Page.Title = "新建申报批次" ?><?cs /if ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<p><a href="/cgi-bin/batches.cgi">← 申报批次</a></p>
<section class="card">
  <h1><?cs var:Page.Title ?></h1>
  <?cs if:Conflict ?><p class="error-summary" role="alert">保存失败：该批次已被他人修改。您填写的内容保留在下方，请刷新核对后再保存。</p><?cs /if ?>
  <?cs call:error_summary() ?>
  <form method="post" action="/cgi-bin/batch.cgi<?cs if:Form.id ?>?id=<?cs var:Form.id ?><?cs /if ?>" novalidate>
    <?cs call:csrf() ?>
    <?cs if:Form.id ?><input type="hidden" name="version" value="<?cs var:Form.version ?>"><?cs /if ?>
    <div class="fields-2">
      <div>
        <h2>批次</h2>
        <?cs call:text("year", "年度", "text", 1, 4, "") ?>
        <?cs call:text("title", "批次名称", "text", 1, 200, "例如：2027年内蒙古自治区中小企业数字化转型试点（服务平台）") ?>
        <?cs call:text("open_date", "开始申报日期", "date", 1, 10, "") ?>
        <?cs call:text("applicant_deadline", "申报截止日期", "date", 1, 10, "服务平台在线提交的截止日期（北京时间当日24时）") ?>
        <?cs call:text("county_deadline", "旗县区初审截止日期", "date", 1, 10, "") ?>
        <?cs call:text("city_deadline", "盟市推荐上报截止日期", "date", 1, 10, "申报指南：盟市工信和财政部门须联合行文于4月30日前上报") ?>
      </div>
      <?cs if:Batch.enterprise == "1" ?>
      <div>
        <h2>试点企业征集（中小企业）</h2>
        <?cs call:text("data_year", "生产经营数据年度", "text", 1, 4, "申报书“生产经营情况”所填数据的年度，例如 2024") ?>
        <div class="field<?cs if:Err.industries ?> invalid<?cs /if ?>"><?cs call:field_label("industries", "试点行业（每行一个，共4个）", 1) ?>
          <textarea id="f-industries" name="industries" rows="4"<?cs if:Err.industries ?> aria-invalid="true" aria-describedby="e-industries"<?cs /if ?>><?cs var:Form.industries ?></textarea><?cs call:field_errmsg("industries") ?></div>
        <h3>各县区推荐企业数量（附件2）</h3>
        <?cs call:field_errmsg("quota") ?>
        <table class="list"><tbody><?cs each:q = Quotas ?><tr><td><label for="f-quota-<?cs var:q.code ?>"><?cs var:q.name ?></label></td>
          <td><input type="hidden" name="quota_county" value="<?cs var:q.code ?>"><input id="f-quota-<?cs var:q.code ?>" name="quota" type="text" inputmode="numeric" value="<?cs var:q.quota ?>"></td></tr><?cs /each ?></tbody></table>
      </div>
      <?cs /if ?>
      <div<?cs if:Batch.enterprise == "1" ?> hidden<?cs /if ?>>
        <h2>规则参数（默认为申报指南的规定）</h2>
        <?cs call:text("min_smes", "至少服务中小企业数（家）", "text", 1, 4, "申报条件（六）：至少6家") ?>
        <?cs call:text("max_subind_per_city", "每个盟市细分行业数上限", "text", 1, 3, "相关要求（二）：不超过5个") ?>
        <?cs call:text("max_platforms_per_subind", "每个细分行业推荐平台数上限", "text", 1, 3, "相关要求（三）：不超过3个") ?>
        <?cs call:text("cap_platform", "每个服务平台奖补上限（万元）", "text", 1, 16, "附件3注：最高不超过200万元") ?>
        <?cs call:text("cap_enterprise_pct", "每家试点企业奖补比例上限（%）", "text", 1, 3, "附件3注：不超过实际改造成本的20%") ?>
        <?cs call:text("cap_enterprise", "每家试点企业奖补上限（万元）", "text", 1, 16, "附件3注：最高不超过20万元") ?>
      </div>
    </div>
    <div class="actions"><button type="submit" class="primary">保存</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
