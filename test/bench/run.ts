import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchEvents, migrate, startApp, stopApp } from '@/test/bench/events';
import { benchHome } from '@/test/bench/home';
import { benchUploads } from '@/test/bench/uploads';
import { FakeSlack } from '@/test/helpers/fake-slack';

/** `npm run bench`: prints figures; it asserts nothing (timed assertions flake). */
async function main() {
  console.log(`Homeroom benchmarks on ${os.cpus().length} cores, Node ${process.version}\n`);
  await benchEvents();
  console.log('');
  await benchHome();

  // The renderer and the preview page's first load, against a production server of its own.
  const slack = await new FakeSlack().start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-bench-preview-'));
  const port = 3800 + Math.floor(Math.random() * 100);
  migrate(dataDir);
  const app = await startApp(slack.apiUrl, port, dataDir);
  process.env.BENCH_PREVIEW_URL = `http://127.0.0.1:${port}`;
  try {
    const { benchRender } = await import('@/test/bench/render');
    console.log('');
    await benchRender();
  } finally {
    stopApp(app);
    await slack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log('');
  await benchUploads();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
