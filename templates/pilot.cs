<?cs # 一企一档 (cgi-bin/pilot.c): on screen in the site's frame, or laid out for paper (print=1) ?>
<?cs def:pilot_body() ?>
  <h1>一企一档：<?cs var:Pilot.0.name ?></h1>
  <table class="grid form">
    <tr><th scope="row" class="k">企业名称</th><td><?cs var:Pilot.0.name ?></td><th scope="row" class="k">统一社会信用代码</th><td><?cs var:Pilot.0.credit_code ?></td></tr>
    <tr><th scope="row" class="k">所属县（市、区）</th><td><?cs var:Pilot.0.city ?> <?cs var:Pilot.0.county ?></td><th scope="row" class="k">入库日期</th><td><?cs var:Pilot.0.on ?></td></tr>
    <tr><th scope="row" class="k">联系人</th><td><?cs var:Pilot.0.contact ?></td><th scope="row" class="k">联系方式</th><td><?cs var:Pilot.0.mobile ?> <?cs var:Pilot.0.email ?></td></tr>
  </table>
  <h2>入库名单</h2>
  <table class="list"><thead><tr><th>批次</th><th>公布文号</th><th>公布日期</th></tr></thead><tbody>
  <?cs each:l = Pilot.Lists ?><tr><td><?cs var:l.batch ?></td><td><?cs var:l.doc_no ?></td><td><?cs var:l.on ?></td></tr><?cs /each ?>
  </tbody></table>
  <h2>试点项目：服务商与数字化水平</h2>
  <?cs if:subcount(Pilot.Projects) == 0 ?><p class="hint">尚未选定服务商或评测机构。</p><?cs else ?>
  <div class="table-wrap"><table class="list" id="projects"><thead><tr><th>批次</th><th>服务商</th><th>评测机构</th><th>改造前等级（服务商自评测）</th><th>改造后等级（水平评测认定）</th></tr></thead><tbody>
  <?cs each:j = Pilot.Projects ?><tr><td><?cs var:j.batch ?></td><td><?cs var:j.provider ?></td><td><?cs var:j.evaluator ?></td><td><?cs var:j.before ?></td>
    <td><?cs if:j.after ?><?cs var:j.after ?>（总分 <?cs var:j.total ?>）<?cs else ?>尚未认定<?cs /if ?></td></tr><?cs /each ?>
  </tbody></table></div><?cs /if ?>
  <h2>申报与各阶段</h2>
  <div class="table-wrap"><table class="list" id="stages"><thead><tr><th>项目</th><th>批次</th><th>阶段</th><th>状态</th><th>提交</th><th>最近办理</th><th>材料</th></tr></thead><tbody>
  <?cs each:a = Pilot.Apps ?><tr><td><?cs var:a.programme ?></td><td><?cs var:a.batch ?></td>
    <td><?cs if:Pilot.print ?><?cs var:a.stage ?><?cs else ?><a href="/cgi-bin/<?cs var:a.overview ?>.cgi?id=<?cs var:a.id ?>"><?cs var:a.stage ?><?cs if:a.document ?>（<?cs var:a.document ?>）<?cs /if ?></a><?cs /if ?></td>
    <td><?cs var:a.state ?></td><td><?cs if:a.submitted_at ?>第 <?cs var:a.version ?> 版，<?cs var:a.submitted_at ?><?cs else ?>未提交<?cs /if ?></td><td><?cs var:a.last ?></td>
    <td><?cs each:f = a.files ?><?cs var:f.kind ?>：<?cs if:Pilot.print ?><?cs var:f.name ?><?cs else ?><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.name ?></a><?cs /if ?>（<?cs var:f.on ?>）<br><?cs /each ?></td></tr><?cs /each ?>
  </tbody></table></div>
  <?cs if:subcount(Pilot.Contracts) > 0 ?>
  <h2>改造合同</h2>
  <div class="table-wrap"><table class="list" id="contracts"><thead><tr><th>批次</th><th>签约服务商</th><th>关联的产品及解决方案</th><th class="num">预算金额（万元）</th><th>改造需求</th><th>合同文件</th></tr></thead><tbody>
  <?cs each:k = Pilot.Contracts ?><tr><td><?cs var:k.batch ?></td><td><?cs var:k.provider ?></td><td><?cs var:k.products ?></td><td class="num"><?cs var:k.budget ?></td><td><?cs var:k.need ?></td>
    <td><?cs each:f = k.files ?><?cs if:Pilot.print ?><?cs var:f.name ?><?cs else ?><a href="/cgi-bin/file.cgi?id=<?cs var:f.id ?>"><?cs var:f.name ?></a><?cs /if ?><br><?cs /each ?></td></tr><?cs /each ?>
  </tbody></table></div><?cs /if ?>
  <h2>审核与决策记录</h2>
  <?cs if:subcount(Pilot.Decisions) == 0 ?><p class="hint">暂无记录。</p><?cs else ?>
  <table class="list"><thead><tr><th>事项</th><th>决定日期</th><th>会议</th><th>逐项审核</th><th>意见</th><th>办理人</th><th>记录时间</th></tr></thead><tbody>
  <?cs each:x = Pilot.Decisions ?><tr><td><?cs var:x.label ?></td><td><?cs var:x.act_date ?></td><td><?cs var:x.meeting ?></td><td><?cs var:x.confirmed ?></td><td><?cs var:x.opinion ?></td><td><?cs var:x.who ?></td><td><?cs var:x.at ?></td></tr><?cs /each ?>
  </tbody></table><?cs /if ?>
  <h2>资金（按统一社会信用代码，跨项目、批次、规则）</h2>
  <?cs if:Pilot.Money_programmes > 1 ?><p class="error-summary" role="alert">该企业在 <?cs var:Pilot.Money_programmes ?> 个项目中均有资金决定，请核对是否重复享受（就高不重复）。</p><?cs /if ?>
  <?cs if:subcount(Pilot.Money) == 0 ?><p class="hint">暂无资金决定。</p><?cs else ?>
  <div class="table-scroll"><table class="list" id="money"><thead><tr><th>项目</th><th>批次</th><th>类别</th><th>规则</th><th>决定日期</th><th class="num">决定（万元）</th><th class="num">拨付</th><th class="num">追回</th><th class="num">未拨付</th></tr></thead><tbody>
  <?cs each:x = Pilot.Money ?><tr><td><?cs var:x.programme ?><?cs if:x.void == "1" ?> <span class="badge off">已作废</span><?cs /if ?></td><td><?cs var:x.batch ?></td><td><?cs var:x.kind ?></td><td><?cs var:x.ruleset ?></td><td><?cs var:x.on ?></td>
    <td class="num"><?cs var:x.decided ?></td><td class="num"><?cs var:x.paid ?></td><td class="num"><?cs var:x.clawed ?></td><td class="num"><?cs var:x.left ?></td></tr><?cs /each ?>
  <tr class="total"><td colspan="5">合计</td><td class="num"><?cs var:Pilot.Money_total.decided ?></td><td class="num"><?cs var:Pilot.Money_total.paid ?></td><td class="num"><?cs var:Pilot.Money_total.clawed ?></td><td class="num"><?cs var:Pilot.Money_total.left ?></td></tr>
  </tbody></table></div><?cs /if ?>
<?cs /def ?>
<?cs if:Pilot.print ?><!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>一企一档 - <?cs var:Pilot.0.name ?></title>
<link rel="stylesheet" href="/static/css/print.css"><script src="/static/js/app.js" defer></script></head>
<body class="print">
<div class="screen-only toolbar"><a href="/cgi-bin/pilot.cgi?code=<?cs var:Pilot.0.credit_code ?>">← 返回一企一档</a><button type="button" data-print="1">打印</button></div>
<main class="sheet"><?cs call:pilot_body() ?></main>
</body></html>
<?cs else ?>
<?cs set:Page.Title = "一企一档" ?>
<?cs include:"macros.cs" ?>
<?cs include:"header.cs" ?>
<?cs if:User.Role != "enterprise" ?><p><a href="/cgi-bin/pilot.cgi">← 试点企业库</a></p><?cs /if ?>
<section class="card"><?cs call:pilot_body() ?>
  <p><a href="/cgi-bin/pilot.cgi?code=<?cs var:Pilot.0.credit_code ?>&amp;format=print">打印一企一档</a></p></section>
<?cs include:"footer.cs" ?>
<?cs /if ?>
