<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>洛阳市中小企业数字化转型试点企业推荐汇总表</title>
<link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head>
<body class="print">
<div class="screen-only toolbar"><a href="/cgi-bin/ent_summary.cgi?<?cs var:Sum.query ?>">← 返回</a><button type="button" data-print="1">打印</button></div>
<section class="sheet landscape">
  <p class="doc-no">附件3</p>
  <h2 class="center">洛阳市中小企业数字化转型试点企业推荐汇总表</h2>
  <p>县区工信部门：<?cs var:Sum.area ?></p>
  <table class="grid small"><thead><tr><?cs each:h = Heads ?><th><?cs var:h ?></th><?cs /each ?></tr></thead><tbody>
  <?cs each:row = Rows ?><tr><?cs each:c = row ?><td><?cs var:c ?></td><?cs /each ?></tr><?cs /each ?>
  </tbody></table>
</section></body></html>
