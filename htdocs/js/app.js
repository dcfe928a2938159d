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
      box.querySelector('p').textContent = '登录已超时。您填写的内容不会丢失：保存时系统会请您重新登录，登录后自动回到本页并重新保存。';
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
     until the server has them.  Fields are named name#n (the n-th field of
     that name: the expert's points repeat one name), radio buttons and check
     boxes by whether they are ticked. */
  function formFields(f) {
    return Array.prototype.filter.call(f.elements, function (el) {
      return el.name && el.name !== 'csrf' && el.name !== 'sv' && el.name !== 'version' && !el.disabled &&
        ['hidden', 'file', 'password', 'submit', 'button'].indexOf(el.type) < 0;
    });
  }
  function fieldKeys(f) {
    var seen = {};
    return formFields(f).map(function (el) {
      var n = seen[el.name] = (seen[el.name] || 0) + 1;
      return { el: el, key: el.name + '#' + n };
    });
  }
  function collect(f) {
    var o = {};
    fieldKeys(f).forEach(function (k) {
      o[k.key] = (k.el.type === 'checkbox' || k.el.type === 'radio') ? (k.el.checked ? '1' : '') : k.el.value;
    });
    return o;
  }
  function refill(f, v) {
    fieldKeys(f).forEach(function (k) {
      if (!(k.key in v)) return;
      if (k.el.type === 'checkbox' || k.el.type === 'radio') k.el.checked = v[k.key] === '1'; else k.el.value = v[k.key];
      k.el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function load(k) { try { return JSON.parse(window.localStorage.getItem(k) || 'null'); } catch (e) { return null; } }
  function save(k, v) { try { window.localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* full or disabled */ } }
  function drop(k) { try { window.localStorage.removeItem(k); } catch (e) { /* disabled */ } }
  function here() { return location.pathname + location.search; }
  function actionOf(f) { var a = document.createElement('a'); a.href = f.getAttribute('action') || here(); return a.pathname + a.search; }
  function notice(f, cls, text) {
    var p = document.createElement('div');
    p.className = cls; p.setAttribute('role', 'alert'); p.textContent = text;
    f.parentNode.insertBefore(p, f);
    return p;
  }

  /* A save on its way: what was sent, from which page, with which button.
     The answer decides what becomes of it (below): a page of the site's
     (saved, or the form again with the input kept) drops it; the login form
     of an expired session or a page opened under an earlier session
     (body[data-resave]) keeps it, and the form page, once open again under
     the new session, refills the form and repeats the save. */
  var PENDING = 'dtpilot:pending';
  var lastSubmitter = null;
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button[type="submit"], input[type="submit"], button:not([type])');
    if (b && b.form) lastSubmitter = b;
  }, true);
  document.addEventListener('submit', function (e) {
    var f = e.target;
    if (e.defaultPrevented || !user || !f.hasAttribute || !f.hasAttribute('data-autosave')) return;
    var sub = e.submitter || (lastSubmitter && lastSubmitter.form === f ? lastSubmitter : null);
    var files = [];
    Array.prototype.forEach.call(f.querySelectorAll('input[type="file"]'), function (el) {
      Array.prototype.forEach.call(el.files || [], function (x) { files.push(x.name); });
    });
    save(PENDING, { key: f.getAttribute('data-autosave'), user: user, page: here(), action: actionOf(f),
      v: collect(f), sub: sub && sub.name ? [sub.name, sub.value] : null, files: files, at: Date.now() });
  });
  var pending = load(PENDING);
  if (pending && Date.now() - pending.at > 12 * 3600 * 1000) { drop(PENDING); pending = null; }
  if (pending && body.hasAttribute('data-resave')) {
    /* the save did not happen: the answer to it is this page, at the form's own address */
    if (pending.action === here()) {
      pending.expired = true; save(PENDING, pending);
      var back = document.querySelector('input[name="next"]');
      if (back && pending.page && pending.page.indexOf('/cgi-bin/') === 0) back.value = pending.page;
    }
  } else if (pending && !body.hasAttribute('data-error') && !pending.expired) {
    /* the server answered with one of its pages: it has what was sent */
    drop(PENDING);
    if (pending.user === user) drop('dtpilot:' + user + ':' + pending.key);
    pending = null;
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-autosave]'), function (f) {
    if (!user) return;
    var name = f.getAttribute('data-autosave');
    var key = 'dtpilot:' + user + ':' + f.getAttribute('data-autosave');
    if (pending && pending.expired && pending.user === user && pending.key === name && !body.hasAttribute('data-error')) {
      /* back after signing in again: the input as it was sent, and the save repeated */
      drop(PENDING);
      refill(f, pending.v);
      if (pending.files && pending.files.length) {
        notice(f, 'error-summary resave', '已重新登录，您填写的内容已恢复。登录超时前选择的文件（' + pending.files.join('、') +
          '）浏览器不能保留，请重新选择后再点保存。');
        return;
      }
      notice(f, 'flash resave', '已重新登录，您填写的内容已恢复，正在重新保存……');
      if (pending.sub) {
        var h = document.createElement('input');
        h.type = 'hidden'; h.name = pending.sub[0]; h.value = pending.sub[1];
        f.appendChild(h);
      }
      save(PENDING, { key: name, user: user, page: here(), action: actionOf(f), v: pending.v, sub: pending.sub,
        files: [], at: Date.now() });
      HTMLFormElement.prototype.submit.call(f);
      return;
    }
    var stored = load(key);
    if (stored && stored.v && !same(stored.v, collect(f))) {
      var bar = notice(f, 'error-summary autosave', '此页有尚未保存到服务器的内容（' + (stored.t || '') + '）。');
      var rb = document.createElement('button'); rb.type = 'button'; rb.textContent = '恢复未保存的内容';
      var db = document.createElement('button'); db.type = 'button'; db.textContent = '丢弃';
      rb.addEventListener('click', function () { refill(f, stored.v); bar.remove(); });
      db.addEventListener('click', function () {
        if (!window.confirm('确定丢弃这些尚未保存的内容？丢弃后不能找回。')) return;
        drop(key); bar.remove();
      });
      bar.appendChild(rb); bar.appendChild(db);
    } else if (stored) {
      drop(key);     /* the server has it */
    }
    function keep() {
      var d = new Date();
      save(key, { v: collect(f), t: d.getHours() + ':' + ('0' + d.getMinutes()).slice(-2) });
    }
    f.addEventListener('input', keep);
    f.addEventListener('change', keep);
  });

  /* Files are checked here before anything is sent (the server checks again):
     <input type="file" data-max-bytes="..." accept="..."> */
  function fileProblem(el, x) {
    var max = parseInt(el.getAttribute('data-max-bytes') || '0', 10);
    var accept = (el.getAttribute('accept') || '').split(',').map(function (s) { return s.trim().toLowerCase(); });
    var ext = (/\.[^.]+$/.exec(x.name.toLowerCase()) || [''])[0];
    /* sizes as the server words them (lib/attach.c upload_limit_text): MiB rounded down to a tenth */
    function mb(n) { var t = Math.floor(n * 10 / 1048576); return (t % 10 ? (t / 10).toFixed(1) : String(t / 10)) + ' MB'; }
    if (max && x.size > max)
      return '文件“' + x.name + '”有 ' + mb(x.size) + '，超过上限 ' + mb(max) + '。请压缩或拆分后重新选择。';
    if (accept.length && accept[0] && accept.indexOf(ext) < 0 && accept.indexOf((x.type || '').toLowerCase()) < 0)
      return '文件“' + x.name + '”的类型不能上传：请选择 ' +
        accept.filter(function (a) { return a.charAt(0) === '.'; }).join('、').replace(/\./g, '').toUpperCase() + ' 文件。';
    return '';
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[type="file"][data-max-bytes]'), function (el) {
    var out = document.createElement('p');
    out.className = 'err'; out.id = 'fe-' + el.id; out.hidden = true; out.setAttribute('aria-live', 'polite');
    el.parentNode.insertBefore(out, el.nextSibling);
    el.addEventListener('change', function () {
      var msg = '';
      Array.prototype.forEach.call(el.files || [], function (x) { msg = msg || fileProblem(el, x); });
      out.textContent = msg; out.hidden = !msg;
      el.setAttribute('aria-invalid', msg ? 'true' : 'false');
      if (msg) { el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + out.id).trim()); el.value = ''; }
    });
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

  /* "返回上一页" on pages the web server answers itself (htdocs/413.html) */
  Array.prototype.forEach.call(document.querySelectorAll('a[data-back]'), function (a) {
    a.addEventListener('click', function (e) { if (history.length > 1) { e.preventDefault(); history.back(); } });
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

  /* Wide tables scroll inside their own box (not the page), reachable by keyboard and named for
     screen readers after the heading above them */
  Array.prototype.forEach.call(document.querySelectorAll('main table'), function (t) {
    if (t.closest('.table-scroll') || t.closest('.no-scroll')) return;
    var box = document.createElement('div');
    box.className = 'table-scroll';
    t.parentNode.insertBefore(box, t);
    box.appendChild(t);
    if (box.scrollWidth > box.clientWidth + 1) {
      var h = t.closest('section') && t.closest('section').querySelector('h1, h2, h3');
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', (t.caption && t.caption.textContent) || (h && h.textContent) || '表格');
    }
  });

  /* Read-only long answers are shown whole: the box grows to its text */
  Array.prototype.forEach.call(document.querySelectorAll('fieldset[disabled] textarea, textarea[readonly]'), function (t) {
    t.style.height = 'auto';
    t.style.height = (t.scrollHeight + 4) + 'px';
  });

  /* Put the focus on the first field with an error */
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
})();
