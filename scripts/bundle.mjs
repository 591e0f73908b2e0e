// Bundles the compiled CLI (dist/cli, from tsc) into CommonJS files for the launcher:
// dist/bundle/saml-doctor.cjs, the worker entry validate-worker.cjs and the loader compile-cache.cjs.
// SAML_DOCTOR_BUNDLE_DEBUG=1 leaves them unminified, for reading a CPU profile.
//
// Why: start-up is what a person waits for. Loading ~225 ES modules one by one costs Node's loader
// far more than the work of a validation; one file, compiled from V8's code cache (see
// src/cli/compile-cache.ts), costs a fraction. CommonJS because only a classic script can be
// compiled with cached data on Node 20.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** The only entities an XML (not HTML) parse uses; xmldom keeps them in XML_ENTITIES. */
const XML_ENTITIES = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

/**
 * xmldom's entities module freezes a 2,200-entry HTML entity table as it loads (~12 ms of a
 * 150 ms start on a slow machine), though an XML parse only reads the five XML entities. The
 * bundle gets a stand-in that holds those five and loads the real module only if the HTML table
 * is asked for. Checked against the installed xmldom, so an upgrade that changes the module
 * fails the build instead of changing behaviour.
 */
function xmldomEntities() {
  const real = require('@xmldom/xmldom/lib/entities.js');
  const exported = Object.keys(real).sort().join(',');
  if (exported !== 'HTML_ENTITIES,XML_ENTITIES,entityMap' || JSON.stringify({ ...real.XML_ENTITIES }) !== JSON.stringify(XML_ENTITIES)) {
    throw new Error(`@xmldom/xmldom/lib/entities.js changed (exports: ${exported}); review the stand-in in scripts/bundle.mjs`);
  }
  return {
    name: 'xmldom-entities',
    setup(build) {
      build.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/, namespace: 'file' }, (args) => ({
        loader: 'js',
        resolveDir: dirname(args.path),
        contents: [
          "'use strict';",
          `exports.XML_ENTITIES = Object.freeze(Object.assign(Object.create(null), ${JSON.stringify(XML_ENTITIES)}));`,
          'let full;',
          `const load = () => (full ??= require(${JSON.stringify(args.path + '?full')}));`,
          "Object.defineProperty(exports, 'HTML_ENTITIES', { enumerable: true, get: () => load().HTML_ENTITIES });",
          "Object.defineProperty(exports, 'entityMap', { enumerable: true, get: () => load().entityMap });",
        ].join('\n'),
      }));
      build.onResolve({ filter: /entities\.js\?full$/ }, (args) => ({ path: args.path.slice(0, -'?full'.length), namespace: 'xmldom-entities-full' }));
      build.onLoad({ filter: /.*/, namespace: 'xmldom-entities-full' }, (args) => ({
        loader: 'js',
        resolveDir: dirname(args.path),
        contents: readFileSync(args.path, 'utf8'),
      }));
    },
  };
}

/**
 * xmldom's parser rebuilds the same end-tag RegExp for every end tag (`g.reg(...)` joins the
 * sources of a long Unicode name pattern each time): about a tenth of the CPU of validating a
 * directory of responses. The bundle builds it once per module instead. The expression, its flags
 * and its use are unchanged, and it has no global or sticky flag, so sharing one instance keeps
 * exec() stateless. The statement must appear exactly once, or the build fails.
 */
const END_TAG = "var endTagNameStrict = g.reg('^', g.QName_group, g.S_OPT, '$');";
const xmldomEndTag = {
  name: 'xmldom-end-tag',
  setup(build) {
    build.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]sax\.js$/, namespace: 'file' }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.split(END_TAG).length !== 2 || !/^var g = require\('\.\/grammar'\);$/m.test(source)) {
        throw new Error(`@xmldom/xmldom/lib/sax.js changed; review the end-tag hoisting in scripts/bundle.mjs`);
      }
      const hoisted = END_TAG.replace('var endTagNameStrict', 'var END_TAG_NAME_STRICT');
      return {
        loader: 'js',
        resolveDir: dirname(args.path),
        // Appended: module set-up runs it before any parse can, and `var` is visible file-wide.
        contents: `${source.replace(END_TAG, 'var endTagNameStrict = END_TAG_NAME_STRICT;')}\n${hoisted}\n`,
      };
    });
  },
};

/**
 * commander requires child_process (and with it net, dgram and streams) at load, only to run
 * stand-alone sub-command executables, which saml-doctor has none of. CommonJS dependencies get
 * a stand-in that loads the real module on first use.
 */
const deferChildProcess = {
  name: 'defer-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]node_modules[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'deferred' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
      loader: 'js',
      contents: [
        'let real;',
        `const load = () => (real ??= require('node:${args.path}'));`,
        'module.exports = new Proxy({}, {',
        '  get: (_, key) => load()[key],',
        '  has: (_, key) => key in load(),',
        '  ownKeys: () => Reflect.ownKeys(load()),',
        '  getOwnPropertyDescriptor: (_, key) => {',
        '    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);',
        '    return descriptor && { ...descriptor, configurable: true };',
        '  },',
        '});',
      ].join('\n'),
    }));
  },
};

/**
 * A script compiled from cached data (as the launcher does) has no loader for import(), and esbuild
 * keeps `await import('node:...')` as is. Lazily loaded built-ins become require() calls instead.
 */
const dynamicBuiltins = {
  name: 'dynamic-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'dynamic-builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'dynamic-builtin' }, (args) => ({ loader: 'js', contents: `module.exports = require(${JSON.stringify(args.path)});` }));
  },
};

const result = await esbuild.build({
  entryPoints: {
    'saml-doctor': join(ROOT, 'dist/cli/main.js'),
    'validate-worker': join(ROOT, 'dist/cli/validate-worker.js'),
    // The launcher's loader, so that bin/saml-doctor.js can stay CommonJS.
    'compile-cache': join(ROOT, 'dist/cli/compile-cache.js'),
  },
  outdir: join(ROOT, 'dist/bundle'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !process.env.SAML_DOCTOR_BUNDLE_DEBUG,
  // Stack traces of an internal error still name the source function.
  keepNames: true,
  // The modules find files relative to themselves through import.meta.url: the worker entry sits
  // beside its caller in both builds, and package.json two levels up from dist/cli and dist/bundle alike.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  // Loaded through createRequire only for RSA 1.5 decryption; resolved from node_modules then.
  external: ['node-forge'],
  plugins: [xmldomEntities(), xmldomEndTag, deferChildProcess, dynamicBuiltins],
  logLevel: 'warning',
  metafile: true,
});

const leftover = Object.entries(result.metafile.outputs).flatMap(([out, o]) =>
  o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => `${out}: import('${i.path}')`),
);
if (leftover.length) throw new Error(`the bundle would call import(), which the launcher cannot serve:\n${leftover.join('\n')}`);
