// The review page: a draft's article on the left, its items on the right. Every value from the
// draft is put on the page as text (textContent, option values), never as markup.
'use strict';
(function () {
  var SECTIONS = ['entities', 'events', 'statements'];
  var CLASS = {entities: 'entity', events: 'event', statements: 'statement'};
  var REFS = ['place', 'partOf', 'series', 'previous', 'speaker', 'accordingTo', 'channel', 'actor', 'before', 'after',
    'coincidesWith', 'about', 'causes', 'holds', 'headOf', 'memberOf', 'postIn', 'within', 'delegationOf', 'publisher', 'event', 'entity'];
  var ENTITY_REFS = ['holds', 'memberOf', 'postIn', 'delegationOf', 'within'];
  var LIST_REFS = ['holds', 'memberOf'];
  var S = {meta: null, name: null, version: null, text: '', facts: null, outside: null, problems: {}, spans: {},
    current: null, editing: null, merging: null, seq: 0, checked: 0, pending: 0, uid: 0, saved: true,
    known: {}, words: [], sentence: [], wordSel: null};

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function button(label, key, action, cls) {
    var b = el('button', cls || null, label);
    b.type = 'button';
    if (key) { b.appendChild(document.createTextNode(' ')); b.appendChild(el('kbd', null, key)); }
    b.addEventListener('click', function (ev) { ev.stopPropagation(); action(); });
    return b;
  }
  function busy(delta) {
    S.pending += delta;
    document.body.dataset.state = S.pending > 0 ? 'busy' : 'idle';
  }
  function api(method, path, body) {
    busy(1);
    var init = {method: method, headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.headers['X-Etkg-Review'] = '1';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { var e = new Error(j.error || ('HTTP ' + r.status)); e.status = r.status; throw e; }
        return j;
      });
    }).finally(function () { busy(-1); });
  }
  function say(text, ok) {
    var m = $('message');
    m.hidden = !text;
    m.textContent = text || '';
    m.className = ok ? 'ok' : '';
  }
  function status(text) { $('status').textContent = text; }

  // ---- the draft as a tree: items keep a page-only _uid; keys starting with _ are never written.
  function items(section, tree) {
    var t = tree || S.facts;
    return t && Array.isArray(t[section]) ? t[section] : [];
  }
  function all() {
    var out = [];
    SECTIONS.forEach(function (s) { items(s).forEach(function (it) { out.push({section: s, item: it}); }); });
    return out;
  }
  function find(uid) {
    var hit = null;
    all().forEach(function (x) { if (x.item._uid === uid) { hit = x; } });
    return hit;
  }
  function byId(id) {
    var hit = null;
    all().forEach(function (x) { if (x.item.id === id) { hit = x; } });
    return hit;
  }
  function stamp() {
    all().forEach(function (x) { if (!x.item._uid) { x.item._uid = 'i' + (++S.uid); } });
  }
  function quotes(item) {
    var q = item.quote;
    if (q === undefined || q === null) { return []; }
    return Array.isArray(q) ? q : [q];
  }
  function exact(q) { return typeof q === 'string' ? q : (q && q.exact) || ''; }
  function slug(words) {
    var s = String(words).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '').split('-').slice(0, 5).join('-') || 'item';
    var id = s, n = 2;
    while (byId(id)) { id = s + '-' + (n++); }
    return id;
  }
  function outsideFacts() { return S.outside && Array.isArray(S.outside.facts) ? S.outside.facts : []; }
  function outsideFor(id) {
    var hit = null;
    outsideFacts().forEach(function (f) { if (f.event === id) { hit = f; } });
    return hit;
  }

  // ---- undo: the draft as it was before each change, the last 100 of them
  function remember() {
    S.undo = S.undo || [];
    S.undo.push(JSON.stringify({facts: S.facts, outside: S.outside}));
    if (S.undo.length > 100) { S.undo.shift(); }
  }
  function undo() {
    if (!S.undo || !S.undo.length) { status('Nothing to undo'); return; }
    var was = JSON.parse(S.undo.pop());
    S.facts = was.facts;
    S.outside = was.outside;
    S.editing = null;
    S.merging = null;
    if (!find(S.current)) { var first = all()[0]; S.current = first ? first.item._uid : null; }
    status('Undone');
    changed();
  }

  // ---- checks: the loader's, on the server, after every change
  var checkTimer = null;
  function changed() {
    S.saved = false;
    status('Unsaved changes');
    if (checkTimer) { clearTimeout(checkTimer); } else { busy(1); }
    checkTimer = setTimeout(function () { checkTimer = null; busy(-1); check(); }, 150);
    render();
  }
  function snapshot() {
    var snap = {};
    SECTIONS.forEach(function (s) { snap[s] = items(s).map(function (it) { return it._uid; }); });
    snap.outside = outsideFacts().map(function (f) { return f.event || f.entity; });
    return snap;
  }
  function apply(result, snap) {
    S.problems = {};
    S.spans = {};
    S.general = null;
    Object.keys(result.problems || {}).forEach(function (key) {
      var msg = result.problems[key];
      var m = /^(outside:)?([a-z]+)\/(\d+)$/.exec(key);
      if (!m) { S.general = (S.general ? S.general + '\n' : '') + msg; return; }
      var uid;
      if (m[1]) {
        var target = m[2] === 'facts' ? byId(snap.outside[+m[3]]) : null;
        if (!target) { S.general = (S.general ? S.general + '\n' : '') + 'outside-facts.yaml: ' + msg; return; }
        uid = target.item._uid;
        msg = 'outside-facts.yaml: ' + msg;
      } else {
        uid = (snap[m[2]] || [])[+m[3]];
      }
      S.problems[uid] = S.problems[uid] ? S.problems[uid] + '\n' + msg : msg;
    });
    Object.keys(result.spans || {}).forEach(function (key) {
      var m = /^([a-z]+)\/(\d+)$/.exec(key);
      var uid = m && (snap[m[1]] || [])[+m[2]];
      if (uid) { S.spans[uid] = result.spans[key]; }
    });
  }
  function check() {
    var seq = ++S.seq, snap = snapshot();
    return api('POST', 'api/check?name=' + encodeURIComponent(S.name), {facts: S.facts, outside: S.outside})
      .then(function (r) {
        if (seq !== S.seq) { return; }
        apply(r, snap);
        S.checked = seq;
        document.body.dataset.checked = String(seq);
        render();
      }).catch(function (e) { say(e.message); });
  }

  // ---- drawing
  function render() {
    renderArticle();
    renderItems();
    var problems = Object.keys(S.problems).length;
    document.body.dataset.problems = String(problems);
    if (S.general) { say(S.general); }
  }
  function renderArticle() {
    var box = $('article-text');
    box.textContent = '';
    var text = S.text, marks = [];
    all().forEach(function (x) {
      (S.spans[x.item._uid] || []).forEach(function (sp) { marks.push({s: sp[0], e: sp[1], uid: x.item._uid, section: x.section}); });
    });
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(m.s, m.e); });
    cuts = cuts.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1];
      var seg = el('span', 'seg', text.slice(s, e));
      seg.dataset.start = String(s);
      var on = marks.filter(function (m) { return m.s <= s && m.e >= e; });
      if (on.length) {
        seg.classList.add('hl', CLASS[on[0].section]);
        if (on.length > 1) { seg.classList.add('many'); }
        seg.dataset.items = on.map(function (m) { return m.uid; }).join(' ');
        if (S.current && on.some(function (m) { return m.uid === S.current; })) { seg.classList.add('current'); }
      }
      box.appendChild(seg);
    }
    if (S.wordSel) { showWords(); }
  }
  function describe(section, it) {
    if (section === 'entities') { return 'entity · ' + (it.kind || '?'); }
    var cameo = '';
    (S.meta.types || []).forEach(function (t) { if (t.id === it.type && t.cameo) { cameo = ' (CAMEO ' + t.cameo + ')'; } });
    return (section === 'events' ? 'event · ' : 'statement · ') + (it.type || '?') + cameo;
  }
  function timeText(it) {
    var parts = [];
    if (it.time) {
      parts.push('“' + (it.time.written || '') + '”' + (it.time.date ? ' ' + it.time.date : ''));
      ['before', 'after', 'coincidesWith'].forEach(function (k) { if (it.time[k]) { parts.push(k + ' ' + it.time[k]); } });
    }
    var f = outsideFor(it.id);
    if (f) {
      if (f.date) { parts.push('on ' + f.date); }
      if (f.begin) { parts.push('from ' + f.begin + (f.end ? ' to ' + f.end : '')); }
      if (f.earliestBegin && f.latestEnd) { parts.push('between ' + f.earliestBegin + ' and ' + f.latestEnd); } else if (f.earliestBegin) { parts.push('after ' + f.earliestBegin); } else if (f.latestEnd) { parts.push('before ' + f.latestEnd); }
    }
    return parts.join(', ');
  }
  function renderItems() {
    var box = $('items');
    var focused = document.activeElement, inForm = S.form && focused && S.form.el.contains(focused);
    if (!S.editing && !S.merging) { S.form = null; }
    box.textContent = '';
    SECTIONS.forEach(function (section) {
      var list = items(section);
      var h = el('h2', null, section + ' (' + list.length + ')');
      box.appendChild(h);
      list.forEach(function (it) { box.appendChild(card(section, it)); });
    });
    if (inForm && document.activeElement !== focused && document.contains(focused)) { focused.focus({preventScroll: true}); }
    var cur = S.current && document.getElementById('item-' + S.current);
    if (cur && !S.editing && !S.merging && document.activeElement && document.activeElement.closest && !document.activeElement.closest('#items form')) {
      cur.focus({preventScroll: true});
    }
  }
  function card(section, it) {
    var c = el('div', 'item ' + CLASS[section]);
    c.id = 'item-' + it._uid;
    c.tabIndex = -1;
    c.dataset.id = it.id || '';
    c.dataset.section = section;
    if (it._uid === S.current) { c.classList.add('current'); }
    if (it._accepted) { c.classList.add('accepted'); }
    var head = el('div', 'head');
    head.appendChild(el('span', 'what', describe(section, it)));
    head.appendChild(el('b', 'label', it.label || '(no label)'));
    head.appendChild(el('code', null, it.id || '(no id)'));
    c.appendChild(head);
    quotes(it).forEach(function (q) { c.appendChild(el('div', 'quote', '“' + exact(q) + '”')); });
    var facts = [];
    if (it.text && section === 'statements') { facts.push('text: ' + it.text); }
    if (it.speaker) { facts.push('speaker: ' + it.speaker); }
    if (it.modality) { facts.push('modality: ' + it.modality); }
    if (it.place) { facts.push('place: ' + it.place); }
    var t = timeText(it);
    if (t) { facts.push('time: ' + t); }
    if (Array.isArray(it.participants) && it.participants.length) {
      facts.push('participants: ' + it.participants.map(function (p) { return p.actor + ' (' + p.role + ')'; }).join(', '));
    }
    ['holds', 'postIn', 'delegationOf', 'memberOf', 'within', 'partOf', 'series'].forEach(function (k) {
      if (it[k] !== undefined) { facts.push(k + ': ' + (Array.isArray(it[k]) ? it[k].join(', ') : it[k])); }
    });
    if (it.ordinal !== undefined) { facts.push('ordinal: ' + it.ordinal); }
    if (facts.length) { c.appendChild(el('div', 'facts', facts.join(' · '))); }
    var notes = (it._notes || []);
    if (notes.length) {
      var ul = el('ul', 'flags');
      notes.forEach(function (n, i) {
        var li = el('li', /^check:/.test(n) ? 'check' : 'note');
        li.appendChild(el('span', null, n));
        li.appendChild(button('clear', null, function () { remember(); it._notes.splice(i, 1); changed(); }, 'clear'));
        ul.appendChild(li);
      });
      c.appendChild(ul);
    }
    if (S.problems[it._uid]) { c.appendChild(el('div', 'problem', S.problems[it._uid])); }
    var actions = el('div', 'actions');
    actions.appendChild(button('Accept', 'a', function () { select(it._uid); accept(); }, 'accept'));
    actions.appendChild(button('Reject', 'x', function () { select(it._uid); reject(); }, 'reject'));
    actions.appendChild(button('Edit', 'e', function () { select(it._uid); edit(); }, 'edit'));
    actions.appendChild(button('Merge…', 'm', function () { select(it._uid); merge(); }, 'merge'));
    c.appendChild(actions);
    // An open form survives a redraw (a check's answer arrives while the analyst types): the same
    // element, with what was typed, moves into the new card.
    if (S.merging === it._uid) { c.appendChild(kept('merge') || keep('merge', mergeForm(section, it))); }
    if (S.editing === it._uid) { c.appendChild(kept('edit') || keep('edit', editForm(section, it))); }
    c.addEventListener('click', function () { if (S.current !== it._uid) { select(it._uid); } });
    c.addEventListener('mouseenter', function () { hover(it._uid, true); });
    c.addEventListener('mouseleave', function () { hover(it._uid, false); });
    return c;
  }
  function kept(kind) {
    var f = S.form;
    return f && f.kind === kind && f.uid === (kind === 'edit' ? S.editing : S.merging) ? f.el : null;
  }
  function keep(kind, el) {
    S.form = {kind: kind, uid: kind === 'edit' ? S.editing : S.merging, el: el};
    return el;
  }
  function hover(uid, on) {
    document.querySelectorAll('#article-text .seg[data-items]').forEach(function (s) {
      if (s.dataset.items.split(' ').indexOf(uid) >= 0) { s.classList.toggle('hover', on); }
    });
  }
  function select(uid) {
    S.current = uid;
    if (S.editing && S.editing !== uid) { S.editing = null; }
    if (S.merging && S.merging !== uid) { S.merging = null; }
    render();
    var c = document.getElementById('item-' + uid);
    if (c) { c.scrollIntoView({block: 'nearest'}); }
    var seg = document.querySelector('#article-text .seg.current');
    if (seg) { seg.scrollIntoView({block: 'nearest'}); }
  }
  function move(step) {
    var list = all();
    if (!list.length) { return; }
    var i = list.findIndex(function (x) { return x.item._uid === S.current; });
    i = i < 0 ? 0 : Math.max(0, Math.min(list.length - 1, i + step));
    select(list[i].item._uid);
  }

  // ---- actions on the current item
  function currentItem() { return S.current ? find(S.current) : null; }
  function accept() {
    var x = currentItem();
    if (!x) { return; }
    remember();
    x.item._notes = (x.item._notes || []).filter(function (n) { return !/^check:/.test(n); });
    x.item._accepted = true;
    changed();
    move(1);
  }
  function reject() {
    var x = currentItem();
    if (!x) { return; }
    remember();
    var list = items(x.section), i = list.indexOf(x.item), order = all(), at = order.findIndex(function (o) { return o.item === x.item; });
    list.splice(i, 1);
    if (S.outside && Array.isArray(S.outside.facts)) {
      S.outside.facts = S.outside.facts.filter(function (f) { return f.event !== x.item.id && f.entity !== x.item.id; });
    }
    var rest = all();
    S.current = rest.length ? rest[Math.min(at, rest.length - 1)].item._uid : null;
    S.editing = null;
    status('Rejected ' + x.item.id);
    changed();
  }
  function clearFlag() {
    var x = currentItem();
    if (x && x.item._notes && x.item._notes.length) { remember(); x.item._notes.shift(); changed(); }
  }
  function edit() {
    if (!S.current) { return; }
    S.editing = S.current;
    S.merging = null;
    render();
    var first = document.querySelector('#item-' + S.current + ' form input, #item-' + S.current + ' form select');
    if (first) { first.focus(); }
  }
  function merge() {
    if (!S.current) { return; }
    S.merging = S.current;
    S.editing = null;
    render();
    var sel = document.querySelector('#item-' + S.current + ' form select');
    if (sel) { sel.focus(); }
  }
  function mergeForm(section, it) {
    var f = el('form', 'merge');
    f.appendChild(el('label', null, 'Merge into this'));
    var sel = el('select', 'merge-with');
    sel.setAttribute('aria-label', 'item to merge into this one');
    items(section).forEach(function (o) {
      if (o !== it) { var opt = el('option', null, o.id + ' — ' + (o.label || '')); opt.value = o.id; sel.appendChild(opt); }
    });
    f.appendChild(sel);
    var row = el('div', 'row wide');
    row.appendChild(button('Merge', null, function () { doMerge(it, sel.value); }, 'do-merge'));
    row.appendChild(button('Cancel', null, function () { S.merging = null; render(); }));
    f.appendChild(row);
    f.addEventListener('submit', function (ev) { ev.preventDefault(); doMerge(it, sel.value); });
    f.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); doMerge(it, sel.value); } else if (ev.key === 'Escape') { S.merging = null; render(); }
    });
    return f;
  }
  // Two items that are one thing: the other's quotes, participants and missing fields join this
  // one, every reference to the other now names this one, and the other goes.
  function doMerge(keep, otherId) {
    var other = byId(otherId);
    if (!other || other.item === keep) { say('no item ' + otherId + ' to merge'); return; }
    remember();
    var o = other.item;
    var qs = quotes(keep).slice();
    quotes(o).forEach(function (q) {
      if (!qs.some(function (k) { return JSON.stringify(k) === JSON.stringify(q); })) { qs.push(q); }
    });
    if (qs.length) { keep.quote = qs.length === 1 ? qs[0] : qs; }
    if (Array.isArray(o.participants)) {
      keep.participants = keep.participants || [];
      o.participants.forEach(function (p) {
        if (!keep.participants.some(function (k) { return k.actor === p.actor; })) { keep.participants.push(p); }
      });
    }
    Object.keys(o).forEach(function (k) {
      if (k.charAt(0) !== '_' && keep[k] === undefined) { keep[k] = o[k]; }
    });
    var list = items(other.section);
    list.splice(list.indexOf(o), 1);
    rename(o.id, keep.id);
    S.merging = null;
    status('Merged ' + o.id + ' into ' + keep.id);
    changed();
  }
  function rename(from, to) {
    function walk(v, key) {
      if (Array.isArray(v)) {
        for (var i = 0; i < v.length; i++) {
          if (v[i] === from && REFS.indexOf(key) >= 0) { v[i] = to; } else { walk(v[i], key); }
        }
        var seen = [];
        for (var j = v.length - 1; j >= 0; j--) {
          if (typeof v[j] === 'string') { if (seen.indexOf(v[j]) >= 0) { v.splice(j, 1); } else { seen.push(v[j]); } }
        }
      } else if (v && typeof v === 'object') {
        Object.keys(v).forEach(function (k) {
          if (v[k] === from && REFS.indexOf(k) >= 0) { v[k] = to; } else { walk(v[k], k); }
        });
      }
    }
    walk(S.facts, null);
    if (S.outside) {
      walk(S.outside, null);
      var seen = {};
      S.outside.facts = outsideFacts().filter(function (f) {
        var key = f.event ? 'e:' + f.event : 'n:' + f.entity;
        if (seen[key]) { return false; }
        seen[key] = true;
        return true;
      });
    }
  }

  // ---- the editor
  function field(form, label, input) {
    var l = el('label', null, label);
    form.appendChild(l);
    var box = input.tagName === 'SPAN' ? input.querySelector('input') : input;
    box.setAttribute('aria-label', label);
    form.appendChild(input);
    return box;
  }
  function textInput(name, value, cls) {
    var i = el('input', cls || null);
    i.type = 'text';
    i.name = name;
    i.value = value === undefined || value === null ? '' : String(value);
    return i;
  }
  // A field that names entities: as the analyst types, the server suggests the draft's entities and
  // the store's by the timeline page's rule (folded names and their words, shortest first). The
  // list is the page's own (not a datalist, whose browser filter would hide folded matches):
  // Down and Up choose, Enter takes, Esc closes. A list field (holds, memberOf) suggests for the
  // id after its last comma.
  function actorInput(name, value, many) {
    var wrap = el('span', 'combo');
    var i = textInput(name, value, 'actor');
    i.autocomplete = 'off';
    var box = el('ul', 'suggestions');
    box.id = 'suggest-' + (++S.uid);
    box.setAttribute('role', 'listbox');
    box.hidden = true;
    i.setAttribute('role', 'combobox');
    i.setAttribute('aria-autocomplete', 'list');
    i.setAttribute('aria-controls', box.id);
    i.setAttribute('aria-expanded', 'false');
    wrap.appendChild(i);
    wrap.appendChild(box);
    var timer = null, asked = 0, found = [], active = -1;
    function typed() { return many ? i.value.split(',').pop().trim() : i.value.trim(); }
    function close() {
      box.hidden = true;
      box.textContent = '';
      found = [];
      active = -1;
      i.setAttribute('aria-expanded', 'false');
      i.removeAttribute('aria-activedescendant');
    }
    function mark() {
      box.querySelectorAll('li').forEach(function (li, k) { li.classList.toggle('active', k === active); li.setAttribute('aria-selected', String(k === active)); });
      if (active >= 0) { i.setAttribute('aria-activedescendant', box.id + '-' + active); }
    }
    function take(k) {
      var e = found[k];
      S.known[e.id] = e;
      if (many) {
        var parts = i.value.split(',');
        parts[parts.length - 1] = (parts.length > 1 ? ' ' : '') + e.id;
        i.value = parts.join(',');
      } else {
        i.value = e.id;
      }
      close();
      i.focus();
    }
    function ask() {
      var q = typed(), seq = ++asked;
      if (!q) { close(); return; }
      var own = items('entities').map(function (e) { return {id: e.id, label: e.label || '', kind: e.kind || ''}; });
      api('POST', 'api/names', {q: q, entities: own}).then(function (r) {
        if (seq !== asked || document.activeElement !== i) { return; }
        close();
        found = r.suggestions || [];
        found.forEach(function (e, k) {
          var li = el('li', e.from);
          li.id = box.id + '-' + k;
          li.setAttribute('role', 'option');
          li.dataset.id = e.id;
          li.appendChild(el('span', 'name', e.label || e.id));
          li.appendChild(el('span', 'whence', ' ' + (e.kind || '?') + ' · ' + (e.from === 'store' ? 'in the store' : 'this draft') + ' · '));
          li.appendChild(el('code', null, e.id));
          li.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
          li.addEventListener('click', function (ev) { ev.stopPropagation(); take(k); });
          box.appendChild(li);
        });
        box.hidden = !found.length;
        i.setAttribute('aria-expanded', String(found.length > 0));
      }).catch(function () { /* suggestions are a convenience: an id typed in full works without them */ });
    }
    i.addEventListener('input', function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () { timer = null; ask(); }, 150);
    });
    i.addEventListener('blur', close);
    i.addEventListener('keydown', function (ev) {
      if (box.hidden || !found.length) { return; }
      var used = true;
      if (ev.key === 'ArrowDown') { active = (active + 1) % found.length; mark(); } else if (ev.key === 'ArrowUp') {
        active = active <= 0 ? found.length - 1 : active - 1;
        mark();
      } else if (ev.key === 'Enter' && active >= 0) { take(active); } else if (ev.key === 'Escape') { close(); } else { used = false; }
      if (used) { ev.preventDefault(); ev.stopPropagation(); }
    });
    return wrap;
  }
  function selectOf(name, values, value, empty) {
    var s = el('select');
    s.name = name;
    if (empty) { var none = el('option', null, empty); none.value = ''; s.appendChild(none); }
    values.forEach(function (v) {
      var o = el('option', null, v.label || v);
      o.value = v.value || v;
      s.appendChild(o);
    });
    s.value = value || '';
    return s;
  }
  function resolvedKind(f) {
    if (!f) { return ''; }
    if (f.date) { return 'day'; }
    if (f.earliestBegin && f.latestEnd) { return 'between'; }
    if (f.latestEnd) { return 'before'; }
    if (f.earliestBegin) { return 'after'; }
    return '';
  }
  function editForm(section, it) {
    var f = el('form', 'editor');
    field(f, 'Label', textInput('label', it.label));
    if (section === 'entities') {
      field(f, 'Kind', selectOf('kind', S.meta.kinds, it.kind, '— choose —'));
      ENTITY_REFS.forEach(function (k) {
        field(f, k, actorInput(k, Array.isArray(it[k]) ? it[k].join(', ') : it[k], LIST_REFS.indexOf(k) >= 0));
      });
    } else {
      field(f, 'Type', selectOf('type', S.meta.types.map(function (t) {
        return {value: t.id, label: t.id + (t.cameo ? ' — CAMEO ' + t.cameo : '')};
      }), it.type, '— choose —'));
      field(f, 'Modality', selectOf('modality', S.meta.modalities, it.modality, '(none)'));
      if (section === 'statements') {
        field(f, 'Text', textInput('text', it.text));
        field(f, 'Speaker', actorInput('speaker', it.speaker));
      }
      field(f, 'Place', actorInput('place', it.place));
      var t = it.time || {};
      field(f, 'Time as written', textInput('written', t.written));
      field(f, 'Date as written', textInput('date', t.date)).placeholder = '2025-04-16, 2025-04, --04-16';
      var of = outsideFor(it.id);
      var kind = selectOf('resolved', [{value: 'day', label: 'on a day'}, {value: 'before', label: 'before'},
        {value: 'after', label: 'after'}, {value: 'between', label: 'between'}], resolvedKind(of), '(no calendar date)');
      field(f, 'Calendar date', kind);
      var row = el('div', 'row');
      var from = textInput('from', of ? (of.date || of.earliestBegin || of.latestEnd) : '');
      from.placeholder = 'YYYY-MM-DD';
      from.setAttribute('aria-label', 'first date');
      var to = textInput('to', of && of.earliestBegin && of.latestEnd ? of.latestEnd : '');
      to.placeholder = 'YYYY-MM-DD (between only)';
      to.setAttribute('aria-label', 'second date');
      row.appendChild(from);
      row.appendChild(to);
      f.appendChild(el('label', null, 'Dates'));
      f.appendChild(row);
      var relation = ['before', 'after', 'coincidesWith'].filter(function (k) { return t[k]; })[0] || '';
      var rel = el('div', 'row');
      var relKind = selectOf('relation', [{value: 'before', label: 'before'}, {value: 'after', label: 'after'},
        {value: 'coincidesWith', label: 'at the time of'}], relation, '(no other event)');
      relKind.setAttribute('aria-label', 'relation to another event');
      var others = [];
      items('events').concat(items('statements')).forEach(function (o) { if (o !== it) { others.push({value: o.id, label: o.id}); } });
      var relTo = selectOf('relationTo', others, relation ? t[relation] : '', '—');
      relTo.setAttribute('aria-label', 'the other event');
      rel.appendChild(relKind);
      rel.appendChild(relTo);
      f.appendChild(el('label', null, 'Relative to'));
      f.appendChild(rel);
      f.appendChild(el('label', null, 'Participants'));
      var parts = el('div', 'participants');
      (it.participants || []).forEach(function (p) { parts.appendChild(participantRow(p)); });
      var add = button('Add participant', null, function () {
        var r = participantRow({actor: '', role: 'participant'});
        parts.insertBefore(r, add);
        r.querySelector('input').focus();
      }, 'add-participant');
      parts.appendChild(add);
      f.appendChild(parts);
    }
    var row2 = el('div', 'row wide');
    row2.appendChild(button('Apply', 'Enter', function () { applyEdit(section, it, f); }, 'apply'));
    row2.appendChild(button('Cancel', 'Esc', function () { S.editing = null; render(); }, 'cancel'));
    f.appendChild(row2);
    f.addEventListener('submit', function (ev) { ev.preventDefault(); applyEdit(section, it, f); });
    f.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && ev.target.tagName !== 'BUTTON') { ev.preventDefault(); applyEdit(section, it, f); } else if (ev.key === 'Escape') { ev.preventDefault(); S.editing = null; render(); }
    });
    return f;
  }
  function participantRow(p) {
    var r = el('div', 'row participant');
    var a = actorInput('actor', p.actor);
    a.querySelector('input').setAttribute('aria-label', 'participant');
    r.appendChild(a);
    var role = selectOf('role', S.meta.roles, p.role);
    role.setAttribute('aria-label', 'role');
    r.appendChild(role);
    r.appendChild(button('remove', null, function () { r.remove(); }, 'remove'));
    return r;
  }
  function set(obj, key, value) {
    if (value === '' || value === undefined || value === null) { delete obj[key]; } else { obj[key] = value; }
  }
  function val(form, name) {
    var i = form.querySelector('[name=' + name + ']');
    return i ? i.value.trim() : undefined;
  }
  // A store entity picked by id joins the draft's entities, so that the draft names only its own.
  // An id typed in full, not picked from the suggestions, is asked of the server.
  function adopt(id) {
    if (!id || byId(id)) { return; }
    var known = S.known[id];
    if (known) { join(known); return; }
    if (!S.meta.store) { return; }
    api('GET', 'api/entity?id=' + encodeURIComponent(id)).then(function (e) {
      S.known[e.id] = e;
      if (!byId(e.id)) { join(e); changed(); }
    }).catch(function () { /* not in the store either: the loader's check names the unknown id beside its item */ });
  }
  function join(e) {
    S.facts.entities = S.facts.entities || [];
    var it = {id: e.id, label: e.label, _notes: ['from the store: ' + e.id], _uid: 'i' + (++S.uid)};
    if (e.kind) { it.kind = e.kind; }
    S.facts.entities.push(it);
  }
  function applyEdit(section, it, f) {
    remember();
    set(it, 'label', val(f, 'label'));
    if (section === 'entities') {
      set(it, 'kind', val(f, 'kind'));
      ENTITY_REFS.forEach(function (k) {
        var v = val(f, k);
        if (LIST_REFS.indexOf(k) >= 0) {
          var ids = v ? v.split(/\s*,\s*/).filter(Boolean) : [];
          if (ids.length) { it[k] = ids; } else { delete it[k]; }
          ids.forEach(adopt);
        } else {
          set(it, k, v);
          adopt(v);
        }
      });
    } else {
      set(it, 'type', val(f, 'type'));
      set(it, 'modality', val(f, 'modality'));
      if (section === 'statements') {
        set(it, 'text', val(f, 'text'));
        set(it, 'speaker', val(f, 'speaker'));
        adopt(it.speaker);
      }
      set(it, 'place', val(f, 'place'));
      adopt(it.place);
      var written = val(f, 'written'), date = val(f, 'date'), relation = val(f, 'relation'), relTo = val(f, 'relationTo');
      if (written || date || (relation && relTo)) {
        var t = it.time || {};
        set(t, 'written', written);
        set(t, 'date', date);
        ['before', 'after', 'coincidesWith'].forEach(function (k) { delete t[k]; });
        if (relation && relTo) { t[relation] = relTo; }
        it.time = t;
      } else {
        delete it.time;
      }
      var parts = [];
      f.querySelectorAll('.participant').forEach(function (r) {
        var actor = r.querySelector('input').value.trim(), role = r.querySelector('select').value;
        if (actor) {
          var old = (it.participants || []).filter(function (p) { return p.actor === actor && p.role === role; })[0];
          var p = old || {actor: actor, role: role};
          p.actor = actor;
          p.role = role;
          parts.push(p);
          adopt(actor);
        }
      });
      if (parts.length) { it.participants = parts; } else { delete it.participants; }
      setResolved(it.id, val(f, 'resolved'), val(f, 'from'), val(f, 'to'));
    }
    it._accepted = true;
    S.editing = null;
    status('Edited ' + it.id);
    changed();
  }
  // A calendar date or bounds the article does not write go to outside-facts.yaml, with a source.
  function setResolved(id, kind, from, to) {
    var fact = outsideFor(id);
    if (!kind) {
      if (fact) { S.outside.facts.splice(S.outside.facts.indexOf(fact), 1); }
      return;
    }
    if (!S.outside) {
      S.outside = {format: 'etkg-outside-facts/1', article: S.facts.article.id, sources: [], facts: []};
    }
    S.outside.sources = S.outside.sources || [];
    S.outside.facts = S.outside.facts || [];
    if (!fact) {
      if (!S.outside.sources.some(function (s) { return s.id === 'analyst'; })) {
        S.outside.sources.push({id: 'analyst', label: 'the analyst who reviewed the draft, in etkg review'});
      }
      fact = {event: id, sources: ['analyst']};
      S.outside.facts.push(fact);
    }
    ['date', 'earliestBegin', 'latestEnd'].forEach(function (k) { delete fact[k]; });
    var note = fact.note;
    delete fact.note;
    if (kind === 'day') { fact.date = from; } else if (kind === 'before') { fact.latestEnd = from; } else if (kind === 'after') { fact.earliestBegin = from; } else { fact.earliestBegin = from; fact.latestEnd = to; }
    if (note !== undefined) { fact.note = note; }
    fact._notes = [];
  }

  // ---- words chosen from the keyboard (w): a selection that moves a word or a sentence at a time
  // The article's words (letters and digits, with the apostrophes and hyphens inside them) and the
  // sentence of each: a sentence ends after a word followed by . ! or ?, or at a line break.
  function words() {
    var text = S.text, re = /[\p{L}\p{N}](?:[\p{L}\p{N}\u2019'\-]*[\p{L}\p{N}])?/gu, m, n = 0, last = -1;
    S.words = [];
    S.sentence = [];
    while ((m = re.exec(text)) !== null) {
      if (last >= 0) {
        var between = text.slice(last, m.index);
        if (/[.!?]/.test(between) || /\n/.test(between)) { n++; }
      }
      S.words.push([m.index, m.index + m[0].length]);
      S.sentence.push(n);
      last = m.index + m[0].length;
    }
  }
  function showWords() {
    var w = S.wordSel, from = Math.min(w.anchor, w.focus), to = Math.max(w.anchor, w.focus);
    var segs = document.querySelectorAll('#article-text .seg');
    function point(o, end) {
      for (var i = segs.length - 1; i >= 0; i--) {
        var st = +segs[i].dataset.start;
        if (st < o || (st === o && !end)) { return [segs[i], o - st]; }
      }
      return [segs[0], 0];
    }
    var a = point(S.words[from][0], false), b = point(S.words[to][1], true), r = document.createRange();
    r.setStart(a[0].firstChild, a[1]);
    r.setEnd(b[0].firstChild, b[1]);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    var focusSeg = point(S.words[w.focus][0], false)[0];
    if (focusSeg.scrollIntoView) { focusSeg.scrollIntoView({block: 'nearest'}); }
    status('Words: ' + (to - from + 1) + ' selected (← → a word, Shift to take more, ↑ ↓ a sentence; n v t q use them; Esc leaves)');
  }
  function startWords() {
    if (!S.words.length) { return; }
    var at = 0, span = S.current && S.spans[S.current] && S.spans[S.current][0];
    if (span) {
      at = S.words.findIndex(function (w) { return w[1] > span[0]; });
      if (at < 0) { at = 0; }
    }
    S.wordSel = {anchor: at, focus: at};
    document.body.dataset.words = 'on';
    showWords();
  }
  function stopWords(keep) {
    S.wordSel = null;
    delete document.body.dataset.words;
    if (!keep) { window.getSelection().removeAllRanges(); }
  }
  function sentenceEdge(i, last) {
    var n = S.sentence[i], j = i;
    while (last ? j + 1 < S.words.length && S.sentence[j + 1] === n : j > 0 && S.sentence[j - 1] === n) { j += last ? 1 : -1; }
    return j;
  }
  // A key in word mode; true when it was one of the mode's.
  function wordKey(ev) {
    var w = S.wordSel, last = S.words.length - 1, to = null;
    if (ev.key === 'ArrowRight') { to = Math.min(last, w.focus + 1); } else if (ev.key === 'ArrowLeft') { to = Math.max(0, w.focus - 1); } else if (ev.key === 'ArrowDown') {
      var end = sentenceEdge(w.focus, true);
      to = ev.shiftKey ? (w.focus < end ? end : sentenceEdge(Math.min(last, end + 1), true)) : Math.min(last, end + 1);
    } else if (ev.key === 'ArrowUp') {
      var start = sentenceEdge(w.focus, false);
      to = w.focus > start ? start : sentenceEdge(Math.max(0, start - 1), false);
    } else if (ev.key === 'Escape') {
      stopWords(false);
      status('');
      return true;
    } else {
      return false;
    }
    w.focus = to;
    if (!ev.shiftKey) { w.anchor = to; }
    showWords();
    return true;
  }

  // ---- words selected in the article
  function selection() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return null; }
    var r = sel.getRangeAt(0);
    function offset(node, off) {
      var seg = node.nodeType === 3 ? node.parentElement : node;
      if (!seg || !seg.classList || !seg.classList.contains('seg')) { return null; }
      return +seg.dataset.start + (node.nodeType === 3 ? off : 0);
    }
    var s = offset(r.startContainer, r.startOffset), e = offset(r.endContainer, r.endOffset);
    if (s === null || e === null || e <= s) { return null; }
    return {start: s, end: e};
  }
  function quoteOfSelection() {
    var sel = selection();
    if (S.wordSel) { stopWords(true); }
    if (!sel) { return Promise.reject(new Error('select some words of the article first')); }
    return api('POST', 'api/quote?name=' + encodeURIComponent(S.name), {facts: S.facts, start: sel.start, end: sel.end});
  }
  function asQuote(q) {
    if (!q.prefix && !q.suffix) { return q.exact; }
    var o = {exact: q.exact};
    if (q.prefix) { o.prefix = q.prefix; }
    if (q.suffix) { o.suffix = q.suffix; }
    return o;
  }
  function newItem(section) {
    quoteOfSelection().then(function (q) {
      var words = q.exact;
      remember();
      var it = {id: slug(words), label: words.length > 60 ? words.slice(0, 57) + '...' : words, quote: asQuote(q),
        _notes: [], _uid: 'i' + (++S.uid)};
      if (section === 'statements') { it.type = 'statement'; it.text = words; it.modality = 'asserted'; }
      S.facts[section] = S.facts[section] || [];
      S.facts[section].push(it);
      window.getSelection().removeAllRanges();
      S.current = it._uid;
      status('New ' + CLASS[section] + ' ' + it.id);
      changed();
      edit();
    }).catch(function (e) { say(e.message); });
  }
  function useAsQuote() {
    var x = currentItem();
    if (!x) { say('choose an item first (j, k or a click)'); return; }
    quoteOfSelection().then(function (q) {
      remember();
      x.item.quote = asQuote(q);
      window.getSelection().removeAllRanges();
      status('New quote for ' + x.item.id);
      changed();
    }).catch(function (e) { say(e.message); });
  }
  function wordsClicked(ev) {
    var seg = ev.target.closest && ev.target.closest('.seg[data-items]');
    var box = $('word-items');
    box.textContent = '';
    if (!seg || !window.getSelection().isCollapsed) { return; }
    box.appendChild(el('span', null, 'These words support: '));
    seg.dataset.items.split(' ').forEach(function (uid) {
      var x = find(uid);
      if (x) { box.appendChild(button(x.item.id, null, function () { select(uid); }, 'word-item')); }
    });
    var first = seg.dataset.items.split(' ')[0];
    if (first) { select(first); }
  }

  // ---- save and load
  function cancelCheck() {
    if (checkTimer) { clearTimeout(checkTimer); checkTimer = null; busy(-1); }
  }
  function save() {
    cancelCheck();
    return api('POST', 'api/save?name=' + encodeURIComponent(S.name), {version: S.version, facts: S.facts, outside: S.outside})
      .then(function (r) {
        S.version = r.version;
        S.saved = true;
        apply(r.check, snapshot());
        var n = Object.keys(S.problems).length;
        say('Saved facts.yaml' + (S.outside ? ' and outside-facts.yaml' : '') + '.' + (n ? ' ' + n + ' item(s) would not load yet: see beside them.' : ' Every item loads.'), !n);
        status('Saved');
        document.body.dataset.saved = r.version;
        render();
      }).catch(function (e) { say((e.status === 409 ? 'Not saved: ' : 'Save failed: ') + e.message); status('Not saved'); });
  }
  function load() {
    if (!S.meta.load) { return; }
    if (!S.saved) { say('Save first: Load loads the draft as saved.'); return; }
    api('POST', 'api/load?name=' + encodeURIComponent(S.name), {version: S.version}).then(function (r) {
      var box = $('held');
      box.hidden = false;
      box.textContent = '';
      box.appendChild(el('h2', null, 'Loaded ' + r.loaded + ' and resolved'));
      if (!r.heldElsewhere.length) { box.appendChild(el('p', null, 'None of its events was in the store from other reports.')); }
      var ul = el('ul');
      r.heldElsewhere.forEach(function (h) {
        var li = el('li', 'held', h.id + ' was already reported by: ');
        li.dataset.id = h.id;
        li.appendChild(el('span', null, h.others.map(function (o) { return o.article + ' (' + (o.label || o.iri) + ')'; }).join('; ')));
        ul.appendChild(li);
      });
      box.appendChild(ul);
      say('Loaded into the store.', true);
    }).catch(function (e) { say('Not loaded: ' + e.message); });
  }

  // ---- keys
  function typing(t) { return t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'); }
  function onKey(ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 's') { ev.preventDefault(); save(); return; }
    if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (S.wordSel && wordKey(ev)) { ev.preventDefault(); return; }
    var act = {j: function () { move(1); }, ArrowDown: function () { move(1); }, u: undo, k: function () { move(-1); },
      ArrowUp: function () { move(-1); }, a: accept, x: reject, e: edit, Enter: edit, c: clearFlag, m: merge, s: save, l: load,
      n: function () { newItem('statements'); }, v: function () { newItem('events'); }, t: function () { newItem('entities'); },
      q: useAsQuote, w: startWords, '?': function () { $('keys').hidden = !$('keys').hidden; },
      Escape: function () { $('keys').hidden = true; S.editing = null; S.merging = null; render(); }}[ev.key];
    // Enter on a button or a link is the button's or the link's own.
    if (act && !(ev.key === 'Enter' && (ev.target.tagName === 'BUTTON' || ev.target.tagName === 'A'))) { ev.preventDefault(); act(); }
  }
  function onSelection() {
    var sel = selection();
    $('selection-tools').hidden = !sel;
  }

  // ---- the list of drafts (a folder of drafts, or etkg serve's drafts root): a link each
  function listDrafts(names) {
    document.querySelector('main').hidden = true;
    $('draft-picker').value = '';
    var list = $('draft-list');
    list.textContent = '';
    names.forEach(function (d) {
      var li = el('li'), a = el('a', 'draft', d);
      a.href = '?draft=' + encodeURIComponent(d);
      li.appendChild(a);
      list.appendChild(li);
    });
    $('drafts').hidden = false;
    status(names.length + ' drafts');
    var first = list.querySelector('a');
    if (first) { first.focus(); }
  }

  // ---- start
  function open(name) {
    say('');
    S.name = name;
    $('drafts').hidden = true;
    document.querySelector('main').hidden = false;
    S.wordSel = null;
    S.current = null;
    S.editing = null;
    S.merging = null;
    return api('GET', 'api/draft?name=' + encodeURIComponent(name)).then(function (d) {
      S.version = d.version;
      S.text = d.text;
      S.facts = d.facts;
      S.outside = d.outside || null;
      S.saved = true;
      S.undo = [];
      words();
      stamp();
      apply(d.check, snapshot());
      var first = all()[0];
      S.current = first ? first.item._uid : null;
      document.title = 'etkg review — ' + name;
      status('Opened ' + name + ' (' + all().length + ' items)');
      document.body.dataset.checked = '0';
      render();
    }).catch(function (e) {
      S.facts = null;
      $('items').textContent = '';
      $('article-text').textContent = '';
      say('Cannot open ' + name + ': ' + e.message);
    });
  }
  function start() {
    busy(0);
    document.addEventListener('keydown', onKey);
    document.addEventListener('selectionchange', onSelection);
    $('article-text').addEventListener('click', wordsClicked);
    $('save').addEventListener('click', save);
    $('load').addEventListener('click', load);
    $('keys-toggle').addEventListener('click', function () { $('keys').hidden = !$('keys').hidden; });
    document.querySelectorAll('#selection-tools button').forEach(function (b) { b.addEventListener('mousedown', function (ev) { ev.preventDefault(); }); });
    $('new-statement').addEventListener('click', function () { newItem('statements'); });
    $('new-event').addEventListener('click', function () { newItem('events'); });
    $('new-entity').addEventListener('click', function () { newItem('entities'); });
    $('use-quote').addEventListener('click', useAsQuote);
    window.addEventListener('beforeunload', function (ev) { if (!S.saved) { ev.preventDefault(); ev.returnValue = ''; } });
    api('GET', 'api/index').then(function (meta) {
      S.meta = meta;
      $('load').hidden = !meta.load;
      var picker = $('draft-picker');
      meta.drafts.forEach(function (d) { var o = el('option', null, d); o.value = d; picker.appendChild(o); });
      picker.addEventListener('change', function () {
        if (!S.saved && !window.confirm('Leave this draft without saving?')) { picker.value = S.name; return; }
        open(picker.value);
      });
      var wanted = new URLSearchParams(location.search).get('draft');
      if (wanted && meta.drafts.indexOf(wanted) < 0) { say('No draft named ' + wanted + ' here: choose one below.'); }
      if ((!wanted || meta.drafts.indexOf(wanted) < 0) && meta.drafts.length > 1) { return listDrafts(meta.drafts); }
      var name = wanted && meta.drafts.indexOf(wanted) >= 0 ? wanted : meta.drafts[0];
      picker.value = name;
      return open(name);
    }).catch(function (e) { say('Cannot start: ' + e.message); });
  }
  document.addEventListener('DOMContentLoaded', start);
})();
