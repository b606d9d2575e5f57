// Checks of a consent fixture page against its <script id="expect"> (see www/consent/pages.mjs).
// `fixtureState` runs in the page; `checkFixture` compares in Node.

import assert from 'node:assert/strict';

/** In the page: what the fixture's expectations are about. */
export async function fixtureState() {
  const expect = JSON.parse(document.getElementById('expect').textContent);
  // A notice the page re-inserts forever: how often is the current copy hidden, over a second?
  let mostlyHidden = null;
  if (expect.mostlyHidden) {
    let hits = 0;
    for (let i = 0; i < 20; i++) {
      const el = document.querySelector(expect.mostlyHidden);
      if (el && !el.checkVisibility()) hits += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
    mostlyHidden = hits / 20;
  }
  const shown = (el) => el.checkVisibility();
  const bySourcelight = (el) => !!el.closest('[data-sourcelight-hidden]') || !!el.getRootNode().host?.closest('[data-sourcelight-hidden]');
  const hidden = expect.hidden.map((sel) => {
    const el = document.querySelector(sel);
    return { sel, found: !!el, hidden: el ? !shown(el) && bySourcelight(el) : false };
  });
  const visible = expect.visible.map((sel) => {
    const els = [...document.querySelectorAll(sel)];
    return { sel, found: els.length, visible: els.every(shown) };
  });
  const yBefore = window.scrollY;
  let clickable = null;
  if (expect.clickable) {
    const target = document.querySelector(expect.clickable);
    target.scrollIntoView({ block: 'center' });
    const r = target.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    clickable = !!hit && (target === hit || target.contains(hit));
  }
  const present = (expect.absent ?? []).filter((sel) => document.querySelector(sel));
  const computed = (expect.computed ?? []).map(({ sel, prop, value }) => {
    const el = document.querySelector(sel);
    return { sel, prop, value, actual: el ? getComputedStyle(el).getPropertyValue(prop) : null };
  });
  return {
    expect, hidden, visible, yBefore, clickable, mostlyHidden, present, computed,
    clicked: document.body.dataset.clicked ?? '',
    earlyOpacity: document.body.dataset.earlyOpacity ?? null,
    loads: document.body.dataset.loads ?? null,
    sourcelightHidden: [...document.querySelectorAll('[data-sourcelight-hidden]')].map((e) => e.getAttribute('data-sourcelight-hidden')),
  };
}

/** Asserts a fixture's state; `report` is the content script's Report. */
export function checkFixture(name, s, report) {
  const e = s.expect;
  for (const h of s.hidden) {
    assert.ok(h.found, `${name}: ${h.sel} is not in the page`);
    assert.ok(h.hidden, `${name}: ${h.sel} is not hidden by Sourcelight`);
  }
  for (const v of s.visible) {
    assert.ok(v.found > 0, `${name}: ${v.sel} is not in the page`);
    assert.ok(v.visible, `${name}: ${v.sel} was hidden`);
  }
  if (e.hidden.length === 0 && !e.mostlyHidden) assert.deepEqual(s.sourcelightHidden, [], `${name}: nothing may be hidden`);
  if (e.scroll) {
    assert.ok(s.wheelScrolls, `${name}: the page does not scroll with the wheel`);
    assert.ok(s.keyScrolls, `${name}: the page does not scroll with the keyboard`);
  }
  if (e.locked) assert.ok(!s.wheelScrolls, `${name}: the page's own lock was released`);
  assert.deepEqual(s.present, [], `${name}: still in the page`);
  for (const c of s.computed) assert.equal(c.actual, c.value, `${name}: ${c.sel} { ${c.prop} }`);
  if (e.scrollY !== undefined) assert.ok(Math.abs(s.yBefore - e.scrollY) <= 2, `${name}: scrolled to ${s.yBefore}, not the reader's place ${e.scrollY}`);
  assert.equal(s.clicked, e.clicked, `${name}: clicked "${s.clicked}"`);
  if (e.earlyOpacity !== undefined) assert.equal(s.earlyOpacity, e.earlyOpacity, `${name}: the notice showed before the engine ran`);
  if (e.loads !== undefined) assert.equal(s.loads, String(e.loads), `${name}: the page reloaded`);
  if (e.clickable) assert.ok(s.clickable, `${name}: ${e.clickable} cannot be clicked (something covers it)`);
  if (e.maxRuns !== undefined) assert.ok(report.runs <= e.maxRuns, `${name}: ${report.runs} runs (at most ${e.maxRuns})`);
  if (e.mostlyHidden) assert.ok(s.mostlyHidden >= 0.95, `${name}: the re-inserted notice was hidden ${Math.round(s.mostlyHidden * 100)}% of the time`);
}
