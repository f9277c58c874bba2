import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withRequestUrl } from '@/slack/manifest';

/** `npm run manifest -- --url https://host [--socket] [--out file]`: a manifest for your deployment. */
function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      socket: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (!values.socket && !values.url) {
    console.error(
      'Usage: npm run manifest -- --url https://your-host [--out manifest.json]\n   or: npm run manifest -- --socket',
    );
    process.exit(2);
  }
  const base = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'slack/manifest.json'), 'utf8'));
  const manifest = withRequestUrl(base, values.socket ? undefined : values.url);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  if (values.out) fs.writeFileSync(values.out, text);
  else process.stdout.write(text);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
