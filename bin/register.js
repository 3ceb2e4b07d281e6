// Lets Node run the project's TypeScript: `node --import ./bin/register.js FILE.ts` (the benches and
// scripts), and the CLI (`bin/diarium.js`). See ts-hooks.js.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./ts-hooks.js', import.meta.url);
