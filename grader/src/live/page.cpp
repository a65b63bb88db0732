#include "live/page.hpp"

#include "feedback/page.hpp"

namespace gdlab::live {
namespace {

// Each figure is a form the script fills from /api/catalog. data-* attributes hold the
// chapter's defaults: Figure 6.1's readout (x = 2.4, f = 5.76, f' = 4.8) is x^2 from 2.4 over
// 37 steps; Figure 6.2's (loss 7.9025 at (3.5, 1.1)) is the valley, §10's rate 0.05, 80
// steps; Figure 6.3 is `gdlab lab`'s defaults.
constexpr std::string_view kBody = R"PAGE(<h1>Chapter 6, live: your code in the figures</h1>
<p>Every path drawn here is computed by <b>your own exercise</b>, built and run exactly as
<code>./gdlab check</code> runs it (same sandbox, same limits), next to the reference (blue).
Edit the file and press <b>Run</b> again: it is rebuilt.</p>
<p class="note" id="where"></p>

<section class="lab-figure" id="fig1" data-dim="1" data-objective="quadratic1d(a=1,c=0,d=0)" data-x0="2.4" data-lr="0.1" data-steps="37">
<h2>Figure 6.1 &#8212; Gradient descent on a 1D function</h2>
<form class="controls"><label>exercise <select name="problem"></select></label>
<label>f <select name="objective"></select></label>
<label>x&#8320; <input name="x0" size="6"/></label>
<label>&#945; <input name="lr" size="6"/></label><span class="params"></span>
<label>steps <input name="steps" size="5"/></label> <button type="submit">Run</button></form>
<div class="status" aria-live="polite"></div><div class="panels"></div>
<div class="stepper"><button type="button" class="play">&#9654;</button><input type="range" class="step" min="0" max="0" value="0"/><span class="step-label"></span></div>
<div class="readout"></div>
<p class="note">The dot is the current x; the line through it is the tangent (its slope is the gradient); the arrow shows your next step. Click the curve to start elsewhere.</p>
</section>

<section class="lab-figure" id="fig2" data-dim="2" data-objective="valley" data-lr="0.05" data-steps="80">
<h2>Figure 6.2 &#8212; Gradient descent on a 2D loss surface</h2>
<form class="controls"><label>exercise <select name="problem"></select></label>
<label>surface <select name="objective"></select></label>
<label>&#945; <input name="lr" size="6"/></label><span class="params"></span>
<label>steps <input name="steps" size="5"/></label> <button type="submit">Run</button></form>
<p class="note">Click anywhere on the surface to choose a starting position.</p>
<div class="status" aria-live="polite"></div><div class="panels"></div>
<div class="stepper"><button type="button" class="play">&#9654;</button><input type="range" class="step" min="0" max="0" value="0"/><span class="step-label"></span></div>
<div class="readout"></div>
</section>

<section class="lab-figure" id="fig3" data-dim="2" data-objective="valley" data-lr="0.009, 0.03, 0.075, 0.15" data-steps="80">
<h2>Figure 6.3 &#8212; Four learning rates, same start</h2>
<form class="controls"><label>exercise <select name="problem"></select></label>
<label>surface <select name="objective"></select></label>
<label>rates <input name="lr" size="22"/></label><span class="params"></span>
<label>steps <input name="steps" size="5"/></label> <button type="submit">Run</button></form>
<p class="note">The smallest crawls; the middle ones converge; the largest oscillates or diverges. Click any panel to move the common start.</p>
<div class="status" aria-live="polite"></div><div class="panels four"></div>
<div class="stepper"><button type="button" class="play">&#9654;</button><input type="range" class="step" min="0" max="0" value="0"/><span class="step-label"></span></div>
<div class="readout"></div>
</section>
)PAGE";

constexpr std::string_view kStyle = R"PAGE(<style>
.controls{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;margin:.4rem 0}
.controls input{font:inherit;width:auto}
.panels{display:grid;gap:.5rem}.panels.four{grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.panel svg{display:block;width:100%;height:auto;background:#fff;border:1px solid #eee;cursor:crosshair}
.panel .caption{font-size:.9rem}
.stepper{display:flex;gap:.6rem;align-items:center;margin:.4rem 0}.stepper input{flex:1}
.readout{font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap}
.status .error,.status .compile{color:#cf222e}.status pre{max-height:20rem;overflow:auto}
.regime{font-weight:600}
</style>
)PAGE";

constexpr std::string_view kScript = R"PAGE(<script>
'use strict';
const $ = (s, e = document) => e.querySelector(s);
const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text !== undefined) n.textContent = text; return n; };
const SVGNS = 'http://www.w3.org/2000/svg';
const fmt = v => (v === null || v === undefined || !isFinite(v)) ? String(v === null ? 'n/a' : v) : v.toFixed(4);
let catalog = null;

// Data to the picture's pixels, clamped like the server's own points; and back, for clicks.
const px = (f, x, y) => [f.left + Math.min(1, Math.max(0, (x - f.x0) / (f.x1 - f.x0))) * (f.right - f.left),
                         f.bottom - Math.min(1, Math.max(0, (y - f.y0) / (f.y1 - f.y0))) * (f.bottom - f.top)];
function dataAt(svg, f, ev) {
  const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(svg.getScreenCTM().inverse());
  if (p.x < f.left || p.x > f.right || p.y < f.top || p.y > f.bottom) return null;
  return [f.x0 + (p.x - f.left) / (f.right - f.left) * (f.x1 - f.x0), f.y0 + (f.bottom - p.y) / (f.bottom - f.top) * (f.y1 - f.y0)];
}

function setup(fig) {
  const dim = +fig.dataset.dim, form = $('form', fig);
  for (const p of catalog.problems.filter(p => p.dim === dim)) form.problem.add(new Option(`${p.id} (${p.source})`, p.id));
  for (const o of catalog.objectives.filter(o => o.dim === dim)) form.objective.add(new Option(o.label, o.name));
  form.objective.value = fig.dataset.objective;
  form.lr.value = fig.dataset.lr;
  form.steps.value = fig.dataset.steps;
  fig.x0 = fig.dataset.x0 ? [+fig.dataset.x0] : start(form.objective.value);
  if (form.x0) form.x0.value = fig.x0[0];
  form.problem.onchange = () => { params(fig); run(fig); };
  form.objective.onchange = () => { fig.x0 = start(form.objective.value); if (form.x0) form.x0.value = fig.x0[0]; run(fig); };
  form.onsubmit = ev => { ev.preventDefault(); if (form.x0) fig.x0 = [Number(form.x0.value)]; run(fig); };
  $('.step', fig).oninput = () => show(fig);
  $('.play', fig).onclick = () => play(fig);
  params(fig);
  if (!form.problem.options.length) { status(fig, 'error', `no problem of the spec runs on a ${dim}-D objective`); return; }
  run(fig);
}
const start = name => catalog.objectives.find(o => o.name === name).start.slice();
const problemOf = fig => catalog.problems.find(p => p.id === $('form', fig).problem.value);

// The problem's other numbers (momentum's beta), one input each, with the spec's values.
function params(fig) {
  const box = $('.params', fig); box.textContent = '';
  const p = problemOf(fig); if (!p) return;
  for (const [name, value] of Object.entries(p.params)) {
    const label = el('label', null, (name === 'beta' ? '\u03b2' : name) + ' ');
    const input = el('input'); input.name = 'param:' + name; input.size = 6; input.value = value;
    label.append(input); box.append(label, ' ');
  }
}

function status(fig, cls, text, detail) {
  const box = $('.status', fig); box.textContent = '';
  const line = el('p', cls, text); box.append(line);
  if (detail) box.append(el('pre', null, detail));
}

async function run(fig) {
  const form = $('form', fig), body = { problem: form.problem.value, objective: form.objective.value, x0: fig.x0,
    lr: form.lr.value.split(',').map(s => Number(s.trim())), steps: Number(form.steps.value), params: {} };
  for (const input of form.querySelectorAll('[name^="param:"]')) body.params[input.name.slice(6)] = Number(input.value);
  if (fig.pending) fig.pending.abort();
  const pending = fig.pending = new AbortController();
  fig.dataset.state = 'running';
  status(fig, 'running', 'building and running your code\u2026');
  try {
    const res = await fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                          body: JSON.stringify(body), signal: pending.signal });
    const data = await res.json();
    if (!res.ok) { fig.dataset.state = 'error'; status(fig, 'error', data.error || res.statusText); return; }
    fig.data = data; render(fig); fig.dataset.state = 'done';
  } catch (e) {
    if (e.name !== 'AbortError') { fig.dataset.state = 'error'; status(fig, 'error', String(e)); }
  }
}

function render(fig) {
  const d = fig.data, panels = $('.panels', fig);
  panels.textContent = '';
  if (!d.build.ok) status(fig, 'compile', `${d.source} does not compile: the compiler says`, d.build.diagnostics);
  else status(fig, 'built', `${d.source}: ${d.build.cached ? 'unchanged, cached program' : 'rebuilt'}`);
  let steps = 0;
  d.runs.forEach((r, i) => {
    const panel = el('div', 'panel'); panel.dataset.lr = r.lr;
    panel.innerHTML = r.svg;  // drawn by gdlab, every text in it escaped there
    const svg = $('svg', panel), cursor = document.createElementNS(SVGNS, 'g');
    cursor.setAttribute('class', 'cursor'); svg.append(cursor);
    svg.addEventListener('click', ev => {
      const at = dataAt(svg, r.frame, ev); if (!at) return;
      fig.x0 = d.dim === 1 ? [at[0]] : at;
      const form = $('form', fig); if (form.x0) form.x0.value = fig.x0[0].toPrecision(4);
      run(fig);
    });
    const you = r.student ? r.student.regime : null, ref = r.reference ? r.reference.regime : 'not available';
    const cap = el('div', 'caption');
    cap.append(el('span', null, `lr = ${r.lr}: `), el('span', 'regime you', you ? `you: ${you}` : 'you: no path'),
               el('span', null, ' \u00b7 '), el('span', 'regime reference', `reference: ${ref}`));
    const verdict = el('div', 'verdict ' + r.verdict, r.verdict === 'passed' ? 'your path matches the reference'
                       : r.verdict === 'failed' ? r.check : r.message);
    if (r.verdict === 'not_implemented') verdict.textContent = `not implemented yet: ${r.message}`;
    panel.append(svg, cap, verdict);
    if (r.leaves_at !== null) panel.append(el('div', 'leaves', `your path leaves the reference at step ${r.leaves_at}`));
    for (const dg of r.diagnoses) panel.append(el('div', 'diagnosis', `likely mistake: ${dg.title}. Hint: ${dg.hint}`));
    if (r.output) panel.append(el('pre', 'output', r.output));
    panels.append(panel);
    steps = Math.max(steps, r.reference ? r.reference.points.length - 1 : 0, r.student ? r.student.points.length - 1 : 0);
  });
  const slider = $('.step', fig); slider.max = steps; if (+slider.value > steps) slider.value = steps;
  show(fig);
}

function line(g, cls, a, b, colour, extra) {
  const l = document.createElementNS(SVGNS, 'line');
  l.setAttribute('class', cls); l.setAttribute('x1', a[0]); l.setAttribute('y1', a[1]);
  l.setAttribute('x2', b[0]); l.setAttribute('y2', b[1]); l.setAttribute('stroke', colour);
  l.setAttribute('stroke-width', 2.5); if (extra) l.setAttribute('marker-end', extra); g.append(l);
}
function dot(g, cls, p, colour) {
  const c = document.createElementNS(SVGNS, 'circle');
  c.setAttribute('class', cls); c.setAttribute('cx', p[0]); c.setAttribute('cy', p[1]); c.setAttribute('r', 6);
  c.setAttribute('fill', colour); c.setAttribute('stroke', '#fff'); g.append(c);
}

// Step k on every panel: the current points, in 1-D the tangent and the next step; the readouts.
function show(fig) {
  const d = fig.data; if (!d) return;
  const k = +$('.step', fig).value, slider = $('.step', fig);
  $('.step-label', fig).textContent = `step ${k} / ${slider.max}`;
  const lines = [];
  fig.querySelectorAll('.panel').forEach((panel, i) => {
    const r = d.runs[i], f = r.frame, g = $('.cursor', panel); g.textContent = '';
    for (const [who, s, colour] of [['reference', r.reference, '#0072b2'], ['you', r.student, '#d55e00']]) {
      if (!s || k >= s.points.length) { if (s || who === 'you') lines.push(`lr ${r.lr} ${who}: no step ${k}`); continue; }
      const p = s.points[k], v = s.value[k], g1 = s.slope[k];
      if (d.dim === 1) {
        const at = px(f, p[0], v), half = Math.min((f.x1 - f.x0) / 6, (f.y1 - f.y0) / 3 / Math.max(Math.abs(g1), 1e-12));
        if (who === 'you' || !r.student) {
          line(g, 'tangent', px(f, p[0] - half, v - half * g1), px(f, p[0] + half, v + half * g1), '#333');
          if (k + 1 < s.points.length) line(g, 'next-step', at, px(f, s.points[k + 1][0], v), colour);
        }
        dot(g, 'current ' + who, at, colour);
        lines.push(`${who.padEnd(9)} x = ${fmt(p[0])}   f(x) = ${fmt(v)}   f\u2032(x) = ${fmt(g1)}`);
      } else {
        dot(g, 'current ' + who, px(f, p[0], p[1]), colour);
        lines.push(`${d.runs.length > 1 ? 'lr ' + r.lr + ' ' : ''}${who.padEnd(9)} \u03b8 = (${fmt(p[0])}, ${fmt(p[1])})   loss = ${fmt(v)}   \u2016\u2207L\u2016 = ${fmt(g1)}`);
      }
    }
  });
  $('.readout', fig).textContent = lines.join('\n');
}

function play(fig) {
  const slider = $('.step', fig);
  if (fig.timer) { clearInterval(fig.timer); fig.timer = null; return; }
  if (+slider.value >= +slider.max) slider.value = 0;
  fig.timer = setInterval(() => {
    if (+slider.value >= +slider.max) { clearInterval(fig.timer); fig.timer = null; return; }
    slider.value = +slider.value + 1; show(fig);
  }, 120);
}

(async () => {
  catalog = await (await fetch('/api/catalog')).json();
  $('#where').textContent = `Exercises from ${catalog.submission}; sandbox: ${catalog.isolation.join(', ')}.`;
  document.querySelectorAll('.lab-figure').forEach(setup);
})();
</script>
)PAGE";

}  // namespace

std::string lab_page() {
  std::string page = feedback::page_start("gdlab lab: Chapter 6, live");
  page += kStyle;
  page += kBody;
  page += kScript;
  return page + feedback::page_end();
}

}  // namespace gdlab::live
