// Builds the two committed bundles with @vercel/ncc: dist/index.js (the action, with its import() chunks) and
// dist/cli.js (the CLI).
// Both are CommonJS files that run with plain `node` on a fresh clone, without npm install (dist/index.js with its
// import() chunks and dist/catalog-tables.json beside it, all committed). The
// source is ES modules; the bundles are CommonJS (ncc's esm: false) because Node loads an ES-module entry through
// its ES-module loader, whose own modules it compiles first: on a push run (npm run bench) that loader cost about
// 50-60 M instructions (valgrind), against ~94 M for a whole bare `node -e ''`.
import ncc from '@vercel/ncc';
import { parse } from 'acorn';
import { mkdirSync, writeFileSync, rmSync, chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleInputsHash } from './bundle-inputs.mjs';

// The action's bundle is minified: every run parses it, and on a push (which posts nothing) reading and compiling it
// was a good part of the run (npm run bench). The CLI stays readable.
const bundles = [
  { input: 'src/main.ts', output: 'dist/index.js', minify: true, asciiOnly: true, eagerFactories: true, exportsByValue: true, catalogAsJson: true },
  { input: 'src/cli.ts', output: 'dist/cli.js', executable: true },
];

/**
 * The bundle with every character past ASCII written as a \uXXXX escape. A few dozen such characters (…, ×, ❌ in
 * report strings) made Node decode the whole file into a two-byte string, the slower path of its UTF-8 decoder,
 * and twice the memory for V8 to scan. They stand only in string, template and regular-expression literals, where
 * the escape means the same character; the checks refuse the cases where it would not (a tagged template's raw
 * text, or a character already escaped with a backslash).
 */
function asciiOnly(code, name) {
  if (/String\.raw/.test(code)) throw new Error(`${name}: String.raw would see \\u escapes in its raw text`);
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${name}: a backslash before a non-ASCII character`);
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The bundle with its module factories written as parenthesised function expressions, `(function(e,t,s){...})`,
 * instead of ncc's arrow functions, `(e,t,s)=>{...}`. V8 compiles a parenthesised function expression together with
 * the code around it (its "possibly immediately invoked" heuristic) and every other function only when it is first
 * called. So a factory written as an arrow was read twice on every run: once while the whole bundle is compiled
 * (pre-parsed, to find where it ends) and once more, in full, when it is first required. Every factory in this
 * bundle is required on every run (the pull-request code is in the import() chunks), and a push run
 * (npm run bench) spent ~25 M instructions (valgrind, of ~500 M) on that second reading.
 * Webpack calls a factory with its module's exports as `this`; an arrow sees the outer `this` instead. A factory
 * that uses `this`, `arguments`, `super` or `new.target` at its own level is left as it is, so none changes meaning.
 */
function eagerFactories(code, name) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  // ncc's output: `(()=>{"use strict";var e={<id>:(e,t,s)=>{...},...};...})();`, the module table first.
  const iife = ast.body[0]?.expression?.callee;
  const table = iife?.body?.body?.find((s) => s.type === 'VariableDeclaration')?.declarations[0]?.init;
  const isTable = table?.type === 'ObjectExpression' && table.properties.length > 0 && table.properties.every((p) => p.key?.type === 'Literal' && typeof p.key.value === 'number');
  if (!isTable) throw new Error(`${name}: no module table where ncc puts it; the factories cannot be made eager`);
  const edits = [];
  for (const { value: f } of table.properties) {
    const plain = f.type === 'ArrowFunctionExpression' && !f.async && f.body.type === 'BlockStatement' && f.params.every((p) => p.type === 'Identifier');
    if (!plain || usesOwnThis(f.body) || isExternalStub(f)) continue;
    edits.push({ from: f.start, to: f.body.start, text: `(function(${f.params.map((p) => p.name).join(',')})` }, { from: f.end, to: f.end, text: ')' });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/**
 * Whether a factory is ncc's stub for an external module, `(e)=>{e.exports=require("node:http2")}`: those stay lazy.
 * The action's bundle holds ~37 of them (node built-ins, and the catalog's JSON), most for modules only the
 * pull-request chunks load (http2, tls, zlib, ...): compiled eagerly, every run paid for their bytecode (~14 page
 * faults, issue 9); the few a push requires are each a one-line function, compiled when first called.
 */
function isExternalStub(f) {
  const [s, ...rest] = f.body.body;
  const e = s?.type === 'ExpressionStatement' ? s.expression : null;
  return rest.length === 0 && f.params.length === 1 && e?.type === 'AssignmentExpression' && e.operator === '='
    && e.left.type === 'MemberExpression' && !e.left.computed && e.left.object.type === 'Identifier' && e.left.object.name === f.params[0].name && e.left.property.name === 'exports'
    && e.right.type === 'CallExpression' && e.right.callee.type === 'Identifier' && e.right.callee.name === 'require' && e.right.arguments.length === 1 && e.right.arguments[0].type === 'Literal';
}

/**
 * The bundle with each module's exported function declarations set on its exports object as plain values, instead
 * of through the getters webpack defines for every export: `o.d(t,{di:()=>findAccelerator})` becomes
 * `o.d(t,{});t.di=findAccelerator;`. A getter keeps an ES module's binding live; a function declaration that its
 * module never assigns again has one value from the module's first statement on (declarations are hoisted, and
 * webpack defines the getters at that same first statement), so the value itself is the same binding. Every call
 * from one module into another (`(0,x.di)(...)`) then reads a plain property instead of calling a getter: ~17,500
 * getter calls on a push run, and ~400 getter closures made at load. Only exports whose getter returns a top-level
 * function declaration of that module, with no assignment to that name anywhere in the module, are changed; the
 * rest (consts, lets, classes) keep their getters.
 */
function exportsByValue(code, name) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', preserveParens: true });
  let iife = ast.body[0]?.expression;
  if (iife?.type === 'ParenthesizedExpression') iife = iife.expression;
  let callee = iife?.callee;
  if (callee?.type === 'ParenthesizedExpression') callee = callee.expression;
  const table = callee?.body?.body?.find((s) => s.type === 'VariableDeclaration')?.declarations[0]?.init;
  if (table?.type !== 'ObjectExpression') throw new Error(`${name}: no module table where ncc puts it`);
  const edits = [];
  for (const { value } of table.properties) {
    const f = value.type === 'ParenthesizedExpression' ? value.expression : value;
    if ((f.type !== 'FunctionExpression' && f.type !== 'ArrowFunctionExpression') || f.body.type !== 'BlockStatement' || f.params.length < 3) continue;
    const [, exportsParam, requireParam] = f.params.map((p) => p.name);
    const statements = f.body.body;
    const define = statements.find((s) => s.type === 'ExpressionStatement' && isDefineCall(s.expression, exportsParam, requireParam));
    if (!define) continue;
    const declared = new Set(statements.filter((s) => s.type === 'FunctionDeclaration' && !s.async && !s.generator).map((s) => s.id.name));
    const assigned = assignedNames(f.body);
    const getters = define.expression.arguments[1].properties;
    const byValue = getters.filter((p) => !p.computed && p.key.type === 'Identifier' && p.value.type === 'ArrowFunctionExpression' && p.value.params.length === 0 && p.value.body.type === 'Identifier' && declared.has(p.value.body.name) && !assigned.has(p.value.body.name));
    if (!byValue.length) continue;
    const kept = getters.filter((p) => !byValue.includes(p)).map((p) => code.slice(p.start, p.end));
    const object = define.expression.arguments[1];
    edits.push({ from: object.start, to: object.end, text: `{${kept.join(',')}}` });
    edits.push({ from: define.end, to: define.end, text: byValue.map((p) => `${exportsParam}.${p.key.name}=${p.value.body.name};`).join('') });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** `o.d(t,{...})`: webpack's "define getters" on the exports parameter, with an object of getters. */
function isDefineCall(e, exportsParam, requireParam) {
  return e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.object.type === 'Identifier' && e.callee.object.name === requireParam
    && e.callee.property.name === 'd' && e.arguments.length === 2 && e.arguments[0].type === 'Identifier' && e.arguments[0].name === exportsParam && e.arguments[1].type === 'ObjectExpression';
}

/** Every name assigned to (`x=`, `x+=`, `x++`, `var x=`, destructuring targets) anywhere in a node, in any scope: a superset. */
function assignedNames(node, out = new Set()) {
  if (!node || typeof node.type !== 'string') return out;
  const targets = (p) => {
    if (!p) return;
    if (p.type === 'Identifier') out.add(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => targets(q.type === 'RestElement' ? q.argument : q.value));
    else if (p.type === 'ArrayPattern') p.elements.forEach(targets);
    else if (p.type === 'AssignmentPattern') targets(p.left);
    else if (p.type === 'RestElement') targets(p.argument);
    else if (p.type === 'ParenthesizedExpression') targets(p.expression);
  };
  if (node.type === 'AssignmentExpression') targets(node.left);
  if (node.type === 'VariableDeclarator' && node.init) targets(node.id); // `var f=...` beside `function f`
  if (node.type === 'UpdateExpression') targets(node.argument);
  if (node.type === 'ForInStatement' || node.type === 'ForOfStatement') targets(node.left);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'type') continue;
    if (Array.isArray(v)) v.forEach((x) => assignedNames(x, out));
    else if (v && typeof v.type === 'string') assignedNames(v, out);
  }
  return out;
}

/** Whether code uses `this`, `arguments`, `super` or `new.target` of its enclosing function (not of a nested one). */
function usesOwnThis(node) {
  if (!node || typeof node.type !== 'string') return false;
  if (node.type === 'ThisExpression' || node.type === 'Super' || node.type === 'MetaProperty') return true;
  if (node.type === 'Identifier') return node.name === 'arguments';
  if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return false;
  // A class body has its own `this`, except in computed member names, which are evaluated outside it.
  if (node.type === 'ClassBody') return node.body.some((m) => m.computed && usesOwnThis(m.key));
  return Object.entries(node).some(([k, v]) => k !== 'type' && (Array.isArray(v) ? v.some(usesOwnThis) : typeof v === 'object' && usesOwnThis(v)));
}

/**
 * The catalog's data (src/catalog/tables.ts) as JSON text, which the action's bundle require()s instead of compiling
 * and running the code that builds it (tables.ts says why). Made by bundling tables.ts on its own and running it;
 * refused when a value would not come back from JSON as it is.
 */
const CATALOG_TABLES = './tables.js';
const CATALOG_JSON = 'catalog-tables.json';
/**
 * ncc matches externals by the request as written, so every `import ... from './tables.js'` in the action's bundle
 * becomes the JSON: refuse the build if a module outside src/catalog/ (where tables.ts lives) writes that request.
 */
function onlyCatalogImportsTables() {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const request = new RegExp(`from\\s+['"]${CATALOG_TABLES.replace(/[.]/g, '\\.')}['"]`);
  const strays = readdirSync(src, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.startsWith(`catalog${sep}`) && request.test(readFileSync(join(src, f), 'utf8')));
  if (strays.length) throw new Error(`${strays.join(', ')}: import '${CATALOG_TABLES}', which the action's bundle maps to dist/${CATALOG_JSON}; rename that module`);
}

/**
 * How the action's bundle reads the catalog: the file's text parsed, as require() of a .json file does (node's
 * Module._extensions['.json']: readFileSync as UTF-8, then JSON.parse; the file has no byte-order mark to strip),
 * without require()'s module resolution and module record: -0.3 to -0.9 M instructions and ~-18 page faults on a push run
 * (callgrind, perf stat; issue 9). `__dirname` is the bundle's folder: the bundle is CommonJS.
 */
const readCatalog = `JSON.parse(require("fs").readFileSync(__dirname+"/${CATALOG_JSON}","utf8"))`;

async function catalogJson() {
  onlyCatalogImportsTables();
  const entry = fileURLToPath(new URL('../src/catalog/tables.ts', import.meta.url));
  const { code } = await ncc(entry, { minify: false, sourceMap: false, quiet: true, target: 'es2022', license: '', esm: false, cache: false });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__dirname', code)(module, module.exports, createRequire(entry), fileURLToPath(new URL('.', import.meta.url)));
  // The JSON stands for the module, so it is the module's exports: { "TABLES": ... }.
  const exports = { TABLES: module.exports.TABLES };
  if (!exports.TABLES) throw new Error(`${entry}: no TABLES export`);
  sameAsJson(exports, 'exports', new Set());
  return JSON.stringify(exports);
}

/** Throws unless JSON.parse(JSON.stringify(v)) is v: plain objects and arrays, strings, finite numbers, booleans, null. */
function sameAsJson(v, path, seen) {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`${path}: ${Object.is(v, -0) ? '-0' : v} does not survive JSON`);
    return;
  }
  if (typeof v !== 'object') throw new Error(`${path}: ${typeof v} does not survive JSON`);
  if (seen.has(v)) throw new Error(`${path}: an object that also stands elsewhere; JSON would make two`);
  seen.add(v);
  if (!Object.isExtensible(v)) throw new Error(`${path}: frozen, sealed or not extensible; JSON would give it back open`);
  if (Array.isArray(v)) {
    // An array's own keys are its indices and 'length'; anything else (a named property) JSON drops.
    if (Reflect.ownKeys(v).length !== v.length + 1) throw new Error(`${path}: an array with named properties; JSON keeps only its items`);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new Error(`${path}[${i}]: a hole does not survive JSON`);
      sameAsJson(v[i], `${path}[${i}]`, seen);
    }
    return;
  }
  // Symbol keys, non-enumerable keys and getters would be dropped or turned into plain values.
  const described = Object.getOwnPropertyDescriptors(v);
  const plain = Object.getPrototypeOf(v) === Object.prototype && Reflect.ownKeys(v).every((k) => typeof k === 'string' && described[k].enumerable && 'value' in described[k]);
  if (!plain) throw new Error(`${path}: not a plain object of enumerable string-keyed values`);
  for (const [k, x] of Object.entries(v)) sameAsJson(x, `${path}.${k}`, seen);
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
const written = new Map();
const catalog = await catalogJson();
for (const b of bundles) {
  const { code, assets } = await ncc(new URL(`../${b.input}`, import.meta.url).pathname, {
    minify: b.minify === true,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    license: '',
    esm: false,
    // The action's bundle reads the catalog's data from dist/catalog-tables.json (catalogJson above).
    externals: b.catalogAsJson ? { [CATALOG_TABLES]: `./${CATALOG_JSON}` } : [],
    // No persistent cache: ncc keeps one per working folder in ~/.cache/ncc, keyed by the entry's path and ncc's
    // version but not by these options, so a cache left by an earlier configuration could leak into the output.
    // The committed bundles must be what a fresh machine builds (CI rebuilds and compares); the cache saved ~3 s
    // of ~35 s here.
    cache: false,
  });
  // Chunks are the modules loaded with import() (the pull-request half of the action): separate files, so a run
  // that does not need them never reads them.
  const chunks = Object.keys(assets ?? {}).filter((a) => /^\d+\.[a-z]+\.js$/.test(a));
  const extra = Object.keys(assets ?? {}).filter((a) => a !== 'package.json' && !chunks.includes(a));
  if (extra.length) throw new Error(`${b.input}: unexpected bundle assets ${extra.join(', ')}`);
  for (const c of chunks) {
    // Both bundles name chunks <id>.index.js: one file may not stand for two different chunks.
    if (written.has(c) && written.get(c) !== String(assets[c].source)) throw new Error(`${b.input}: chunk ${c} differs from the one another bundle wrote`);
    written.set(c, String(assets[c].source));
    writeFileSync(`dist/${c}`, assets[c].source);
  }
  let text = b.eagerFactories ? eagerFactories(code, b.output) : code;
  if (b.exportsByValue) text = exportsByValue(text, b.output);
  if (b.asciiOnly) text = asciiOnly(text, b.output);
  if (b.catalogAsJson) {
    const request = `require("./${CATALOG_JSON}")`;
    if (text.split(request).length !== 2) throw new Error(`${b.output}: does not read ${CATALOG_JSON} exactly once`);
    text = text.replace(request, readCatalog);
    writeFileSync(`dist/${CATALOG_JSON}`, asciiOnly(catalog, CATALOG_JSON) + '\n');
  }
  if (b.executable && !text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
  writeFileSync(b.output, text);
  if (b.executable) chmodSync(b.output, 0o755);
  console.log(`${b.output}: ${(text.length / 1024).toFixed(0)} KiB`);
}
// The bundles are CommonJS: this file makes Node read them so wherever dist/ is copied (the repository's own
// package.json says "module").
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
// What the bundles were built from: npm test refuses to run against a dist/ built from other sources.
writeFileSync('dist/inputs.sha256', bundleInputsHash() + '\n');
