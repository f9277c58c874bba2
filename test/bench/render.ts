/**
 * Renderer benchmark: server-side render time of BlockKitView for a 100-block message and a
 * 100-block modal, then (when a production server listens on port 3100) the preview page's first load.
 * Run alone with `npx tsx test/bench/render.ts`.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BlockKitViewProps } from '@/components/block-kit';

/**
 * The renderer imports CSS modules, which Node cannot load; outside Next each becomes a proxy that
 * maps a class name to itself. Registered before the renderer is imported.
 */
const cssModuleHook = `export async function load(url, context, next) {
  if (url.endsWith('.css')) {
    return { format: 'module', shortCircuit: true, source: 'export default new Proxy({}, { get: (_, k) => (typeof k === "string" ? k : undefined) });' };
  }
  return next(url, context);
}`;

async function loadRenderer() {
  // React picks its production or development build when first loaded: measure what users get.
  // (Next's types make NODE_ENV read-only; this script runs outside Next.)
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' });
  register(`data:text/javascript,${encodeURIComponent(cssModuleHook)}`);
  const [{ BlockKitView }, { createElement }, { renderToStaticMarkup }] = await Promise.all([
    import('@/components/block-kit'),
    import('react'),
    import('react-dom/server'),
  ]);
  return { BlockKitView, createElement, renderToStaticMarkup };
}

const WARMUP = 30;
const ITERATIONS = 200;
const GOAL_MS = 10;
const PREVIEW_URL = process.env.BENCH_PREVIEW_URL ?? 'http://127.0.0.1:3100';
const STORY_PATH = '/preview/home/admin-crowded';

const text = (t: string) => ({ type: 'plain_text', text: t, emoji: true });
const mrkdwn = (t: string) => ({ type: 'mrkdwn', text: t });

/** A mix of what real messages carry: rich mrkdwn, fields, buttons, selects, context, dividers. */
function messageBlock(i: number): Record<string, unknown> {
  switch (i % 6) {
    case 0:
      return {
        type: 'section',
        block_id: `s${i}`,
        text: mrkdwn(
          `*Item ${i}* :white_check_mark: ~old~ _new_ \`code\` <https://example.com/${i}|a link> <@U0MEMBER01> <!here>`,
        ),
        accessory: { type: 'button', action_id: `b${i}`, text: text('Open'), value: String(i) },
      };
    case 1:
      return {
        type: 'section',
        block_id: `f${i}`,
        fields: Array.from({ length: 6 }, (_, k) => mrkdwn(`*Field ${k}*\n${k * i} h`)),
      };
    case 2:
      return {
        type: 'actions',
        block_id: `a${i}`,
        elements: [
          { type: 'button', action_id: `ok${i}`, style: 'primary', text: text('Approve'), value: 'ok' },
          { type: 'button', action_id: `no${i}`, style: 'danger', text: text('Reject'), value: 'no' },
          {
            type: 'static_select',
            action_id: `sel${i}`,
            placeholder: text('Pick one'),
            options: Array.from({ length: 8 }, (_, k) => ({ text: text(`Option ${k}`), value: `o${k}` })),
          },
        ],
      };
    case 3:
      return {
        type: 'context',
        elements: [mrkdwn(`Posted <!date^1795547700^{date_short} at {time}|today> · :clock3: ${i} m`)],
      };
    case 4:
      return {
        type: 'rich_text',
        elements: [
          {
            type: 'rich_text_section',
            elements: [
              { type: 'text', text: 'Rich text ', style: { bold: true } },
              { type: 'emoji', name: 'tada' },
              { type: 'link', url: 'https://example.com', text: ' link' },
            ],
          },
          {
            type: 'rich_text_list',
            style: 'bullet',
            elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }],
          },
        ],
      };
    default:
      return { type: 'divider' };
  }
}

function modalBlock(i: number): Record<string, unknown> {
  switch (i % 5) {
    case 0:
      return {
        type: 'input',
        block_id: `in${i}`,
        label: text(`Note ${i}`),
        element: {
          type: 'plain_text_input',
          action_id: `t${i}`,
          multiline: i % 2 === 0,
          placeholder: text('Type…'),
        },
      };
    case 1:
      return {
        type: 'input',
        block_id: `sel${i}`,
        label: text('Kind'),
        element: {
          type: 'static_select',
          action_id: `s${i}`,
          options: ['Vacation', 'Sick', 'Remote'].map((o) => ({ text: text(o), value: o.toLowerCase() })),
        },
      };
    case 2:
      return {
        type: 'input',
        block_id: `rb${i}`,
        label: text('Where'),
        element: {
          type: 'radio_buttons',
          action_id: `r${i}`,
          options: ['Office', 'Remote'].map((o) => ({ text: text(o), value: o.toLowerCase() })),
        },
      };
    case 3:
      return {
        type: 'input',
        block_id: `d${i}`,
        label: text('From'),
        element: { type: 'datepicker', action_id: `d${i}` },
      };
    default:
      return {
        type: 'section',
        text: mrkdwn(`*Section ${i}*: details with <https://example.com|a link> and :wave:`),
      };
  }
}

const viewer = {
  userId: 'U0MEMBER01',
  userName: 'Ana Lima',
  teamId: 'T0HOMEROOM',
  locale: 'en-US',
  timeZone: 'America/New_York',
};

const cases: { name: string; props: BlockKitViewProps }[] = [
  {
    name: '100-block message',
    props: {
      surface: 'message',
      view: { text: 'bench', blocks: Array.from({ length: 100 }, (_, i) => messageBlock(i)) },
      viewer,
    },
  },
  {
    name: '100-block modal',
    props: {
      surface: 'modal',
      view: {
        type: 'modal',
        title: text('Benchmark'),
        submit: text('Submit'),
        close: text('Cancel'),
        blocks: Array.from({ length: 100 }, (_, i) => modalBlock(i)),
      },
      viewer,
    },
  },
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0] ?? Number.NaN };
}

/** Figures go to stdout: this is a report, not logging. */
function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function benchRenderer(): Promise<void> {
  const { BlockKitView, createElement, renderToStaticMarkup } = await loadRenderer();
  const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';
  print(
    `Renderer: renderToStaticMarkup(<BlockKitView>), React ${mode} build, ${WARMUP} warm-up + ${ITERATIONS} timed runs`,
  );
  for (const { name, props } of cases) {
    const element = createElement(BlockKitView, props);
    let html = '';
    for (let i = 0; i < WARMUP; i++) html = renderToStaticMarkup(element);
    // A fast render of placeholders would prove nothing: say how many blocks were not rendered.
    const unsupported = html.split('data-unsupported').length - 1;
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const start = performance.now();
      renderToStaticMarkup(element);
      samples.push(performance.now() - start);
    }
    const s = summary(samples);
    const verdict = s.median < GOAL_MS ? 'ok' : `OVER the ${GOAL_MS} ms goal`;
    print(
      `  ${name.padEnd(18)} median ${ms(s.median)}  p95 ${ms(s.p95)}  min ${ms(s.min)}  (${(html.length / 1024).toFixed(0)} KiB HTML, ${unsupported} unsupported) ${verdict}`,
    );
  }
}

async function timedFetch(url: string): Promise<{ ttfb: number; total: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
  const ttfb = performance.now() - start;
  await res.arrayBuffer();
  return { ttfb, total: performance.now() - start, status: res.status };
}

async function benchFirstLoad(): Promise<void> {
  const url = `${PREVIEW_URL}${STORY_PATH}`;
  try {
    await fetch(`${PREVIEW_URL}/preview`, { signal: AbortSignal.timeout(2000) });
  } catch {
    print(
      `Preview first load: skipped, no server at ${PREVIEW_URL} (run \`npm run build && npm run start -- -p 3100\`).`,
    );
    return;
  }
  const first = await timedFetch(url);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push((await timedFetch(url)).total);
  const w = summary(warm);
  print(`Preview first load of ${STORY_PATH} (production server at ${PREVIEW_URL})`);
  print(`  HTML, first request   TTFB ${ms(first.ttfb)}  total ${ms(first.total)}  (HTTP ${first.status})`);
  print(`  HTML, 20 more         median ${ms(w.median)}  p95 ${ms(w.p95)}`);

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    print(`  Browser load: skipped, no Chromium at ${executablePath}.`);
    return;
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const loads: { dcl: number; load: number; fcp: number }[] = [];
    for (let i = 0; i < 5; i++) {
      // A fresh context each time: nothing cached, like a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      loads.push(
        await page.evaluate(() => {
          const nav = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const fcp =
            window.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
          return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp };
        }),
      );
      await context.close();
    }
    const pick = (k: 'dcl' | 'load' | 'fcp') => summary(loads.map((l) => l[k])).median;
    print(
      `  Browser, cold cache, median of 5: first contentful paint ${ms(pick('fcp'))}  DOMContentLoaded ${ms(pick('dcl'))}  load ${ms(pick('load'))}`,
    );
  } finally {
    await browser.close();
  }
}

export async function benchRender(): Promise<void> {
  await benchRenderer();
  await benchFirstLoad();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchRender().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
