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
<code>./gdlab check</code> runs it (same sandbox, same limits), next to the reference (blue, solid; yours
is orange and dashed). Edit the file and press <b>Run</b> again: it is rebuilt.</p>
<p class="note">From the keyboard: Tab reaches every control; on a picture, the arrow keys move the
starting point (Shift+arrow: ten times as far) and the figure runs again; the step slider takes the arrow
keys, Home and End. What a run found is read out when it is done.</p>
<p class="note" id="where"></p>

<section class="lab-figure" id="fig1" aria-labelledby="fig1-h" data-dim="1" data-objective="quadratic1d(a=1,c=0,d=0)" data-x0="2.4" data-lr="0.1" data-steps="37">
<h2 id="fig1-h">Figure 6.1 &#8212; Gradient descent on a 1D function</h2>
<form class="controls" aria-label="Figure 6.1 settings"><label>exercise <select name="problem"></select></label>
<label>function f <select name="objective"></select></label>
<label>start x&#8320; <input name="x0" size="6" inputmode="decimal"/></label>
<label>learning rate &#945; <input name="lr" size="6" inputmode="decimal"/></label><span class="params"></span>
<label>steps <input name="steps" size="5" inputmode="numeric"/></label> <button type="submit">Run</button></form>
<p class="note" id="fig1-how">The dot is the current x; the line through it is the tangent (its slope is the gradient); the arrow shows your next step. Click the curve, or use the arrow keys on it, to start elsewhere.</p>
<div class="status" role="status"></div><div class="panels"></div>
<div class="stepper"><button type="button" class="play" aria-pressed="false" aria-label="Play the steps">&#9654;</button><input type="range" class="step" min="0" max="0" value="0" aria-label="Figure 6.1 step"/><span class="step-label"></span></div>
<div class="readout"></div>
</section>

<section class="lab-figure" id="fig2" aria-labelledby="fig2-h" data-dim="2" data-objective="valley" data-lr="0.05" data-steps="80">
<h2 id="fig2-h">Figure 6.2 &#8212; Gradient descent on a 2D loss surface</h2>
<form class="controls" aria-label="Figure 6.2 settings"><label>exercise <select name="problem"></select></label>
<label>surface <select name="objective"></select></label>
<label>start x <input name="sx" size="6" inputmode="decimal"/></label><label>start y <input name="sy" size="6" inputmode="decimal"/></label>
<label>learning rate &#945; <input name="lr" size="6" inputmode="decimal"/></label><span class="params"></span>
<label>steps <input name="steps" size="5" inputmode="numeric"/></label> <button type="submit">Run</button></form>
<p class="note" id="fig2-how">Click anywhere on the surface, or use the arrow keys on it, to choose a starting position.</p>
<div class="status" role="status"></div><div class="panels"></div>
<div class="stepper"><button type="button" class="play" aria-pressed="false" aria-label="Play the steps">&#9654;</button><input type="range" class="step" min="0" max="0" value="0" aria-label="Figure 6.2 step"/><span class="step-label"></span></div>
<div class="readout"></div>
</section>

<section class="lab-figure" id="fig3" aria-labelledby="fig3-h" data-dim="2" data-objective="valley" data-lr="0.009, 0.03, 0.075, 0.15" data-steps="80">
<h2 id="fig3-h">Figure 6.3 &#8212; Four learning rates, same start</h2>
<form class="controls" aria-label="Figure 6.3 settings"><label>exercise <select name="problem"></select></label>
<label>surface <select name="objective"></select></label>
<label>start x <input name="sx" size="6" inputmode="decimal"/></label><label>start y <input name="sy" size="6" inputmode="decimal"/></label>
<label>learning rates, comma-separated <input name="lr" size="22"/></label><span class="params"></span>
<label>steps <input name="steps" size="5" inputmode="numeric"/></label> <button type="submit">Run</button></form>
<p class="note" id="fig3-how">The smallest crawls; the middle ones converge; the largest oscillates or diverges. Click any panel, or use the arrow keys on it, to move the common start.</p>
<div class="status" role="status"></div><div class="panels four"></div>
<div class="stepper"><button type="button" class="play" aria-pressed="false" aria-label="Play the steps">&#9654;</button><input type="range" class="step" min="0" max="0" value="0" aria-label="Figure 6.3 step"/><span class="step-label"></span></div>
<div class="readout"></div>
</section>
)PAGE";

// The lab is wider than a feedback page: Figure 6.3's four panels in one row from about 1000
// pixels on (a laptop), two below that, one on a phone; a single panel no wider than 44rem.
constexpr std::string_view kStyle = R"PAGE(<style>
main{max-width:84rem}
.controls{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;margin:.4rem 0}
.controls input{font:inherit;width:auto}
.panels{display:grid;gap:.5rem}.panels:not(.four) .panel{max-width:44rem}
.panels.four{grid-template-columns:repeat(4,minmax(0,1fr))}
@media (max-width:62rem){.panels.four{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (max-width:36rem){.panels.four{grid-template-columns:1fr}}
.panel .surface svg{display:block;width:100%;height:auto;background:#fff;border:1px solid #eee;cursor:crosshair}
.panel{min-width:0;overflow-wrap:anywhere}.panel .caption{font-size:.9rem}
.panels.four table.points{font-size:.7rem}
.stepper{display:flex;gap:.6rem;align-items:center;margin:.4rem 0}.stepper input{flex:1}
.readout{font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap}
.status .error,.status .compile{color:#cf222e}.status pre{max-height:20rem;overflow:auto}
.leaves{color:#b3261e}
.regime{font-weight:600}
</style>
)PAGE";

constexpr std::string_view kScript = R"PAGE(<script>
'use strict';
const $ = (s, e = document) => e.querySelector(s);
const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text !== undefined) n.textContent = text; return n; };
const SVGNS = 'http://www.w3.org/2000/svg';
const fmt = v => (v === null || v === undefined || !isFinite(v)) ? String(v === null ? 'n/a' : v) : v.toFixed(4);
const short = v => Number(v.toPrecision(4));
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
  setStart(fig, fig.dataset.x0 ? [+fig.dataset.x0] : start(form.objective.value));
  form.problem.onchange = () => { params(fig); run(fig); };
  form.objective.onchange = () => { setStart(fig, start(form.objective.value)); run(fig); };
  form.onsubmit = ev => { ev.preventDefault(); readStart(fig); run(fig); };
  $('.step', fig).oninput = () => show(fig);
  $('.play', fig).onclick = () => play(fig);
  params(fig);
  if (!form.problem.options.length) { status(fig, 'error', `no problem of the spec runs on a ${dim}-D objective`); return; }
  run(fig);
}
const start = name => catalog.objectives.find(o => o.name === name).start.slice();
const problemOf = fig => catalog.problems.find(p => p.id === $('form', fig).problem.value);

// The start in the figure and in its form's fields (x0, or sx and sy).
function setStart(fig, x0) {
  const form = $('form', fig);
  fig.x0 = x0;
  if (form.x0) form.x0.value = short(x0[0]);
  if (form.sx) { form.sx.value = short(x0[0]); form.sy.value = short(x0[1]); }
}
function readStart(fig) {
  const form = $('form', fig);
  if (form.x0) fig.x0 = [Number(form.x0.value)];
  if (form.sx) fig.x0 = [Number(form.sx.value), Number(form.sy.value)];
}

// The problem's other numbers (momentum's beta), one input each, with the spec's values.
function params(fig) {
  const box = $('.params', fig); box.textContent = '';
  const p = problemOf(fig); if (!p) return;
  for (const [name, value] of Object.entries(p.params)) {
    const label = el('label', null, (name === 'beta' ? 'momentum \u03b2' : name) + ' ');
    const input = el('input'); input.name = 'param:' + name; input.size = 6; input.value = value;
    label.append(input); box.append(label, ' ');
  }
}

// The figure's live region: what it says is read out by screen readers when it changes.
function status(fig, cls, text, detail) {
  const box = $('.status', fig); box.textContent = '';
  const line = el('p', cls, text); box.append(line);
  if (detail) { const pre = el('pre', null, detail); pre.tabIndex = 0; box.append(pre); }
}

async function run(fig) {
  clearTimeout(fig.later);
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

// One run in a sentence, for the live region: its verdict, where it parts, both regimes.
function said(r) {
  const you = r.student ? r.student.regime : null, ref = r.reference ? r.reference.regime : null;
  let out = `Learning rate ${r.lr}: ${r.verdict_text}`;
  if (r.verdict === 'passed') out += ', your path matches the reference';
  else if (r.leaves_at !== null) out += `, your path leaves the reference at step ${r.leaves_at}`;
  if (you) out += `; yours ${you}`;
  if (ref) out += `, the reference ${ref}`;
  for (const dg of r.diagnoses) out += `; likely mistake: ${dg.title}`;
  return out + '.';
}

// A panel's picture: focusable, the arrow keys move the start (Shift: ten times as far).
function surface(fig, r, d) {
  const box = el('div', 'surface'); box.tabIndex = 0; box.setAttribute('role', 'application');
  box.setAttribute('aria-roledescription', 'starting point picker');
  box.setAttribute('aria-describedby', fig.id + '-how');
  const where = fig.x0.map(short).join(', ');
  box.setAttribute('aria-label', `Learning rate ${r.lr}, start at (${where}): arrow keys move it`);
  box.innerHTML = r.svg;  // drawn by gdlab, every text in it escaped there
  const svg = $('svg', box), f = r.frame;
  svg.addEventListener('click', ev => {
    const at = dataAt(svg, f, ev); if (!at) return;
    setStart(fig, d.dim === 1 ? [at[0]] : at);
    run(fig);
  });
  box.addEventListener('keydown', ev => {
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (ev.key === 'Enter') { ev.preventDefault(); run(fig); return; }
    const m = moves[ev.key]; if (!m || (d.dim === 1 && m[0] === 0)) return;
    ev.preventDefault();
    const stride = (ev.shiftKey ? 10 : 1) / 40, x0 = fig.x0.slice();
    x0[0] = Math.min(f.x1, Math.max(f.x0, x0[0] + m[0] * stride * (f.x1 - f.x0)));
    if (d.dim === 2) x0[1] = Math.min(f.y1, Math.max(f.y0, x0[1] + m[1] * stride * (f.y1 - f.y0)));
    setStart(fig, x0.map(short));
    box.setAttribute('aria-label', `start at (${fig.x0.join(', ')})`);
    startMark(fig);
    clearTimeout(fig.later); fig.later = setTimeout(() => run(fig), 400);  // once the keys pause
  });
  return box;
}

function render(fig) {
  const d = fig.data, panels = $('.panels', fig);
  const focused = [...panels.querySelectorAll('.surface')].indexOf(document.activeElement);
  panels.textContent = '';
  const runs = d.runs.map(said).join(' ');
  if (!d.build.ok) status(fig, 'compile', `${d.source} does not compile: the compiler says`, d.build.diagnostics);
  else status(fig, 'built', `${d.source}: ${d.build.cached ? 'unchanged, cached program' : 'rebuilt'}. ${runs}`);
  let steps = 0;
  d.runs.forEach((r, i) => {
    const panel = el('div', 'panel'); panel.dataset.lr = r.lr;
    const box = surface(fig, r, d), svg = $('svg', box), cursor = document.createElementNS(SVGNS, 'g');
    cursor.setAttribute('class', 'cursor'); svg.append(cursor);
    const you = r.student ? r.student.regime : null, ref = r.reference ? r.reference.regime : 'not available';
    const cap = el('div', 'caption');
    cap.append(el('span', null, `lr = ${r.lr}: `), el('span', 'regime you', you ? `you: ${you}` : 'you: no path'),
               el('span', null, ' \u00b7 '), el('span', 'regime reference', `reference: ${ref}`));
    const verdict = el('div', 'verdict ' + r.verdict, r.verdict === 'passed' ? 'your path matches the reference'
                       : r.verdict === 'failed' ? r.check : r.message);
    if (r.verdict === 'not_implemented') verdict.textContent = `not implemented yet: ${r.message}`;
    panel.append(box, cap, verdict);
    if (r.leaves_at !== null) panel.append(el('div', 'leaves', `your path leaves the reference at step ${r.leaves_at}`));
    for (const dg of r.diagnoses) panel.append(el('div', 'diagnosis', `likely mistake: ${dg.title}. Hint: ${dg.hint}`));
    if (r.output) panel.append(el('pre', 'output', r.output));
    if (r.table) {
      const table = el('details', 'points'); table.append(el('summary', null, `Points (lr ${r.lr}) as a table`));
      table.insertAdjacentHTML('beforeend', r.table);  // written by gdlab, escaped there
      panel.append(table);
    }
    panels.append(panel);
    steps = Math.max(steps, r.reference ? r.reference.points.length - 1 : 0, r.student ? r.student.points.length - 1 : 0);
  });
  if (focused >= 0) { const again = panels.querySelectorAll('.surface')[focused]; if (again) again.focus(); }
  const slider = $('.step', fig); slider.max = steps; if (+slider.value > steps) slider.value = steps;
  show(fig);
}

function line(g, cls, a, b, colour, extra) {
  const l = document.createElementNS(SVGNS, 'line');
  l.setAttribute('class', cls); l.setAttribute('x1', a[0]); l.setAttribute('y1', a[1]);
  l.setAttribute('x2', b[0]); l.setAttribute('y2', b[1]); l.setAttribute('stroke', colour);
  l.setAttribute('stroke-width', 2.5); if (extra) l.setAttribute('marker-end', extra); g.append(l);
}
// The reference's current point is a circle, yours a diamond: told apart without colour.
function dot(g, cls, p, colour, diamond) {
  const c = document.createElementNS(SVGNS, diamond ? 'path' : 'circle');
  c.setAttribute('class', cls);
  if (diamond) c.setAttribute('d', `M${p[0]},${p[1] - 8}l8,8l-8,8l-8,-8z`);
  else { c.setAttribute('cx', p[0]); c.setAttribute('cy', p[1]); c.setAttribute('r', 6); }
  c.setAttribute('fill', colour); c.setAttribute('stroke', '#fff'); g.append(c);
}
// Where the arrow keys have put the start, before the run that follows.
function startMark(fig) {
  const d = fig.data; if (!d) return;
  fig.querySelectorAll('.panel').forEach((panel, i) => {
    const f = d.runs[i].frame, g = $('.cursor', panel);
    let mark = $('.start-mark', g);
    if (!mark) { mark = document.createElementNS(SVGNS, 'circle'); mark.setAttribute('class', 'start-mark'); g.append(mark); }
    const y = d.dim === 1 ? f.y0 : fig.x0[1], at = px(f, fig.x0[0], y);  // 1-D: on the x axis
    mark.setAttribute('cx', at[0]); mark.setAttribute('cy', at[1]); mark.setAttribute('r', 10);
    mark.setAttribute('fill', 'none'); mark.setAttribute('stroke', '#1f2328'); mark.setAttribute('stroke-width', 3);
  });
}

// Step k on every panel: the current points, in 1-D the tangent and the next step; the readouts.
function show(fig) {
  const d = fig.data; if (!d) return;
  const k = +$('.step', fig).value, slider = $('.step', fig);
  $('.step-label', fig).textContent = `step ${k} / ${slider.max}`;
  slider.setAttribute('aria-valuetext', `step ${k} of ${slider.max}`);
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
        dot(g, 'current ' + who, at, colour, who === 'you');
        lines.push(`${who.padEnd(9)} x = ${fmt(p[0])}   f(x) = ${fmt(v)}   f\u2032(x) = ${fmt(g1)}`);
      } else {
        dot(g, 'current ' + who, px(f, p[0], p[1]), colour, who === 'you');
        lines.push(`${d.runs.length > 1 ? 'lr ' + r.lr + ' ' : ''}${who.padEnd(9)} \u03b8 = (${fmt(p[0])}, ${fmt(p[1])})   loss = ${fmt(v)}   \u2016\u2207L\u2016 = ${fmt(g1)}`);
      }
    }
  });
  $('.readout', fig).textContent = lines.join('\n');
}

function play(fig) {
  const slider = $('.step', fig), button = $('.play', fig);
  const stop = () => { clearInterval(fig.timer); fig.timer = null; button.setAttribute('aria-pressed', 'false');
                       button.setAttribute('aria-label', 'Play the steps'); button.textContent = '\u25b6'; };
  if (fig.timer) { stop(); return; }
  if (+slider.value >= +slider.max) slider.value = 0;
  button.setAttribute('aria-pressed', 'true'); button.setAttribute('aria-label', 'Pause'); button.textContent = '\u23f8';
  fig.timer = setInterval(() => {
    if (+slider.value >= +slider.max) { stop(); return; }
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
