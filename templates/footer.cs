</main>
<footer class="foot">
  <p><?cs var:Site.Authority ?> · <?cs var:Site.Name ?></p>
</footer>
</body>
</html>
