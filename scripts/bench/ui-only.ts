// Runs in Node (diagnostic, not part of `npm run bench`): `node --import tsx scripts/bench/ui-only.ts
// [--profile | --timeline | --trace | --reopen] [--renderer DIR] [--runs N] [--size N]`. Without a mode,
// runs measureUi N times. --reopen has the app alone index the library once, then restarts it and
// opens the page N times, printing when the whole list showed and every long task until a second
// later. --timeline prints page load, the first API calls, the SSE messages (with sizes), the first
// row and every long task with its start time; --profile adds a CPU profile and, for each
// main-thread stretch over 40 ms (BUSY_MS sets another), the functions it spent its time in;
// --trace prints the contents of each task over 40 ms from a Chromium trace (style, layout, fonts,
// script). --renderer serves another build of the renderer (e.g. the last commit's) in place of
// out/renderer, for A/B runs.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { launchBrowser } from '../../tests/e2e/support/browser.js';
import { startServerProcess } from '../../tests/e2e/support/server-process.js';
import { removeAll, tempDir } from '../../tests/e2e/support/temp-library.js';
import { syntheticLibrary } from './synthetic-library.js';
import { markRows, measureUi, observe, pageMarks, takeLongTasks } from './ui-bench.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Marks {
  marks: Array<[string, number]>;
}

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

/** Page side: timestamps of SSE messages (event and size) and of the first option in the list. */
function instrument(): void {
  const g = globalThis as unknown as Marks & {
    EventSource: new (url: string, init?: unknown) => { addEventListener(type: string, fn: (e: { data: string }) => void): void };
    performance: { now(): number };
    document: { querySelector(s: string): unknown };
    requestAnimationFrame(fn: () => void): void;
  };
  g.marks = [];
  new (g as unknown as { PerformanceObserver: new (cb: (list: { getEntries(): Array<{ duration: number; startTime: number }> }) => void) => { observe(o: object): void } }).PerformanceObserver((list) => {
    for (const e of list.getEntries()) g.marks.push([`long task ${Math.round(e.duration)} ms`, e.startTime]);
  }).observe({ type: 'longtask', buffered: true });
  const Original = g.EventSource;
  g.EventSource = class extends (Original as unknown as new (url: string, init?: unknown) => object) {
    constructor(url: string, init?: unknown) {
      super(url, init);
      g.marks.push(['sse created', g.performance.now()]);
      (this as unknown as { addEventListener(type: string, fn: (e: { data: string }) => void): void }).addEventListener('open', () => g.marks.push(['sse open', g.performance.now()]));
      (this as unknown as { addEventListener(type: string, fn: (e: { data: string }) => void): void }).addEventListener('message', (e) => {
        const event = /"event":"(\w+)"/.exec(e.data.slice(0, 40))?.[1] ?? '?';
        const revision = /"revision":(\d+)/.exec(e.data)?.[1] ?? '-';
        g.marks.push([`sse ${event} ${Math.round(e.data.length / 1024)} KB revision ${revision}`, g.performance.now()]);
      });
    }
  } as unknown as typeof g.EventSource;
  const poll = () => {
    if (g.document.querySelector('[role="option"]')) g.marks.push(['first option', g.performance.now()]);
    else g.requestAnimationFrame(poll);
  };
  g.requestAnimationFrame(poll);
}

function busyStretches(profile: Profile, thresholdMs: number): Array<{ startMs: number; ms: number; top: Array<[string, number]> }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = (id: number) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)?.callFrame.functionName ?? '') && byId.get(id)?.callFrame.functionName !== '(garbage collector)';
  const out: Array<{ startMs: number; ms: number; top: Array<[string, number]> }> = [];
  let t = 0;
  let runStart = -1;
  let runSamples: Array<[number, number]> = [];
  const close = () => {
    if (runStart < 0) return;
    const ms = (t - runStart) / 1000;
    if (ms >= thresholdMs) {
      // Inclusive time per function (each counted once per sample).
      const inclusive = new Map<string, number>();
      for (const [id, dt] of runSamples) {
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = byId.get(n)?.callFrame;
          if (!f) continue;
          const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
          if (seen.has(name)) continue;
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + dt / 1000);
        }
      }
      out.push({ startMs: runStart / 1000, ms, top: [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25) });
    }
    runStart = -1;
    runSamples = [];
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (idle(id)) close();
    else {
      if (runStart < 0) runStart = t;
      runSamples.push([id, dt]);
    }
    t += profile.timeDeltas[i] ?? 0;
  });
  close();
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Time the thread actually ran (less than dur when it waited for a core or a lock). */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; type?: string } };
}

/** Main-thread tasks over 40 ms in a Chromium trace, each with the events inside it that took longest. */
function longTasksIn(events: TraceEvent[]): void {
  // The page's renderer main thread is the busiest one named CrRendererMain.
  const mains = events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const eventsOf = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.dur !== undefined);
  const onMain = mains.map(eventsOf).sort((a, b) => b.length - a.length)[0] ?? [];
  const start = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 40_000);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 3000 && e.name !== 'RunTask');
    console.log(`\ntask ${((task.dur ?? 0) / 1000).toFixed(1)} ms (${((task.tdur ?? 0) / 1000).toFixed(1)} ms on the CPU) at +${((task.ts - start) / 1000).toFixed(0)} ms`);
    for (const e of inside.slice(0, 30)) console.log(`  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(7)} ${((e.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  +${((e.ts - task.ts) / 1000).toFixed(0).padStart(4)}  ${e.name} ${e.args?.data?.functionName ?? ''} ${e.args?.data?.url?.split('/').pop() ?? ''} ${e.args?.data?.type ?? ''}`);
  }
}

async function traced(folder: string): Promise<void> {
  const data = await tempDir('bench-ui-trace');
  const server = await startServerProcess({ library: folder, data, built: true });
  const browser = await launchBrowser();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', 'disabled-by-default-v8.gc', 'ipc', 'mojom', 'fonts', 'disabled-by-default-fonts', 'loading', 'blink.resource'] });
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string | undefined> }; querySelector(s: string): unknown } }).document.documentElement.dataset.ready === 'true' && !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[role="progressbar"]'), undefined, { timeout: 600_000, polling: 200 });
    const buffer = await browser.stopTracing();
    await writeFile('/tmp/lectern-ui-trace.json', buffer);
    longTasksIn((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents);
  } finally {
    await browser.close();
    await server.stop();
    await removeAll(data);
  }
}

async function profiled(folder: string, cpu: boolean): Promise<void> {
  const data = await tempDir('bench-ui-profile');
  const server = await startServerProcess({ library: folder, data, built: true });
  const browser = await launchBrowser();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(instrument);
    const renderer = process.argv.indexOf('--renderer');
    const rendererDir = renderer >= 0 ? process.argv[renderer + 1] : undefined;
    // A/B runs: another build of the renderer (say, the last commit's) served in place of out/renderer.
    if (rendererDir) {
      await page.route(
        (url) => (url.pathname === '/' && !url.search) || url.pathname.startsWith('/assets/'),
        async (route) => {
          const { pathname } = new URL(route.request().url());
          const file = path.join(rendererDir, pathname === '/' ? 'index.html' : pathname);
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'font/woff2';
          // A file that build lacks is fetched from the server, rather than crashing the run.
          const body = await readFile(file).catch(() => null);
          await (body ? route.fulfill({ body, contentType: type }) : route.continue());
        },
      );
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (cpu) await cdp.send('Profiler.start');
    const t0 = performance.now();
    const requests: Array<[string, number]> = [];
    page.on('request', (r) => requests.push([`request ${r.url().replace(/^.*\/\/[^/]+/, '').slice(0, 40)}`, performance.now() - t0]));
    page.on('requestfinished', (r) => requests.push([`finished ${r.url().replace(/^.*\/\/[^/]+/, '').slice(0, 40)}`, performance.now() - t0]));
    // With another renderer the token goes in as a cookie: the server's redirect would not be routed.
    const url = new URL(server.url);
    if (rendererDir) await page.context().addCookies([{ name: `lectern-token-${url.port}`, value: url.searchParams.get('token') ?? '', url: url.origin }]);
    await page.goto(rendererDir ? `${url.origin}/` : server.url);
    // A property read per frame, not a role query: that would run in the page and be profiled too.
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[role="option"]') !== null, undefined, { timeout: 60_000 });
    console.log(`first option seen by the test after ${Math.round(performance.now() - t0)} ms`);
    await page.waitForFunction(() => (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string | undefined> }; querySelector(s: string): unknown } }).document.documentElement.dataset.ready === 'true' && !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[role="progressbar"]'), undefined, { timeout: 600_000, polling: 200 });
    const profile = cpu ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : null;
    if (profile) await writeFile('/tmp/lectern-ui.cpuprofile', JSON.stringify(profile));
    const marks = await page.evaluate(() => (globalThis as unknown as Marks).marks);
    const origin = await page.evaluate(() => (globalThis as unknown as { performance: { timeOrigin: number } }).performance.timeOrigin);
    console.log(`page time origin ${origin}`);
    for (const [name, at] of requests.slice(0, 30)) console.log(`  node  ${at.toFixed(0).padStart(6)} ms  ${name}`);
    const shown = marks.filter(([name], i) => i < 12 || i >= marks.length - 8 || name.startsWith('long') || name.startsWith('first'));
    for (const [name, at] of shown) console.log(`  page  ${at.toFixed(0).padStart(6)} ms  ${name}`);
    console.log(`  (${marks.length} marks in all)`);
    for (const stretch of profile ? busyStretches(profile, Number(process.env.BUSY_MS ?? 40)) : []) {
      console.log(`\nbusy ${stretch.ms.toFixed(0)} ms at +${stretch.startMs.toFixed(0)} ms (profile time)`);
      for (const [name, ms] of stretch.top) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await removeAll(data);
  }
}

/** The app's view of its library, asked of browser mode with the token (no page open). */
async function viewOf(server: { origin: string; url: string }): Promise<{ articles: unknown[]; rest?: { total: number }; indexing?: { state: string } | null }> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/library`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { value: { articles: unknown[]; rest?: { total: number }; indexing?: { state: string } | null } }).value;
}

/**
 * A large library reopened through the page: indexed once by the app alone (no page, whose share of
 * two cores would only slow that down), then the app restarted on the same data folder and the page
 * opened, `runs` times. The page's reopening is what a person waits for each morning.
 */
async function reopened(folder: string, runs: number): Promise<void> {
  const data = await tempDir('bench-ui-reopen');
  try {
    const first = await startServerProcess({ library: folder, data, built: true });
    let articles = 0;
    for (;;) {
      const view = await viewOf(first);
      // A large library's view carries its newest articles; the rest is kept for the page to fetch.
      articles = view.rest?.total ?? view.articles.length;
      // A fresh data folder is always indexed: its run is over once it says so.
      if (view.indexing?.state === 'cancelled') throw new Error('The indexing run was cancelled.');
      if (view.indexing?.state === 'done' || (!view.indexing && articles > 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await first.stop();
    console.log(`indexed ${articles} articles; reopening ${runs} times`);
    for (let run = 1; run <= runs; run++) {
      const server = await startServerProcess({ library: folder, data, built: true });
      const browser = await launchBrowser();
      try {
        const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript(observe);
        await page.addInitScript(markRows, String(articles));
        const marked = pageMarks(page);
        await page.goto(server.url);
        const firstRow = await marked('firstRow', 120_000);
        const listed = await marked('listed', 120_000);
        // Whatever follows the first rows (a collection, the site filter's counts) counts too.
        await page.waitForTimeout(1_000);
        const tasks = await takeLongTasks(page);
        console.log(`run ${run}: first rows after ${Math.round(firstRow)} ms, all ${articles} listed after ${Math.round(listed)} ms; long tasks (ms at page time): ${tasks.map(([at, ms]) => `${Math.round(ms)} at ${Math.round(at)}`).join(', ') || 'none'}`);
      } finally {
        await browser.close();
        await server.stop();
      }
    }
  } finally {
    await removeAll(data);
  }
}

const { folder } = await syntheticLibrary(argument('--size', 10_000));
if (process.argv.includes('--profile')) await profiled(folder, true);
else if (process.argv.includes('--timeline')) await profiled(folder, false);
else if (process.argv.includes('--trace')) await traced(folder);
else if (process.argv.includes('--reopen')) await reopened(folder, argument('--runs', 3));
else {
  for (let run = 0; run < argument('--runs', 1); run++) console.log(JSON.stringify(await measureUi(folder)));
}
