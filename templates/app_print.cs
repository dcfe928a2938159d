<?cs include:"macros.cs" ?>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title><?cs var:P.city ?><?cs var:P.sub_industry_name ?>行业中小企业数字化转型试点申请报告 - <?cs var:P.applicant ?></title>
<link rel="stylesheet" href="/static/css/print.css">
<script src="/static/js/app.js" defer></script>
</head>
<body class="print">
<div class="screen-only toolbar">
  <a href="/cgi-bin/app.cgi?id=<?cs var:App.id ?>">← 返回申请报告</a>
  <button type="button" data-print="1">打印</button>
  <?cs if:Print.draft ?><span class="warn">草稿，尚未提交：打印稿无验证码，不能作为报送材料。</span><?cs /if ?>
  <?cs if:Print.withdrawn == "1" ?><span class="warn">此版本已撤回。</span><?cs /if ?>
</div>
<div class="print-footer">
  <?cs if:Print.code ?>
  <img src="/cgi-bin/qr.cgi?code=<?cs var:Print.code ?>" alt="验证二维码" width="64" height="64">
  <span>验证码 <strong><?cs var:Print.code_pretty ?></strong> · 第 <?cs var:Print.version ?> 版 · 提交于 <?cs var:Print.submitted_at ?><br>扫码或访问 /cgi-bin/verify.cgi 核验纸质稿与在线申报是否一致</span>
  <?cs else ?><span>草稿（未提交） · <?cs var:P.applicant ?></span><?cs /if ?>
</div>

<section class="sheet cover">
  <p class="doc-no">附件2</p>
  <h1><?cs var:P.city ?><?cs var:P.sub_industry_name ?>行业<br>中小企业数字化转型试点申请报告</h1>
  <dl class="cover-fields">
    <dt>申请企业名称：</dt><dd><?cs var:P.applicant ?><span class="seal">（盖章）</span></dd>
    <dt>统一社会信用代码：</dt><dd><?cs var:P.applicant.credit_code ?></dd>
    <dt>法定代表人：</dt><dd><?cs var:P.f.legal_rep ?></dd>
    <dt>联 系 人：</dt><dd><?cs var:P.f.contact_person ?></dd>
    <dt>联系电话：</dt><dd><?cs var:P.f.contact_phone ?></dd>
    <dt>注册地址：</dt><dd><?cs var:P.f.reg_address ?>（<?cs var:P.city ?><?cs var:P.county ?>）</dd>
    <dt>推荐单位：</dt><dd><?cs var:P.recommender ?><span class="seal">（盖章）</span></dd>
  </dl>
  <p class="cover-date">申请日期 <?cs var:P.apply_date_cn ?></p>
</section>

<section class="sheet">
  <h2 class="center">承 诺 书</h2>
  <p>本企业承诺：</p>
  <?cs if:P.f.pledge1 == "1" ?><p><?cs var:Labels.pledge1 ?></p><?cs /if ?>
  <?cs if:P.f.pledge2 == "1" ?><p><?cs var:Labels.pledge2 ?></p><?cs /if ?>
  <?cs if:P.f.pledge3 == "1" ?><p><?cs var:Labels.pledge3 ?></p><?cs /if ?>
  <?cs if:P.f.pledge4 == "1" ?><p><?cs var:Labels.pledge4 ?></p><?cs /if ?>
  <?cs if:P.f.pledge5 == "1" ?><p><?cs var:Labels.pledge5 ?></p><?cs /if ?>
  <p>若发生与上述承诺相违背的事实，由本单位承担法律责任。</p>
  <div class="sign">
    <p>法定代表人（签字）：<?cs var:P.f.signatory ?></p>
    <p>单位（盖章）：</p>
    <p><?cs var:P.pledge_date_cn ?></p>
  </div>
  <h3>申报条件</h3>
  <ul class="plain-list">
    <?cs if:P.f.cond1 == "1" ?><li>☑ <?cs var:Labels.cond1 ?></li><?cs /if ?>
    <?cs if:P.f.cond2 == "1" ?><li>☑ <?cs var:Labels.cond2 ?></li><?cs /if ?>
    <?cs if:P.f.cond3 == "1" ?><li>☑ <?cs var:Labels.cond3 ?></li><?cs /if ?>
    <?cs if:P.f.cond4 == "1" ?><li>☑ <?cs var:Labels.cond4 ?></li><?cs /if ?>
    <?cs if:P.f.cond5 == "1" ?><li>☑ <?cs var:Labels.cond5 ?></li><?cs /if ?>
    <li><?cs if:P.total.count >= Batch.min_smes ?>☑<?cs else ?>☐<?cs /if ?> （六）本年度平台已为 <?cs var:P.total.count ?> 家中小企业提供数字化转型服务（要求至少 <?cs var:Batch.min_smes ?> 家）。</li>
  </ul>
  <p>申报细分行业：<?cs var:P.sub_industry ?></p>
</section>

<section class="sheet">
  <h2 class="center">企业数字化转型试点实施方案</h2>
  <h3><?cs var:Labels.plan_1 ?></h3><div class="para"><?cs var:P.f.plan_1 ?></div>
  <h3>二、服务中小企业数字化转型的总体情况</h3>
  <h4><?cs var:Labels.plan_2_1 ?></h4><div class="para"><?cs var:P.f.plan_2_1 ?></div>
  <h4><?cs var:Labels.plan_2_2 ?></h4><div class="para"><?cs var:P.f.plan_2_2 ?></div>
  <h4><?cs var:Labels.plan_2_3 ?></h4><div class="para"><?cs var:P.f.plan_2_3 ?></div>
  <h3>三、细分行业解决方案</h3>
  <h4><?cs var:Labels.plan_3_1 ?></h4><div class="para"><?cs var:P.f.plan_3_1 ?></div>
  <h4><?cs var:Labels.plan_3_2 ?></h4><div class="para"><?cs var:P.f.plan_3_2 ?></div>
  <h3>四、服务企业情况</h3>
  <h4><?cs var:Labels.plan_4_1 ?></h4><div class="para"><?cs var:P.f.plan_4_1 ?></div>
  <h4><?cs var:Labels.plan_4_2 ?></h4><div class="para"><?cs var:P.f.plan_4_2 ?></div>
  <h4><?cs var:Labels.plan_4_3 ?></h4><div class="para"><?cs var:P.f.plan_4_3 ?></div>
</section>

<section class="sheet landscape">
  <h2 class="center">服务企业清单</h2>
  <p class="unit">单位：万元</p>
  <table class="grid">
    <thead><tr><th>序号</th><th>企业名称（服务平台）</th><th>对应行业</th><th>试点企业名称</th><th>统一社会信用代码</th><th>所在旗县区</th><th>服务内容</th><th>服务合同金额</th><th>实际改造成本</th><th>奖补资金额</th></tr></thead>
    <tbody>
    <?cs each:e = P.ents ?>
    <tr><?cs if:e.seq == 1 ?><td rowspan="<?cs var:P.total.count ?>">1</td><td rowspan="<?cs var:P.total.count ?>"><?cs var:P.applicant ?></td><td rowspan="<?cs var:P.total.count ?>"><?cs var:P.sub_industry_name ?></td><?cs /if ?>
      <td><?cs var:e.name ?></td><td><?cs var:e.credit_code ?></td><td><?cs var:e.region ?></td><td class="small"><?cs var:e.service ?></td>
      <td class="num"><?cs var:e.contract ?></td><td class="num"><?cs var:e.cost ?></td><td class="num"><?cs var:e.subsidy ?></td></tr>
    <?cs /each ?>
    </tbody>
    <tfoot><tr><th colspan="7">合计（<?cs var:P.total.count ?> 家）</th><th class="num"><?cs var:P.total.contract ?></th><th class="num"><?cs var:P.total.cost ?></th><th class="num"><?cs var:P.total.subsidy ?></th></tr></tfoot>
  </table>
  <p class="note">注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过<?cs var:Batch.cap_platform ?>万元、不超过每家试点企业实际改造成本的<?cs var:Batch.cap_enterprise_pct ?>%且奖补资金最高不超过<?cs var:Batch.cap_enterprise ?>万元的标准进行测算。</p>
</section>

<section class="sheet">
  <p class="doc-no">附件4</p>
  <h2 class="center"><?cs var:P.city ?><?cs var:P.sub_industry_name ?>行业数字化转型绩效评价目标表</h2>
  <p>服务平台名称：<?cs var:P.applicant ?>（盖章）</p>
  <table class="grid">
    <thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>单位</th><th>期初值</th><th>目标值</th></tr></thead>
    <tbody>
    <?cs each:k = KPI ?>
    <tr><?cs if:k.span1 > 0 ?><td rowspan="<?cs var:k.span1 ?>"><?cs var:k.g1 ?></td><?cs /if ?><?cs if:k.span2 > 0 ?><td rowspan="<?cs var:k.span2 ?>"><?cs var:k.g2 ?></td><?cs /if ?>
      <td><?cs var:k.g3 ?></td><td><?cs var:k.unit ?></td><td class="num"><?cs var:P.f[k.base] ?></td><td class="num"><?cs var:P.f[k.target] ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table>
  <p class="note">注：若不存在期初值，则为空。中小企业数字化水平等级根据《工业和信息化部办公厅关于发布中小企业数字化水平评测指标（2022年版）的通知》（工信厅企业〔2022〕32号）开展，得出评测结果。</p>
  <h3>附件材料清单</h3>
  <ol class="files"><?cs each:f = P.files ?><li><?cs var:f.name ?> <small class="mono"><?cs var:f.key ?></small></li><?cs /each ?></ol>
</section>
</body>
</html>
