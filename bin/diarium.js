#!/usr/bin/env node
// Runs the TypeScript CLI directly (types stripped as each file loads, see ts-hooks.js), so there
// is no build step to forget.
import './register.js';

await import('../cli/main.ts');
