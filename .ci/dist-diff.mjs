// Prints, for each rebuilt file that differs from its committed version, both sizes, the first differing
// offset and the text around it on each side: enough to tell a stale bundle (source changed) from a build that
// depends on the machine it runs on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';

const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
console.log(`built with node ${process.version} ${process.platform}-${process.arch}, ${availableParallelism()} CPUs, ` +
  `ncc ${version('@vercel/ncc')}, typescript ${version('typescript')}, in ${process.cwd()}, home ${homedir()}, ` +
  `XDG_CACHE_HOME=${process.env.XDG_CACHE_HOME ?? '(unset)'}, TZ=${process.env.TZ ?? '(unset)'}, LANG=${process.env.LANG ?? '(unset)'}`);

const show = (s) => JSON.stringify(s).slice(1, -1);
for (const file of process.argv.slice(2)) {
  const committed = execFileSync('git', ['show', `HEAD:${file}`], { maxBuffer: 1 << 30 }).toString('latin1');
  const rebuilt = readFileSync(file).toString('latin1');
  let i = 0;
  while (i < committed.length && i < rebuilt.length && committed[i] === rebuilt[i]) i++;
  let j = 0;
  while (j < committed.length - i && j < rebuilt.length - i && committed[committed.length - 1 - j] === rebuilt[rebuilt.length - 1 - j]) j++;
  console.log(`${file}: committed ${committed.length} bytes, rebuilt ${rebuilt.length}; first difference at byte ${i}, ` +
    `differing span ${committed.length - i - j} committed / ${rebuilt.length - i - j} rebuilt bytes`);
  console.log(`  committed: ...${show(committed.slice(Math.max(0, i - 120), i + 240))}`);
  console.log(`  rebuilt:   ...${show(rebuilt.slice(Math.max(0, i - 120), i + 240))}`);
}
