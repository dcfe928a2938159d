<?cs # the top of a printed document: styles, the screen toolbar (back, print, draft or withdrawn) and the
     footer with the verification code and QR code on every page (stage_print.cs, cc_print.cs) ?>
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
