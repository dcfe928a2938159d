<?cs set:Page.Title = "统计" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<h1>统计 <small class="count"><?cs var:User.RegionName ?> · <?cs var:Batch.title ?></small></h1>
<?cs call:batch_picker("stats") ?>
<section class="card">
  <h2>截止日期与进度</h2>
  <table class="list"><thead><tr><th>环节</th><th>截止日期</th><th class="num">剩余天数</th><th class="num">待办理</th></tr></thead><tbody>
    <tr><td>服务平台提交</td><td><?cs var:Batch.applicant_deadline ?></td><td class="num"><?cs var:Progress.days_appl ?></td><td class="num"><?cs var:Progress.drafts ?> 份草稿</td></tr>
    <tr><td>旗县区初审</td><td><?cs var:Batch.county_deadline ?></td><td class="num"><?cs var:Progress.days_county ?></td><td class="num"><?cs var:Progress.county_pending ?> 份待初审</td></tr>
    <tr><td>盟市审核推荐</td><td><?cs var:Batch.city_deadline ?></td><td class="num"><?cs var:Progress.days_city ?></td><td class="num"><?cs var:Progress.city_pending ?> 份待审核或推荐</td></tr>
  </tbody></table>
</section>
<section class="card">
  <h2>各地区申请状态 <small class="count">共 <?cs var:States.sum ?> 份已提交 · <a href="/cgi-bin/stats.cgi?batch=<?cs var:Batch.id ?>&amp;csv=states">下载 CSV</a></small></h2>
  <svg class="chart" viewBox="0 0 600 <?cs var:States.height ?>" role="img" aria-label="各地区申请状态条形图">
    <?cs each:a = States ?><?cs if:a.name ?>
    <text x="0" y="<?cs var:a.y + 15 ?>" class="lbl"><?cs var:a.name ?></text>
    <?cs each:s = a.seg ?><rect x="<?cs var:s.x ?>" y="<?cs var:a.y + 3 ?>" width="<?cs var:s.w ?>" height="16" class="st-<?cs var:s.state ?>"><title><?cs var:a.name ?>：<?cs var:s.n ?></title></rect><?cs /each ?>
    <text x="<?cs var:130 + 430 ?>" y="<?cs var:a.y + 15 ?>" class="val"><?cs var:a.total ?></text>
    <?cs /if ?><?cs /each ?>
  </svg>
  <p class="legend"><?cs each:l = Legend ?><span><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" class="st-<?cs var:l.state ?>"/></svg> <?cs var:l.label ?></span> <?cs /each ?></p>
  <table class="list"><thead><tr><th>地区</th><?cs each:l = Legend ?><th class="num"><?cs var:l.label ?></th><?cs /each ?><th class="num">合计</th></tr></thead><tbody>
  <?cs each:a = States ?><?cs if:a.name ?><tr><td><?cs var:a.name ?></td><?cs each:l = Legend ?><td class="num"><?cs var:#a.n[l.state] ?></td><?cs /each ?><td class="num"><?cs var:a.total ?></td></tr><?cs /if ?><?cs /each ?>
  </tbody></table>
</section>
<section class="card">
  <h2>各地区金额（万元） <small class="count"><a href="/cgi-bin/stats.cgi?batch=<?cs var:Batch.id ?>&amp;csv=money">下载 CSV</a></small></h2>
  <svg class="chart" viewBox="0 0 600 <?cs if:Money.height ?><?cs var:Money.height ?><?cs else ?>10<?cs /if ?>" role="img" aria-label="各地区实际改造成本与奖补资金">
    <?cs each:x = Money ?><?cs if:x.name ?>
    <text x="0" y="<?cs var:x.y + 15 ?>" class="lbl"><?cs var:x.name ?></text>
    <rect x="130" y="<?cs var:x.y + 2 ?>" width="<?cs var:x.wc ?>" height="12" class="cost"><title>实际改造成本 <?cs var:x.cost ?></title></rect>
    <rect x="130" y="<?cs var:x.y + 15 ?>" width="<?cs var:x.ws ?>" height="10" class="subsidy"><title>奖补资金 <?cs var:x.subsidy ?></title></rect>
    <?cs /if ?><?cs /each ?>
  </svg>
  <p class="legend"><span><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" class="cost"/></svg> 实际改造成本</span> <span><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" class="subsidy"/></svg> 奖补资金额</span></p>
  <table class="list"><thead><tr><th>地区</th><th class="num">实际改造成本</th><th class="num">奖补资金额</th></tr></thead><tbody>
  <?cs each:x = Money ?><?cs if:x.name ?><tr><td><?cs var:x.name ?></td><td class="num"><?cs var:x.cost ?></td><td class="num"><?cs var:x.subsidy ?></td></tr><?cs /if ?><?cs /each ?>
  </tbody></table>
</section>
<section class="card">
  <h2>各细分行业申请数 <small class="count"><a href="/cgi-bin/stats.cgi?batch=<?cs var:Batch.id ?>&amp;csv=subs">下载 CSV</a></small></h2>
  <svg class="chart" viewBox="0 0 600 <?cs if:Subs.height ?><?cs var:Subs.height ?><?cs else ?>10<?cs /if ?>" role="img" aria-label="各细分行业申请数">
    <?cs each:x = Subs ?><?cs if:x.name ?><text x="0" y="<?cs var:x.y + 14 ?>" class="lbl small"><?cs var:x.name ?></text>
    <rect x="130" y="<?cs var:x.y + 3 ?>" width="<?cs var:x.w ?>" height="14" class="bar"/><text x="<?cs var:135 + x.w ?>" y="<?cs var:x.y + 14 ?>" class="val"><?cs var:x.n ?></text><?cs /if ?><?cs /each ?>
  </svg>
</section>
<section class="card">
  <h2>盟市推荐配额使用 <small class="count"><a href="/cgi-bin/stats.cgi?batch=<?cs var:Batch.id ?>&amp;csv=quota">下载 CSV</a></small></h2>
  <table class="list"><thead><tr><th>盟市</th><th>推荐状态</th><th>已选细分行业（上限 <?cs var:Batch.max_subind_per_city ?>）</th><th class="num">单个细分行业最多平台（上限 <?cs var:Batch.max_platforms_per_subind ?>）</th><th class="num">推荐平台</th></tr></thead><tbody>
  <?cs each:q = Quota ?><?cs if:q.name ?><tr><td><?cs var:q.name ?></td><td><?cs if:q.state == "submitted" ?>已上报<?cs elif:q.state == "draft" ?>编辑中<?cs else ?>未开始<?cs /if ?></td>
    <td><svg width="210" height="14" role="img" aria-label="<?cs var:q.subs ?> / <?cs var:Batch.max_subind_per_city ?>"><rect width="200" height="12" class="track"/><rect width="<?cs var:q.w ?>" height="12" class="bar"/></svg> <?cs var:q.subs ?> / <?cs var:Batch.max_subind_per_city ?></td>
    <td class="num"><?cs var:q.maxper ?></td><td class="num"><?cs var:q.items ?></td></tr><?cs /if ?><?cs /each ?>
  </tbody></table>
</section>
<?cs include:"footer.cs" ?>
