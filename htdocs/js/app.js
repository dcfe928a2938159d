/* dtpilot - the little script there is.  Pages work without it; it adds the
   session-expiry warning, confirmation before irreversible actions, live
   character counts, browser copies of unsaved fields, and the password
   length meter.  No inline script anywhere (CSP forbids it). */
(function () {
  'use strict';
  var body = document.body;
  if (!body) return;

  /* Browser copies of unsaved fields (below) belong to the signed-in user:
     kept under "dtpilot:<user>:", dropped at logout, and dropped when another
     user signs in on this browser (a shared office computer). */
  var user = body.getAttribute('data-user') || '';
  function dropDrafts() {
    try {
      var ls = window.localStorage, keys = [];
      for (var i = 0; i < ls.length; i++) if (ls.key(i).indexOf('dtpilot:') === 0) keys.push(ls.key(i));
      keys.forEach(function (k) { ls.removeItem(k); });
    } catch (e) { /* storage disabled: nothing kept */ }
  }
  if (user) {
    try {
      if (window.localStorage.getItem('dtpilot:user') !== user) {
        dropDrafts();
        window.localStorage.setItem('dtpilot:user', user);
      }
    } catch (e) { /* storage disabled */ }
  }
  document.addEventListener('submit', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-logout')) dropDrafts();
  });

  /* Idle warning: the server expires a session after Session.IdleMinutes
     without requests; warn WarnMinutes before, and let the user extend it. */
  var idle = parseInt(body.getAttribute('data-idle') || '0', 10);
  var warn = parseInt(body.getAttribute('data-warn') || '300', 10);
  /* Session.MaxLifetimeHours: the session ends then, used or not; "继续使用" cannot extend it */
  var lifeEnd = Date.now() + parseInt(body.getAttribute('data-life') || '0', 10) * 1000;
  var box = document.getElementById('idle-warning');
  var timers = [];
  function schedule() {
    timers.forEach(clearTimeout); timers = [];
    if (!idle || !box) return;
    box.hidden = true;
    var ends = idle, byLife = false;
    if (body.getAttribute('data-life') && (lifeEnd - Date.now()) / 1000 < idle) {
      ends = Math.max(0, Math.floor((lifeEnd - Date.now()) / 1000)); byLife = true;
    }
    timers.push(setTimeout(function () {
      box.hidden = false;
      var left = document.getElementById('idle-left');
      if (left) left.textContent = String(Math.max(1, Math.round(Math.min(warn, ends) / 60)));
      if (byLife) {
        box.querySelector('p').textContent = '已接近最长登录时间，登录将在 ' + String(Math.max(1, Math.round(Math.min(warn, ends) / 60))) +
          ' 分钟后到期，届时需要重新登录。未保存的内容请先保存。';
        var k = document.getElementById('idle-keep'); if (k) k.hidden = true;
      }
    }, Math.max(0, ends - warn) * 1000));
    timers.push(setTimeout(function () {
      box.querySelector('p').textContent = '会话已过期。请在新标签页重新登录后再保存，本页内容不会丢失。';
      var b = document.getElementById('idle-keep'); if (b) b.hidden = true;
    }, ends * 1000));
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

  /* Unsaved work survives an expired session, a lost connection or a closed
     tab: <form data-autosave="key"> keeps a copy of its fields in this browser
     until the page shows the same values as the server (i.e. they were saved). */
  Array.prototype.forEach.call(document.querySelectorAll('form[data-autosave]'), function (f) {
    if (!user) return;
    var key = 'dtpilot:' + user + ':' + f.getAttribute('data-autosave');
    function fields() {
      return Array.prototype.filter.call(f.elements, function (el) {
        return el.name && el.name !== 'csrf' && el.name !== 'sv' && el.name !== 'version' &&
          ['hidden', 'file', 'password', 'submit', 'button'].indexOf(el.type) < 0;
      });
    }
    function collect() {
      var o = {};
      fields().forEach(function (el) { o[el.name] = (el.type === 'checkbox') ? (el.checked ? el.value : '') : el.value; });
      return o;
    }
    function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
    var stored = null;
    try { stored = JSON.parse(window.localStorage.getItem(key) || 'null'); } catch (e) { stored = null; }
    if (stored && stored.v && !same(stored.v, collect())) {
      var bar = document.createElement('div');
      bar.className = 'error-summary autosave';
      bar.setAttribute('role', 'alert');
      bar.textContent = '此页有尚未保存到服务器的内容（' + (stored.t || '') + '）。';
      var rb = document.createElement('button'); rb.type = 'button'; rb.textContent = '恢复未保存的内容';
      var db = document.createElement('button'); db.type = 'button'; db.textContent = '丢弃';
      rb.addEventListener('click', function () {
        fields().forEach(function (el) {
          if (!(el.name in stored.v)) return;
          if (el.type === 'checkbox') el.checked = stored.v[el.name] === el.value; else el.value = stored.v[el.name];
          el.dispatchEvent(new Event('input'));
        });
        bar.remove();
      });
      db.addEventListener('click', function () { window.localStorage.removeItem(key); bar.remove(); });
      bar.appendChild(rb); bar.appendChild(db);
      f.parentNode.insertBefore(bar, f);
    } else if (stored) {
      window.localStorage.removeItem(key);     /* the server has it */
    }
    function keep() {
      var d = new Date();
      try {
        window.localStorage.setItem(key, JSON.stringify({ v: collect(),
          t: d.getHours() + ':' + ('0' + d.getMinutes()).slice(-2) }));
      } catch (e) { /* storage full or disabled: the server copy is all there is */ }
    }
    f.addEventListener('input', keep);
    f.addEventListener('change', keep);
  });

  /* Running total of an expert's scores: inputs with data-score="max" */
  var scoreInputs = document.querySelectorAll('input[data-score]');
  var scoreOut = document.getElementById('score-total');
  function retotal() {
    var t = 0;
    Array.prototype.forEach.call(scoreInputs, function (el) {
      var v = parseFloat(el.value), max = parseFloat(el.getAttribute('data-score'));
      el.setAttribute('aria-invalid', (el.value !== '' && (isNaN(v) || v < 0 || v > max)) ? 'true' : 'false');
      if (!isNaN(v)) t += Math.round(v * 100);
    });
    if (scoreOut) scoreOut.textContent = String(t / 100);
  }
  Array.prototype.forEach.call(scoreInputs, function (el) { el.addEventListener('input', retotal); });

  /*
   * Amounts in 万元 (data-money="out-id"): as the user types, the same amount
   * in 元 and in 万元, so that "1500000" (元 typed by mistake) reads as 150亿元
   * before it is saved.  With data-subsidy-pct/-cap (元) on the cost field,
   * the 奖补资金额 the rule gives follows the cost: min(pct% of it, cap),
   * rounded down to the 元, as the server computes it.
   */
  function yuanOf(s) {
    var m = /^\s*(\d{1,12})(?:\.(\d{0,4}))?\s*$/.exec(s.replace(/[，,]/g, ''));
    if (!m) return null;
    return Number(m[1]) * 10000 + Number(((m[2] || '') + '0000').slice(0, 4));
  }
  function wan(y) { return (Math.floor(y / 10000)) + '.' + String(y % 10000 + 10000).slice(1); }
  Array.prototype.forEach.call(document.querySelectorAll('input[data-money]'), function (el) {
    var out = document.getElementById(el.getAttribute('data-money'));
    var pct = el.getAttribute('data-subsidy-pct'), cap = el.getAttribute('data-subsidy-cap');
    var sub = document.getElementById(el.getAttribute('data-subsidy-out') || '');
    function upd() {
      var y = yuanOf(el.value);
      if (out) out.textContent = y === null ? '' : '即 ' + y.toLocaleString('zh-CN') + ' 元（' + wan(y) + ' 万元）';
      if (sub && pct && cap) {
        if (y === null) { sub.textContent = ''; return; }
        var p = Math.floor(y / 100) * Number(pct) + Math.floor((y % 100) * Number(pct) / 100);
        var v = Math.min(p, Number(cap));
        sub.textContent = '按规则测算：' + wan(v) + ' 万元（' + pct + '% × 实际改造成本，每家最高 ' + wan(Number(cap)) + ' 万元）';
      }
    }
    el.addEventListener('input', upd); upd();
  });

  /* Print buttons (no inline handlers under the CSP) */
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
    b.addEventListener('click', function () { window.print(); });
  });

  /* New passwords: a length meter (the policy counts characters, 12 at least)
     and a way to see what was typed (ASVS 2.1.8, 2.1.12) */
  Array.prototype.forEach.call(document.querySelectorAll('input[autocomplete="new-password"]'), function (el, i) {
    if (i > 0 && el.name !== 'password') return;
    var out = document.createElement('p');
    out.className = 'hint pw-meter';
    out.setAttribute('aria-live', 'polite');
    function upd() {
      var n = chars(el.value.replace(/  +/g, ' '));
      out.textContent = n === 0 ? '' : n < 12 ? '已输入 ' + n + ' 个字符，至少需要 12 个' :
        n < 16 ? '长度可以（' + n + ' 个字符）；更长更安全' : '长度很好（' + n + ' 个字符）';
    }
    el.addEventListener('input', upd);
    el.parentNode.insertBefore(out, el.nextSibling);
  });
  Array.prototype.forEach.call(document.querySelectorAll('form'), function (f) {
    var pws = f.querySelectorAll('input[type="password"]');
    if (!pws.length) return;
    var label = document.createElement('label'), box = document.createElement('input');
    box.type = 'checkbox'; label.className = 'show-pw';
    label.appendChild(box); label.appendChild(document.createTextNode(' 显示密码'));
    box.addEventListener('change', function () {
      Array.prototype.forEach.call(pws, function (p) { p.type = box.checked ? 'text' : 'password'; });
    });
    pws[pws.length - 1].parentNode.appendChild(label);
  });

  /* Put the focus on the first field with an error */
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
})();
