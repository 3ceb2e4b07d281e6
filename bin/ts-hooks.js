// Node module hooks that load the project's TypeScript: each .ts file is given to esbuild, which
// strips the types and lowers nothing else (tsconfig's target, ES2022, is what Node 20 runs).
//
// Why not tsx: its transform targets `node<version>`, for which esbuild turns every regular
// expression with a Unicode property (`/\p{L}/u`) into `new RegExp(…)`, built again on every call
// where a function holds the literal, and it names every closure made (`keepNames`). Repair and
// extraction test words with such patterns many times per word: legacy OCR repairs about a tenth
// faster without either (docs/benchmarks.md).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const TYPESCRIPT = /\.m?ts$/;

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(new URL(url).pathname)) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    // Stack traces point into the .ts files (`register.js` turns source maps on); Node reads the
    // lines they show from the files, so the maps need not carry the sources (15 MB less per process).
    sourcemap: 'inline',
    sourcefile: path,
    sourcesContent: false,
    // As tsc reads tsconfig.json: class fields are defined, ES2022's semantics.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
