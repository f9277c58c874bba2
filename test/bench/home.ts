/**
 * Home tab build time (queries + render + JSON) with a large database: 10,000 members, 1,000,000
 * attendance sessions, an approver with 200 requests to decide and a member with 5 years of history.
 * Runs on PGlite in a temporary DATA_DIR, and on PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL
 * is set (in a database of its own, dropped afterwards). Prints p50/p95/max per persona and the
 * indexes the Home queries use (EXPLAIN ANALYZE). Prints figures; asserts nothing.
 * Run alone with `npx tsx test/bench/home.ts`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Db, type OpenDb, openPglite, openPostgres } from '@/db/client';
import { effectiveRole } from '@/db/queries/members';
import * as schema from '@/db/schema';
import { type Member, members } from '@/db/schema';
import { buildHomeProps } from '@/slack/home';
import { HomeView } from '@/slack/views/home/home-view';
import { homeView } from '@/slack/views/render';

const MEMBERS = 10_000;
const SESSIONS = 1_000_000;
const PENDING = 200;
const HISTORY_YEARS = 5;
const WARMUP = 20;
const ITERATIONS = 200;
const GOAL_MS = 50;
const TEAM = 'T1';
/** A Tuesday morning: a week with hours in it. */
const NOW = new Date('2026-11-24T10:00:00Z');

/** Seeds with set-based SQL (generate_series), not row by row: seconds, not minutes. */
/** Rows of db.execute on either driver (PGlite and node-postgres both answer `{ rows }`). */
async function rowsOf<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

async function seed(db: Db): Promise<void> {
  const exec = (q: ReturnType<typeof sql>) => db.execute(q);
  // Foreign keys are checked per row; the data is consistent by construction, so skip the triggers.
  await exec(sql`set session_replication_role = replica`);
  await exec(sql`
    insert into members (team_id, user_id, display_name, time_zone, locale, role, is_workspace_admin)
    select ${TEAM}, 'UB' || lpad(i::text, 6, '0'), 'Member ' || i,
      (array['Europe/Berlin', 'America/New_York', 'Asia/Seoul', 'Asia/Tokyo', 'UTC'])[1 + i % 5],
      (array['en-US', 'en-GB', 'ko-KR', 'ja-JP', 'de-DE'])[1 + i % 5],
      (case when i = 1 then 'approver' when i = 3 then 'admin' else 'member' end)::member_role,
      false
    from generate_series(1, ${MEMBERS}) as i`);
  // 100 closed working days for everyone, spread over the members: 1,000,000 sessions.
  const perMember = SESSIONS / MEMBERS;
  await exec(sql`
    insert into attendance_sessions (team_id, member_id, check_in_at, check_out_at, check_in_source, check_out_source, location)
    select ${TEAM}, m.id,
      ${NOW.toISOString()}::timestamptz - make_interval(days => d) - interval '2 hours' + make_interval(mins => m.id % 60),
      ${NOW.toISOString()}::timestamptz - make_interval(days => d) + interval '6 hours' + make_interval(mins => m.id % 90),
      'home', case when d % 17 = 0 then 'auto_close' else 'home' end::attendance_source,
      case when (m.id + d) % 3 = 0 then 'remote' else 'office' end::work_location
    from members m, generate_series(1, ${perMember}) as d
    where m.team_id = ${TEAM}`);
  // 300 people checked in right now (the admin's "who's in").
  await exec(sql`
    insert into attendance_sessions (team_id, member_id, check_in_at, check_in_source, location)
    select ${TEAM}, id, ${NOW.toISOString()}::timestamptz - make_interval(mins => id % 120), 'home', 'office'
    from members where team_id = ${TEAM} and id % 33 = 0`);
  // Five years of weekdays for the member with history (UB000002).
  await exec(sql`
    insert into attendance_sessions (team_id, member_id, check_in_at, check_out_at, check_in_source, check_out_source, location)
    select ${TEAM}, m.id, day + interval '8 hours', day + interval '17 hours', 'home', 'home', 'office'
    from members m,
      generate_series(${NOW.toISOString()}::timestamptz - interval '${sql.raw(String(HISTORY_YEARS))} years',
                      ${NOW.toISOString()}::timestamptz - interval '${sql.raw(String(perMember + 1))} days', interval '1 day') as day
    where m.user_id = 'UB000002' and extract(isodow from day) < 6`);
  // Decided requests across the team (about 50,000), and 5 years of them for the member with history.
  await exec(sql`
    insert into requests (team_id, member_id, kind, status, leave_type, start_date, end_date, day_part, days, created_at, decided_at, decided_by_id)
    select ${TEAM}, 1 + (i * 7919) % ${MEMBERS}, 'leave', (case when i % 5 = 0 then 'rejected' else 'approved' end)::request_status,
      'vacation', (${NOW.toISOString()}::timestamptz - make_interval(days => i % 700))::date,
      (${NOW.toISOString()}::timestamptz - make_interval(days => i % 700))::date, 'full', 1,
      ${NOW.toISOString()}::timestamptz - make_interval(days => i % 700 + 10), ${NOW.toISOString()}::timestamptz - make_interval(days => i % 700 + 9), 1
    from generate_series(1, 50000) as i`);
  await exec(sql`
    insert into requests (team_id, member_id, kind, status, leave_type, start_date, end_date, day_part, days, amount, currency, created_at, decided_at, decided_by_id)
    select ${TEAM}, m.id, (case when i % 3 = 0 then 'expense' else 'leave' end)::request_kind, 'approved',
      case when i % 3 = 0 then null else 'vacation' end::leave_type,
      case when i % 3 = 0 then null else (${NOW.toISOString()}::timestamptz - make_interval(days => i * 15))::date end,
      case when i % 3 = 0 then null else (${NOW.toISOString()}::timestamptz - make_interval(days => i * 15 - 1))::date end,
      case when i % 3 = 0 then null else 'full' end::day_part,
      case when i % 3 = 0 then null else 2 end,
      case when i % 3 = 0 then 120.5 else null end, case when i % 3 = 0 then 'EUR' else null end,
      ${NOW.toISOString()}::timestamptz - make_interval(days => i * 15 + 10), ${NOW.toISOString()}::timestamptz - make_interval(days => i * 15 + 9), 1
    from members m, generate_series(1, ${HISTORY_YEARS * 24}) as i
    where m.user_id = 'UB000002'`);
  // 200 pending requests from others, waiting for the approver (and the admin).
  await exec(sql`
    insert into requests (team_id, member_id, kind, status, amount, currency, subject, created_at)
    select ${TEAM}, 10 + i * 37, 'expense', 'pending', 10 + i, 'USD', 'Taxi ' || i,
      ${NOW.toISOString()}::timestamptz - make_interval(hours => i)
    from generate_series(1, ${PENDING}) as i`);
  await exec(sql`set session_replication_role = origin`);
  await exec(sql`analyze`);
}

interface Persona {
  label: string;
  userId: string;
}

const personas: Persona[] = [
  { label: `approver, ${PENDING} pending`, userId: 'UB000001' },
  { label: `member, ${HISTORY_YEARS} years of history`, userId: 'UB000002' },
  { label: 'admin (who is in, approvals)', userId: 'UB000003' },
  { label: 'plain member', userId: 'UB004242' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One Home build: the queries (buildHomeProps), then render and JSON; returns both parts' times. */
async function buildOnce(db: Db, member: Member): Promise<{ query: number; render: number; bytes: number }> {
  const role = effectiveRole(member, []);
  const t0 = performance.now();
  const props = await buildHomeProps(db, member, role, NOW);
  const t1 = performance.now();
  const body = JSON.stringify({ user_id: member.userId, view: homeView(HomeView(props)) });
  return { query: t1 - t0, render: performance.now() - t1, bytes: body.length };
}

async function measure(db: Db, member: Member) {
  for (let i = 0; i < WARMUP; i++) await buildOnce(db, member);
  const total: number[] = [];
  const query: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const r = await buildOnce(db, member);
    total.push(r.query + r.render);
    query.push(r.query);
    render.push(r.render);
    bytes = r.bytes;
  }
  for (const list of [total, query, render]) list.sort((a, b) => a - b);
  return {
    p50: percentile(total, 50),
    p95: percentile(total, 95),
    max: total.at(-1)!,
    queryP50: percentile(query, 50),
    renderP50: percentile(render, 50),
    bytes,
  };
}

interface Captured {
  sql: string;
  params: unknown[];
}

/** Index names and sequential scans in an EXPLAIN (FORMAT JSON) plan. */
function scansOf(plan: Record<string, unknown>, out: string[] = []): string[] {
  const type = plan['Node Type'];
  if (typeof plan['Index Name'] === 'string') out.push(`${type}: ${plan['Index Name']}`);
  else if (type === 'Seq Scan') out.push(`Seq Scan: ${plan['Relation Name']}`);
  for (const child of (plan.Plans as Record<string, unknown>[] | undefined) ?? []) scansOf(child, out);
  return out;
}

/** Runs each Home query once more under EXPLAIN ANALYZE and prints the scans it used. */
async function explainHome(open: OpenDb, member: Member) {
  const captured: Captured[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ sql: query, params }) };
  const client = (open.db as unknown as { $client: unknown }).$client;
  const spy = (open.driver === 'pglite'
    ? drizzlePglite({ client: client as never, schema, casing: 'snake_case', logger })
    : drizzlePg({ client: client as never, schema, casing: 'snake_case', logger })) as unknown as Db;
  await buildHomeProps(spy, member, effectiveRole(member, []), NOW);
  for (const q of captured) {
    const from = q.sql.match(/from "(\w+)"/)?.[1] ?? '?';
    const rows = await rowsOf<Record<string, unknown>>(open.db, sql.raw(explainSql(q)));
    const raw = rows[0]?.['QUERY PLAN'];
    const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      Plan: Record<string, unknown>;
      'Execution Time': number;
    }[];
    const top = doc[0]!;
    console.log(
      `    ${from.padEnd(20)} ${top['Execution Time'].toFixed(2).padStart(7)} ms  ${scansOf(top.Plan).join(', ')}`,
    );
  }
}

/** The captured statement with its parameters inlined as literals (EXPLAIN cannot take bind parameters on every driver). */
function explainSql(q: Captured): string {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    const s = v instanceof Date ? v.toISOString() : String(v);
    return `'${s.replaceAll("'", "''")}'`;
  };
  const body = q.sql.replace(/\$(\d+)/g, (_, n: string) => literal(q.params[Number(n) - 1]));
  return `explain (analyze, format json) ${body}`;
}

async function runOn(label: string, open: OpenDb) {
  const t0 = performance.now();
  await seed(open.db);
  const [count] = await rowsOf<{ n: number }>(
    open.db,
    sql`select count(*)::int as n from attendance_sessions`,
  );
  const n = count?.n ?? 0;
  console.log(
    `\n${label}: seeded ${MEMBERS} members, ${n} sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  persona                              p50 ms   p95 ms   max ms   (queries / render p50)   view bytes   (goal p95 < ${GOAL_MS} ms)`,
  );
  for (const persona of personas) {
    const [member] = await open.db.select().from(members).where(eq(members.userId, persona.userId));
    if (!member) throw new Error(`no member ${persona.userId}`);
    const r = await measure(open.db, member);
    const verdict = r.p95 < GOAL_MS ? 'ok' : 'OVER GOAL';
    const ms = (v: number) => v.toFixed(2).padStart(6);
    const split = `${ms(r.queryP50)} / ${ms(r.renderP50)}`.padEnd(22);
    console.log(
      `  ${persona.label.padEnd(36)} ${ms(r.p50)}   ${ms(r.p95)}   ${ms(r.max)}   ${split}   ${String(r.bytes).padStart(10)}   ${verdict}`,
    );
  }
  for (const persona of [personas[0]!, personas[1]!, personas[2]!]) {
    const [member] = await open.db.select().from(members).where(eq(members.userId, persona.userId));
    console.log(`  plans for the ${persona.label}:`);
    await explainHome(open, member!);
  }
}

export async function benchHome(): Promise<void> {
  console.log(`Home tab build: ${ITERATIONS} builds per persona after ${WARMUP} warm-up builds`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-bench-home-'));
  const lite = await openPglite(dir);
  try {
    await runOn('PGlite', lite);
  } finally {
    await lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or DATABASE_URL)');
    return;
  }
  const name = `homeroom_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const open = await openPostgres(target.toString(), 4);
    // Dropping the database ends idle pooled connections; that is expected, not a crash.
    (open.db as unknown as { $client: pg.Pool }).$client.on('error', () => {});
    try {
      await runOn('PostgreSQL', open);
    } finally {
      await open.close();
    }
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchHome().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
