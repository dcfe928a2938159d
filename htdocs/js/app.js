/* dtpilot - the little script there is.  Pages work without it; it adds the
   session-expiry warning, confirmation before irreversible actions, and
   live character counts.  No inline script anywhere (CSP forbids it). */
(function () {
  'use strict';
  var body = document.body;
  if (!body) return;

  /* Idle warning: the server expires a session after Session.IdleMinutes
     without requests; warn WarnMinutes before, and let the user extend it. */
  var idle = parseInt(body.getAttribute('data-idle') || '0', 10);
  var warn = parseInt(body.getAttribute('data-warn') || '300', 10);
  var box = document.getElementById('idle-warning');
  var timers = [];
  function schedule() {
    timers.forEach(clearTimeout); timers = [];
    if (!idle || !box) return;
    box.hidden = true;
    timers.push(setTimeout(function () {
      box.hidden = false;
      var left = document.getElementById('idle-left');
      if (left) left.textContent = String(Math.round(warn / 60));
    }, Math.max(0, idle - warn) * 1000));
    timers.push(setTimeout(function () {
      box.querySelector('p').textContent = '会话已过期。请在新标签页重新登录后再保存，本页内容不会丢失。';
      var b = document.getElementById('idle-keep'); if (b) b.hidden = true;
    }, idle * 1000));
  }
  var keep = document.getElementById('idle-keep');
  if (keep) keep.addEventListener('click', function () {
    var fd = new URLSearchParams();
    fd.set('csrf', body.getAttribute('data-csrf') || '');
    fetch('/cgi-bin/session.cgi', { method: 'POST', body: fd, credentials: 'same-origin' })
      .then(function (r) { if (r.ok) schedule(); });
  });
  schedule();

  /* Confirmation before irreversible actions: <form data-confirm="..."> */
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) e.preventDefault();
  });

  /* Live character counts: <textarea data-maxchars="500" aria-describedby="c-x"> */
  function chars(s) { return Array.from(s.replace(/\r\n/g, '\n')).length; }
  Array.prototype.forEach.call(document.querySelectorAll('[data-maxchars]'), function (el) {
    var out = document.getElementById('c-' + el.name);
    var max = parseInt(el.getAttribute('data-maxchars'), 10);
    function upd() {
      if (!out) return;
      var n = chars(el.value);
      out.textContent = n + ' / ' + max + ' 字';
      out.className = 'counter' + (n > max ? ' over' : '');
    }
    el.addEventListener('input', upd); upd();
  });

  /* Print buttons (no inline handlers under the CSP) */
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
    b.addEventListener('click', function () { window.print(); });
  });

  /* Put the focus on the first field with an error */
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
})();
