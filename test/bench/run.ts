import { benchEvents } from '@/test/bench/events';

/** `npm run bench`: prints figures; it asserts nothing (timed assertions flake). */
async function main() {
  console.log(
    'Homeroom benchmarks on',
    `${(await import('node:os')).cpus().length} cores, Node ${process.version}\n`,
  );
  await benchEvents();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
