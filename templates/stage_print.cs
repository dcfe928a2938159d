<?cs # the printed document of a programme without a print layout of its own: every field under its
     section, the verification code on every page (lib/overview.c print_fields) ?>
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title><?cs var:Prog.name ?><?cs var:Prog.document ?> - <?cs var:App.org ?></title>
<link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head>
<body class="print">
<div class="screen-only toolbar"><a href="/cgi-bin/<?cs var:Prog.overview ?>.cgi?id=<?cs var:App.id ?>">← 返回<?cs var:Prog.document ?></a><button type="button" data-print="1">打印</button>
  <?cs if:Print.draft ?><span class="warn">草稿，尚未提交：打印稿无验证码，不能作为报送材料。</span><?cs /if ?>
  <?cs if:Print.withdrawn == "1" ?><span class="warn">此版本已撤回。</span><?cs /if ?></div>
<div class="print-footer">
  <?cs if:Print.code ?><img src="/cgi-bin/qr.cgi?code=<?cs var:Print.code ?>" alt="验证二维码" width="64" height="64">
  <span>验证码 <strong><?cs var:Print.code_pretty ?></strong> · 第 <?cs var:Print.version ?> 版 · 提交于 <?cs var:Print.submitted_at ?><br>扫码或访问 <?cs var:Print.verify_url ?> 核验纸质稿与在线申报是否一致</span>
  <?cs else ?><span>草稿（未提交） · <?cs var:App.org ?></span><?cs /if ?>
</div>
<main class="sheet">
  <h1 class="center"><?cs var:Prog.name ?><br><?cs var:Prog.document ?></h1>
  <p class="center"><?cs var:Prog.applicant ?>（盖章）：<?cs var:App.org ?></p>
  <table class="grid form">
  <?cs each:part = Parts ?>
    <tr><th colspan="2" class="part" scope="colgroup"><?cs var:part.title ?></th></tr>
    <?cs each:f = part.fields ?>
      <?cs if:f.type == "bool" ?><tr><td class="k"></td><td><?cs if:f.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:f.label ?></td></tr>
      <?cs else ?><tr><td class="k"><?cs var:f.label ?></td><td class="para-cell"><?cs var:f.value ?></td></tr><?cs /if ?>
    <?cs /each ?>
  <?cs /each ?>
  </table>
  <div class="sign"><p><?cs var:Prog.applicant ?>负责人（签字）：</p><p><?cs var:Prog.applicant ?>盖章：</p></div>
</main>
</body></html>
