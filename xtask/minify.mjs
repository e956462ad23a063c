// Minifies the JavaScript in dist/ in place (run by `cargo xtask build`):
//   node xtask/minify.mjs TERSER_MODULE_PATH DIST FILE...
// ES modules (everything but the service worker, a classic script) are
// minified as modules. Comments go; string literals (file names, the build
// hash placeholder) stay as they are.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [terserPath, dist, ...files] = process.argv.slice(2);
const { minify } = await import(pathToFileURL(terserPath).href);

let before = 0;
let after = 0;
for (const file of files) {
  const path = join(dist, file);
  const code = await readFile(path, 'utf8');
  const module = file !== 'sw.js';
  const result = await minify(code, {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  await writeFile(path, result.code);
  before += code.length;
  after += result.code.length;
}
console.log(`minified ${files.length} JavaScript files: ${before} → ${after} bytes`);
