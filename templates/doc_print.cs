<?cs # Every printed document (lib/doc.c fills Doc.*): the attachment's pages as blocks.  The page margins
      (the code, the full verify URL, "第 X 页 共 Y 页") are print.css and this document's own CSS
      (format=css), so they never cover the body.  The same document is offered as PDF (and Word). ?>
<?cs include:"macros.cs" ?>
<?cs def:doc_block(b) ?><?cs
  if:b.k == "docno" ?><p class="doc-no"><?cs var:b.a ?></p><?cs
  elif:b.k == "title" ?><h1 class="doc-title"><?cs var:b.a ?><?cs if:b.b ?><br><?cs var:b.b ?><?cs /if ?></h1><?cs
  elif:b.k == "h1" ?><h2 class="center"><?cs var:b.a ?></h2><?cs
  elif:b.k == "h2" ?><h3><?cs var:b.a ?></h3><?cs
  elif:b.k == "h3" ?><h4><?cs var:b.a ?></h4><?cs
  elif:b.k == "para" ?><div class="para"><?cs var:b.a ?></div><?cs
  elif:b.k == "text" ?><p class="line"><?cs var:b.a ?><?cs if:b.b ?><span class="right"><?cs var:b.b ?></span><?cs /if ?></p><?cs
  elif:b.k == "field" ?><p class="fill"><span class="label"><?cs var:b.a ?></span><span class="value"><?cs var:b.b ?></span><?cs if:b.c ?><span class="after"><?cs var:b.c ?></span><?cs /if ?></p><?cs
  elif:b.k == "sign" ?><?cs if:b.open ?><div class="signs"><?cs /if ?><p class="fill sign-line"><span class="label"><?cs var:b.a ?></span><span class="value"><?cs var:b.b ?></span></p><?cs if:b.close ?></div><?cs /if ?><?cs
  elif:b.k == "note" ?><p class="note"><?cs var:b.a ?></p><?cs
  elif:b.k == "space" ?><div class="space s<?cs var:b.mm ?>"></div><?cs
  elif:b.k == "table" ?><?cs call:paper_table(b.t) ?><?cs
  /if ?><?cs /def ?>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title><?cs var:Doc.title ?></title>
<link rel="stylesheet" href="/static/css/print.css">
<?cs if:Doc.self ?><link rel="stylesheet" href="<?cs var:Doc.self ?>&amp;format=css"><?cs /if ?>
<script src="/static/js/app.js" defer></script>
</head>
<body class="print">
<nav class="screen-only toolbar" aria-label="打印">
  <?cs if:Doc.back_href ?><a href="<?cs var:Doc.back_href ?>">← <?cs var:Doc.back_label ?></a><?cs /if ?>
  <button type="button" data-print="1">打印</button>
  <?cs if:Doc.self ?><a class="button" href="<?cs var:Doc.self ?>&amp;format=pdf">下载 PDF</a><?cs if:Doc.docx == "1" ?><a class="button" href="<?cs var:Doc.self ?>&amp;format=docx">下载 Word</a><?cs /if ?><?cs /if ?>
  <?cs if:Doc.warn ?><span class="warn"><?cs var:Doc.warn ?></span><?cs /if ?>
</nav>
<?cs if:Doc.code ?>
<div class="print-footer screen-only">
  <img src="/cgi-bin/qr.cgi?code=<?cs var:Doc.code ?>" alt="验证二维码" width="64" height="64">
  <span>验证码 <strong><?cs var:Doc.code_pretty ?></strong> · 第 <?cs var:Print.version ?> 版 · 提交于 <?cs var:Print.submitted_at ?><br>扫码或访问 <?cs var:Doc.verify_url ?> 核验纸质稿与在线申报是否一致；打印时每页页脚印有验证码与页码。</span>
</div>
<?cs /if ?>
<main>
<?cs each:pg = Doc.pages ?>
<section class="sheet<?cs if:pg.landscape == "1" ?> landscape<?cs /if ?>">
<?cs each:b = pg.blocks ?><?cs call:doc_block(b) ?>
<?cs /each ?>
</section>
<?cs /each ?>
</main>
</body>
</html>
