<?cs # the printed document of a programme without a print layout of its own: every field under its
     section, the verification code on every page (lib/overview.c print_fields) ?>
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title><?cs var:Prog.name ?><?cs var:Prog.document ?> - <?cs var:App.org ?></title>
<?cs include:"print_head.cs" ?>
<main class="sheet">
  <h1 class="center"><?cs var:Prog.name ?><br><?cs var:Prog.document ?></h1>
  <p class="center"><?cs var:Prog.applicant ?>（盖章）：<?cs var:App.org ?></p>
  <table class="grid form">
  <?cs each:part = Parts ?>
    <tr><th colspan="2" class="part" scope="colgroup"><?cs var:part.title ?></th></tr>
    <?cs each:f = part.fields ?>
      <?cs if:f.type == "bool" ?><tr><td class="k"></td><td><?cs if:f.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:f.label ?></td></tr>
      <?cs elif:f.type == "choice" ?><tr><td class="k"><?cs var:f.label ?></td><td><?cs each:o = f.options ?><?cs if:o.checked == "1" ?>☑<?cs else ?>☐<?cs /if ?> <?cs var:o.label ?>　<?cs /each ?></td></tr>
      <?cs else ?><tr><td class="k"><?cs var:f.label ?></td><td class="para-cell"><?cs var:f.value ?></td></tr><?cs /if ?>
    <?cs /each ?>
  <?cs /each ?>
  </table>
  <div class="sign"><p><?cs var:Prog.applicant ?>负责人（签字）：</p><p><?cs var:Prog.applicant ?>盖章：</p></div>
</main>
</body></html>
