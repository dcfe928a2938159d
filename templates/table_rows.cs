<?cs # The rows of table() (macros.cs): a cell, and a table's rows (row groups start a new tbody).  Kept
      apart, with no text between the definitions, so that a streamed list (stream_rows.cs) renders its
      rows a group at a time with nothing else. ?><?cs
def:tcell(c, tag) ?><<?cs var:tag ?><?cs if:c.cols ?> colspan="<?cs var:c.cols ?>"<?cs /if ?><?cs if:c.rows ?> rowspan="<?cs var:c.rows ?>"<?cs /if ?><?cs if:c.cls ?> class="<?cs var:c.cls ?>"<?cs /if ?><?cs if:c.id ?> id="<?cs var:c.id ?>"<?cs /if ?>><?cs
  if:c.detail ?><details class="basis"><summary><?cs var:c.text ?></summary><p><?cs var:c.detail ?></p></details><?cs
  elif:c.href ?><a href="<?cs var:c.href ?>"><?cs var:c.text ?></a><?cs
  else ?><?cs var:c.text ?><?cs /if ?><?cs
  each:b = c.badges ?><br><?cs if:b.href ?><a class="badge <?cs var:b.cls ?>" href="<?cs var:b.href ?>"><?cs var:b.text ?></a><?cs else ?><span class="badge <?cs var:b.cls ?>"><?cs var:b.text ?></span><?cs /if ?><?cs /each ?></<?cs var:tag ?>><?cs /def ?><?cs
def:table_rows(t) ?><?cs each:row = t.rows ?><?cs if:row.first ?></tbody><tbody class="grp"><?cs /if ?>
  <tr<?cs if:row.cls ?> class="<?cs var:row.cls ?>"<?cs /if ?>><?cs each:c = row.c ?><?cs if:row.cls == "total" && c.text ?><?cs call:tcell(c, "th") ?><?cs else ?><?cs call:tcell(c, "td") ?><?cs /if ?><?cs /each ?></tr><?cs /each ?><?cs /def ?>