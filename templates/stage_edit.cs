<?cs # one section of a stage's form, for a programme without a section template of its own ?>
<?cs set:Page.Title = Section.title ?>
<?cs include:"macros.cs" ?>
<?cs include:"edit.cs" ?>
<?cs include:"header.cs" ?>
<?cs call:ed_head() ?>
  <?cs each:f = Fields ?><?cs call:field(f) ?><?cs /each ?>
<?cs call:ed_end() ?>
<?cs include:"footer.cs" ?>
