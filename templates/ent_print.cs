<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>洛阳市中小企业数字化转型试点企业申报书 - <?cs var:App.org ?></title>
<link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head>
<body class="print">
<div class="screen-only toolbar"><a href="/cgi-bin/ent.cgi?id=<?cs var:App.id ?>">← 返回申报书</a><button type="button" data-print="1">打印</button>
  <?cs if:Print.draft ?><span class="warn">草稿，尚未提交：打印稿无验证码，不能作为报送材料。</span><?cs /if ?></div>
<div class="print-footer">
  <?cs if:Print.code ?><img src="/cgi-bin/qr.cgi?code=<?cs var:Print.code ?>" alt="验证二维码" width="64" height="64">
  <span>验证码 <strong><?cs var:Print.code_pretty ?></strong> · 第 <?cs var:Print.version ?> 版 · 提交于 <?cs var:Print.submitted_at ?><br>扫码或访问 /cgi-bin/verify.cgi 核验纸质稿与在线申报是否一致</span>
  <?cs else ?><span>草稿（未提交） · <?cs var:App.org ?></span><?cs /if ?>
</div>
<section class="sheet cover">
  <h1>洛阳市中小企业数字化转型试点企业<br>申 报 书</h1>
  <dl class="cover-fields">
    <dt>申报企业（盖章）</dt><dd><?cs var:App.org ?></dd>
    <dt>所属行业</dt><dd><?cs var:Cover.industry ?></dd>
    <dt>申报日期</dt><dd><?cs var:Cover.date ?></dd>
  </dl>
</section>
<section class="sheet">
  <h2 class="center">洛阳市中小企业数字化转型试点企业申报表</h2>
  <table class="grid form">
  <?cs each:part = Parts ?>
    <tr><th colspan="2" class="part"><?cs var:part.title ?></th></tr>
    <?cs each:f = part.fields ?>
      <?cs if:f.type == "bool" ?><tr><td class="k"></td><td><?cs if:f.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:f.label ?></td></tr>
      <?cs elif:f.type == "othertext" ?><?cs if:f.value ?><tr><td class="k"></td><td>其他：<?cs var:f.value ?></td></tr><?cs /if ?>
      <?cs elif:f.type == "choice" && subcount(f.options) > 0 ?><tr><td class="k"><?cs var:f.label ?></td><td><?cs each:o = f.options ?><?cs if:o.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:o.label ?>　<?cs /each ?></td></tr>
      <?cs else ?><tr><td class="k"><?cs var:f.label ?></td><td class="para-cell"><?cs var:f.value ?></td></tr><?cs /if ?>
    <?cs /each ?>
  <?cs /each ?>
  </table>
  <div class="sign"><p>企业负责人（签字）：</p><p>企业盖章（企业公章）：</p><p><?cs var:Cover.date ?></p></div>
</section>
</body></html>
