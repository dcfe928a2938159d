<?cs set:Page.Title = "企业记录" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs def:ent_select(n) ?><?cs call:text(n, "企业统一社会信用代码", "text", 1, 18, "本区已注册企业的统一社会信用代码（可在“申报单位”中查询）") ?><?cs /def ?>
<section class="card">
  <h1>企业记录 <small class="count">免申即享的依据</small></h1>
  <p class="lead">考核工作小组办公室按年度记录本区企业的数字化水平评定等级、营业收入、第二十五条情形和第十七条新乡市政策金额；奖励轮次据此提出奖励建议名单，企业无需申请（行动计划 第十五至十八、二十一、二十五条）。</p>
  <?cs call:error_summary() ?>
  <form method="get" action="/cgi-bin/xx_records.cgi" class="search">
    <?cs call:text("q", "企业名称或统一社会信用代码", "search", 0, 100, "") ?>
    <div class="actions"><button type="submit">查询</button> <a class="button" href="/cgi-bin/xx_import.cgi">导入营业收入（CSV）</a></div>
  </form>
</section>
<section class="card">
  <h2>评定等级（<?cs var:subcount(Levels) ?>条）</h2>
  <?cs if:subcount(Levels) == 0 ?><p class="hint">暂无评定等级记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>评定年度</th><th>评定等级</th><th>企业类别</th><th>改造批次</th><th>评定说明</th></tr></thead><tbody>
  <?cs each:l = Levels ?><tr><td><?cs var:l.org ?></td><td><?cs var:l.code ?></td><td><?cs var:l.year ?>年</td><td><?cs var:l.level_label ?></td><td><?cs var:l.category_label ?></td><td>第<?cs var:l.batch_no ?>批</td><td><?cs var:l.note ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <form data-autosave="xx_records-level" method="post" action="/cgi-bin/xx_records.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="level">
    <?cs call:ent_select("l_code") ?>
    <?cs call:text("l_year", "评定年度", "number", 1, 4, "考核小组及相关专家评定等级的年度；奖励比较其后第一个自然年度与该年度的营业收入") ?>
    <?cs call:select("level", "评定等级", 1, LevelOptions) ?>
    <?cs call:select("category", "企业类别", 1, Categories) ?>
    <?cs call:select("batch_no", "改造批次", 1, Batches) ?>
    <?cs call:text("l_note", "评定说明", "text", 0, 500, "例如评测报告编号") ?>
    <div class="actions"><button type="submit" class="primary">保存评定等级</button></div>
  </form>
</section>
<section class="card">
  <h2>营业收入（<?cs var:subcount(Revenues) ?>条）</h2>
  <?cs if:subcount(Revenues) == 0 ?><p class="hint">暂无营业收入记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>年度</th><th>营业收入（元）</th></tr></thead><tbody>
  <?cs each:v = Revenues ?><tr><td><?cs var:v.org ?></td><td><?cs var:v.code ?></td><td><?cs var:v.year ?>年</td><td class="num"><?cs var:v.revenue ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <form data-autosave="xx_records-revenue" method="post" action="/cgi-bin/xx_records.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="revenue">
    <?cs call:ent_select("r_code") ?>
    <?cs call:text("r_year", "年度", "number", 1, 4, "自然年度，例如 2025") ?>
    <?cs call:text("revenue", "营业收入（元）", "text", 1, 16, "整数，单位元；同一企业同一年度再次保存即更正") ?>
    <div class="actions"><button type="submit" class="primary">保存营业收入</button></div>
  </form>
</section>
<section class="card">
  <h2>第二十五条情形（<?cs var:subcount(Exclusions) ?>条）</h2>
  <p class="hint">享受奖励政策的企业，必须依法诚信纳税，当年未发生重大安全生产事故、生态环保事故、产品质量安全事故、严重违法违纪及失信行为，否则不予支持（第二十五条）。记录的年度为奖励所依据的营业收入年度或奖励轮次的年度时，该企业不予支持。</p>
  <?cs if:subcount(Exclusions) == 0 ?><p class="hint">暂无记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>年度</th><th>情形</th><th>核查情况</th><th>记录日期</th></tr></thead><tbody>
  <?cs each:x = Exclusions ?><tr><td><?cs var:x.org ?></td><td><?cs var:x.code ?></td><td><?cs var:x.year ?>年</td><td><?cs var:x.kind_label ?></td><td><?cs var:x.note ?></td><td><?cs var:x.on ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <form data-autosave="xx_records-exclusion" method="post" action="/cgi-bin/xx_records.cgi" novalidate data-confirm="确定记录该情形？该企业该年度将不予支持。">
    <?cs call:csrf() ?><input type="hidden" name="op" value="exclusion">
    <?cs call:ent_select("e_code") ?>
    <?cs call:text("e_year", "年度", "number", 1, 4, "") ?>
    <?cs call:select("kind", "情形", 1, Kinds) ?>
    <div class="field<?cs if:Err.e_note ?> invalid<?cs /if ?>"><?cs call:field_label("e_note", "核查情况", 1) ?>
      <textarea id="f-e_note" name="e_note" maxlength="1000"<?cs if:Err.e_note ?> aria-invalid="true" aria-describedby="e-e_note"<?cs /if ?>><?cs var:Form.e_note ?></textarea><?cs call:field_errmsg("e_note") ?></div>
    <div class="actions"><button type="submit" class="danger">记录情形</button></div>
  </form>
</section>
<section class="card" id="city-policy">
  <h2>第十七条 新乡市政策（<?cs var:subcount(CityPolicy) ?>条）</h2>
  <p class="hint">属于新乡市四个试点行业的中小企业，参照《新乡市中小企业数字化转型城市试点工作方案》（新政办〔2024〕43号）执行（第十七条）；第十五、十六、十七条款政策均按照“就高不重复”原则执行（第十八条）。记录企业同一评定年度按新乡市政策可获的金额：提出奖励时，本区奖励不高于该金额的不予奖励，高于的照常奖励，两个金额均写入测算说明。</p>
  <?cs if:subcount(CityPolicy) == 0 ?><p class="hint">暂无记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>评定年度</th><th>按新乡市政策可获金额（元）</th><th>文件或文号</th></tr></thead><tbody>
  <?cs each:x = CityPolicy ?><tr><td><?cs var:x.org ?></td><td><?cs var:x.code ?></td><td><?cs var:x.year ?>年</td><td class="num"><?cs var:x.amount ?></td><td><?cs var:x.doc ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <form data-autosave="xx_records-city" method="post" action="/cgi-bin/xx_records.cgi" novalidate>
    <?cs call:csrf() ?><input type="hidden" name="op" value="city">
    <?cs call:ent_select("c_code") ?>
    <?cs call:text("c_year", "评定年度", "number", 1, 4, "与“评定等级”中该企业的评定年度相同") ?>
    <?cs call:text("c_amount", "按新乡市政策可获金额（元）", "text", 1, 13, "整数，单位元；同一企业同一年度再次保存即更正") ?>
    <?cs call:text("c_doc", "新乡市政策文件或资金文号", "text", 1, 100, "例如：新工信〔2026〕15号") ?>
    <div class="actions"><button type="submit" class="primary">保存</button></div>
  </form>
</section>
<?cs include:"footer.cs" ?>
