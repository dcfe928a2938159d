<?cs # 长春 附件1 长春市中小企业数字化转型试点企业申请表, laid out as printed (lib/programmes/changchun.c cc_print_hdf) ?>
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>长春市中小企业数字化转型试点企业申请表 - <?cs var:App.org ?></title>
<?cs include:"print_head.cs" ?>
<main class="sheet">
  <p>附件1</p>
  <h1 class="center">长春市中小企业数字化转型试点企业申请表</h1>
  <table class="grid form">
  <?cs each:row = Rows ?><tr>
    <?cs each:c = row.cell ?>
      <?cs if:c.label ?><th scope="row" class="k"><?cs var:c.label ?></th><?cs else ?><td class="k"></td><?cs /if ?>
      <?cs if:c.type == "choice" ?><td<?cs if:subcount(row.cell) == 1 ?> colspan="3"<?cs /if ?>><?cs each:o = c.options ?><?cs if:o.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:o.label ?>　<?cs /each ?><?cs if:c.note ?><span class="note"><?cs var:c.note ?></span><?cs /if ?></td>
      <?cs else ?><td class="<?cs if:c.type == "para" ?>para-cell<?cs /if ?>"<?cs if:subcount(row.cell) == 1 ?> colspan="3"<?cs /if ?>><?cs var:c.value ?></td><?cs /if ?>
    <?cs /each ?>
  </tr><?cs /each ?>
  </table>
  <div class="sign"><p>企业（盖章）：<?cs var:App.org ?></p><p>日期：<?cs var:Print.submitted_at ?></p></div>
</main>
</body></html>
