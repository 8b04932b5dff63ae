import { readFileSync } from 'node:fs';
import { Features } from 'lightningcss';
import { minify } from 'terser';
import { parseAst, type Plugin, type UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { lowerCaseEscapes } from './build/lower-case-escapes.ts';
import { pinnedIntegrityOf } from './build/sri.ts';

/**
 * The scripts each build pins by hash (Subresource Integrity), built before it (`build/build-widget.ts` runs the
 * builds in that order): the facade loads only the app built with it, and the app only the language, typo, Markdown
 * and shards scripts built with it. Tests and other modes load them unpinned.
 */
const PINNED: Record<string, Record<string, string>> = {
  production: { __ASKDOWN_APP_INTEGRITY__: 'dist/askdown-app.js' },
  app: {
    __ASKDOWN_JA_INTEGRITY__: 'dist/askdown-ja.js',
    __ASKDOWN_MARKDOWN_INTEGRITY__: 'dist/askdown-markdown.js',
    __ASKDOWN_TYPO_INTEGRITY__: 'dist/askdown-typo.js',
    __ASKDOWN_SHARDS_INTEGRITY__: 'dist/askdown-shards.js',
  },
};

/**
 * Terser, three passes, over what Vite's own minifier wrote: the two together make these scripts 1.5-2.5%
 * smaller gzip than either alone (measured 2026-11-26: facade 3,318 B -> 3,240 B, app 27,199 B -> 26,840 B;
 * Terser alone, 3,303 B and 27,041 B), which is the room the budgets have. Options beyond the safe ones
 * (2026-11-28: facade -22 B, app -42 B, Markdown script -53 B): `hoist_funs` on the facade and the app (it made
 * the Markdown script 475 B larger, the typo script 19 B; the app 9 B smaller), and `unsafe_arrows`, which
 * writes a function expression that never reads `this` as an arrow function; unsafe only for a function called
 * with `new` or whose `prototype` is read, which none of these scripts' own expressions is (Preact tells a class
 * component by its prototype's `render`, and an arrow's absent prototype reads as a function component, which it
 * is). `pure_getters` on the app (-14 B): it may drop or reorder a read of a property, unsafe only where a read
 * has an effect (a getter with one, a layout read such as `offsetHeight` made to force a reflow); the app's code
 * and Preact make no such read (what it changed in the app, 2026-11-28: reads of plain data moved into the
 * expression using them, and Preact's bare `Array.isArray;` dropped).
 */
function terserAfterMinify(): Plugin {
  return {
    name: 'askdown-terser-after-minify',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await minify(chunk.code, { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, hoist_funs: chunk.fileName === 'askdown.js' || chunk.fileName === 'askdown-app.js', pure_getters: chunk.fileName === 'askdown-app.js' }, format: { ascii_only: true, comments: /allFunctionsCalledOnLoad/ } });
        if (code !== undefined) chunk.code = lowerCaseEscapes(code);
      }
    },
  };
}

/**
 * Fuse.js's matched indices (`includeMatches`, and `minMatchCharLength` above 1, which needs them): where each match
 * lies in the word, worked out letter by letter in every search and merged and formatted for the result. Typo
 * correction sets neither option, so the search never computes them and what only they used is dropped (418 B
 * gzip, 2026-11-29).
 */
const MATCHED_INDICES: readonly (readonly [string, string])[] = [
  ['const computeMatches = minMatchCharLength > 1 || includeMatches;', 'const computeMatches = false;'],
  ['if (includeMatches) result.indices = [[0, text.length - 1]];', ''],
  ['if (isMatch && indices) allIndices.push(...indices);', ''],
  ['if (hasMatches && includeMatches) result.indices = mergeIndices(allIndices);', ''],
  ['if (includeMatches) data.matches = formatMatches(result);', ''],
];

/**
 * What a search of a word list with a string never reaches: the branches for objects, a logical query, or an index
 * made elsewhere, and the checks of options the widget never sets (extended search, an index of the wrong type)
 * with their messages (2026-11-30: the bytes of a fix to the app's retry, `load-content-pack.ts`).
 */
const WORD_LIST_SEARCH: readonly (readonly [string, string])[] = [
  ['if (this.options.useExtendedSearch && true) throw new Error(EXTENDED_SEARCH_UNAVAILABLE);', ''],
  ['if (index && !(index instanceof FuseIndex)) throw new Error(INCORRECT_INDEX_TYPE);', ''],
  ['\t\telse for (let i = 0; i < len; i++) this.records[recordCount++] = this._createObjectRecord(this.docs[i], i);\n', ''],
  [
    'if (isString(this._docs[0])) this._searchStringList(query, {\n\t\t\t\theap,\n\t\t\t\tignoreFieldNorm\n\t\t\t});\n\t\t\telse this._searchObjectList(query, {\n\t\t\t\theap,\n\t\t\t\tignoreFieldNorm\n\t\t\t});',
    'this._searchStringList(query, { heap, ignoreFieldNorm });',
  ],
  ['results = isString(query) ? isString(this._docs[0]) ? this._searchStringList(query) : this._searchObjectList(query) : this._searchLogical(query);', 'results = this._searchStringList(query);'],
];

/**
 * Fuse.js as typo correction uses it (`widget/search/typo.ts`): a list of words, searched with a string. The class
 * carries its other uses in its methods, which no bundler can drop: searching objects by keys, adding and removing
 * documents, the token search that `fuse.js/basic` refuses anyway, and the static helpers (`Fuse.match`,
 * `Fuse.createIndex`, …). Here those methods and statics go, and the token-search branches read `false`, so what
 * only they used is dropped too (measured below, in the typo script). So does the folding of diacritics, for the
 * `ignoreDiacritics` option, which the widget never sets (a 2,100-character class of combining marks and a table
 * of letters: 1.1 KB gzip when it was in the app, 2026-11-26; the rest, 185 B, 2026-11-28): that option does
 * nothing in the typo script; and the reading of a key's value out of an object, which only object search calls
 * (247 B with the helpers only it used); and the matched indices (`MATCHED_INDICES`); and the store of search keys
 * with its checks of them, which a word list has none of (359 B gzip, 2026-11-29); and what a word list searched
 * with a string never reaches (`WORD_LIST_SEARCH`). A search of a word list returns
 * what published Fuse.js returns (test/unit/build/slim-fuse.test.ts). If a release no longer reads as expected,
 * the build stops.
 */
export function slimFuse(): Plugin {
  const methods: Record<string, readonly string[]> = {
    'var Fuse = class {': ['add', 'remove', 'removeAt', 'getIndex', '_normalizedKeys', '_searchLogical', '_searchObjectList', '_findMatches', '_coversAllTokens'],
    'var FuseIndex = class {': ['add', 'removeAt', 'removeAll', 'getValueForItemAtKeyId', '_createObjectRecord', 'toJSON'],
  };
  const statics = /\nFuse\.version = [^\n]*\n[\s\S]*?\n(?=var entry_default = Fuse;)/;
  // Reads a key's value out of an object: only object search, left out above, calls it.
  const get = /(?<=\/\/#region src\/helpers\/get\.ts\n)function get\(obj, path\) \{\n[\s\S]*?\n\}\n(?=\n\/\/#endregion)/;
  const diacritics = /(?<=\/\/#region src\/helpers\/diacritics\.ts\n)const NON_DECOMPOSABLE_MAP = [\s\S]*?\nconst stripDiacritics = [^\n]*\n(?=\n\/\/#endregion)/;
  // The keys of object search: a word list has none, so the store of them is empty and no key is ever read.
  const keyStore = /(?<=\/\/#region src\/tools\/KeyStore\.ts\n)const hasOwn = [\s\S]*?\nfunction createKeyId\(key\) \{\n[^\n]*\n\}\n(?=\n\/\/#endregion)/;
  // Each part left out, and what stays in its place for the code that still names it (the key store's functions:
  // createIndex, and the logical search's parser, left out above).
  const parts: readonly (readonly [string, RegExp, string])[] = [
    ['diacritics', diacritics, 'const stripDiacritics = (str) => str;\n'],
    ['get', get, 'function get() {}\n'],
    ['KeyStore', keyStore, 'var KeyStore = class {};\nfunction createKey() {}\nfunction createKeyId() {}\n'],
  ];
  const stop = (what: string) => new Error(`Fuse.js no longer reads as slimFuse() in vite.config.ts expects (${what}): update it`);
  return {
    name: 'askdown-slim-fuse',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]fuse\.js[\\/]dist[\\/]fuse\.basic\.mjs$/.test(id)) return null;
      let slim = code;
      for (const [classStart, names] of Object.entries(methods)) {
        const from = slim.indexOf(classStart);
        if (from === -1) throw stop(classStart);
        for (const name of names) {
          // A method starts at one tab's indentation and ends at the first closing brace there.
          const start = slim.indexOf(`\n\t${name}(`, from);
          const end = start === -1 ? -1 : slim.indexOf('\n\t}', start);
          if (end === -1) throw stop(`${classStart} ${name}`);
          slim = slim.slice(0, start) + slim.slice(end + '\n\t}'.length);
        }
      }
      if (!statics.test(slim) || !slim.includes('this.options.useTokenSearch')) throw stop('statics, useTokenSearch');
      slim = slim.replace(statics, '\n').replaceAll('this.options.useTokenSearch', 'false');
      for (const [what, part, stub] of parts) {
        const removed = slim.match(part)?.[0];
        if (removed === undefined) throw stop(what);
        slim = slim.replace(part, stub);
        // Anything else the part declares must be its own: a helper of a later release used outside it would be
        // left undefined in the script (found by a stranger's review of the key store's removal).
        for (const [, name] of removed.matchAll(/^(?:const|let|var|function) (\w+)/gm)) {
          const named = new RegExp(`\\b${name}\\b`);
          if (!named.test(stub) && named.test(slim)) throw stop(`${what}'s ${name}`);
        }
      }
      for (const [from, to] of [...MATCHED_INDICES, ...WORD_LIST_SEARCH]) {
        if (slim.split(from).length !== 2) throw stop(from);
        slim = slim.replace(from, to);
      }
      return { code: slim, map: null };
    },
  };
}

/**
 * js-yaml as the content's YAML is read (`build/content/yaml-source.ts`), for the Markdown script: always with
 * the core schema, and with an error's reason and line, never its snippet of the text. js-yaml builds its default
 * schema (timestamps, binary, omap, pairs, set, merge keys) as its module runs, and a snippet for every error, so
 * the bundle kept both: here the default schema is the core one (the unused types, marked pure, are dropped) and
 * no snippet is made (1.6 KB gzip off in all, 2026-11-27). What `load(text, { schema: CORE_SCHEMA })` reads, and
 * an error's reason and line, are unchanged; the build, in Node, uses js-yaml as published. If a release words
 * either part differently the build stops.
 */
export function slimJsYaml(): Plugin {
  const defaultSchema = /var _default = core\.extend\(\{[^}]*\}\);/;
  const snippet = /\n {2}mark\.snippet = snippet\(mark\);\n/;
  return {
    name: 'askdown-slim-js-yaml',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/.test(id)) return null;
      if (!defaultSchema.test(code) || !snippet.test(code)) throw new Error('js-yaml no longer reads as slimJsYaml() in vite.config.ts expects: update it');
      const slim = code.replace(defaultSchema, 'var _default = core;').replace(snippet, '\n').replace(/= new type\(/g, '= /* @__PURE__ */ new type(');
      return { code: slim, map: null };
    },
  };
}

/**
 * Preact as the panel uses it: HTML elements only. Preact's renderer also carries SVG and MathML (their namespaces,
 * the switch back to HTML inside `foreignObject` and MathML's text elements, SVG's `xlinkHref`-style attribute
 * names), which no component of the widget draws: an answer's HTML is set whole (`dangerouslySetInnerHTML`),
 * never drawn element by element. Here those branches go (2026-11-30: the bytes of the refetch of a content
 * download that broke off, `load-content-pack.ts`); every element is created in the HTML namespace, as the
 * published renderer creates each the widget draws (test/unit/build/slim-preact.test.ts). If a release no longer
 * reads as expected, the build stops.
 */
export function slimPreact(): Plugin {
  const XHTML = '"http://www.w3.org/1999/xhtml"';
  const edits: readonly (readonly [string, string])[] = [
    [`"svg"==C?f="http://www.w3.org/2000/svg":"math"==C?f="http://www.w3.org/1998/Math/MathML":f||(f=${XHTML})`, `f||(f=${XHTML})`],
    [`("foreignObject"==C||"http://www.w3.org/1998/Math/MathML"==f&&v.test(C))&&(f=${XHTML}),`, ''],
    ['if("http://www.w3.org/2000/svg"==i)t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(', 'if('],
    ['v=/^m(i|n|o|s|text|space)$/,', ''],
  ];
  return {
    name: 'askdown-slim-preact',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      let slim = code;
      for (const [from, to] of edits) {
        if (slim.split(from).length !== 2) throw new Error(`Preact no longer reads as slimPreact() in vite.config.ts expects (${from.slice(0, 40)}…): update it`);
        slim = slim.replace(from, to);
      }
      return { code: slim, map: null };
    },
  };
}

/** A top-level `var`/`let`/`const` and its declarators, as Vite's parser gives them (positions in the code). */
interface Declaration {
  start: number;
  end: number;
  kind: string;
  declarations: { start: number; end: number; id: { name?: string }; init: AstNode | null }[];
}
interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every identifier that names a variable (not a property key or a member's name) in `node`, with its position. */
function variableReferences(node: unknown, found: { name: string; start: number }[] = []): { name: string; start: number }[] {
  if (Array.isArray(node)) for (const child of node) variableReferences(child, found);
  if (typeof node !== 'object' || node === null || !('type' in node)) return found;
  const n = node as AstNode;
  if (n.type === 'Identifier') found.push({ name: n.name as string, start: n.start });
  for (const [key, child] of Object.entries(n)) {
    const isName = (key === 'key' && !n.computed && !n.shorthand) || (key === 'property' && n.type === 'MemberExpression' && !n.computed);
    if (!isName && key !== 'id') variableReferences(child, found);
  }
  return found;
}

/**
 * marked's code with the normal, pedantic and `breaks` grammars read as GFM's, and every top-level variable only
 * they used (their regular expressions) left out. Throws where marked no longer reads as expected.
 */
export function withGfmGrammarOnly(code: string): string {
  const stop = (what: string) => new Error(`marked no longer reads as slimMarked() in vite.config.ts expects (${what}): update it`);
  const body = (parseAst(code) as unknown as { body: AstNode[] }).body;
  const declarations = body.filter((node): node is AstNode & Declaration => node.type === 'VariableDeclaration');
  const declarators = declarations.flatMap((declaration) => declaration.declarations);
  // The grammars by dialect: block `{normal, gfm, pedantic}` and inline `{normal, gfm, breaks, pedantic}`.
  const grammarMap = (keys: string) =>
    declarators.find(({ init }) => {
      const properties = init?.type === 'ObjectExpression' ? (init.properties as AstNode[]) : [];
      return properties.map((p) => (p.key as { name?: string } | undefined)?.name).join() === keys && properties.every((p) => (p.value as AstNode | undefined)?.type === 'Identifier');
    });
  const edits: { start: number; end: number; text: string }[] = [];
  const dropped = new Set<string>();
  const initOf = (name: string) => declarators.find((d) => d.id.name === name)?.init;
  for (const keys of ['normal,gfm,pedantic', 'normal,gfm,breaks,pedantic']) {
    const map = grammarMap(keys);
    if (!map) throw stop(`a grammar map {${keys}}`);
    const values = Object.fromEntries((map.init!.properties as AstNode[]).map((p) => [(p.key as { name: string }).name, p.value as AstNode]));
    const gfm = values.gfm!.name as string;
    for (const dialect of ['normal', 'pedantic', 'breaks']) {
      const value = values[dialect];
      if (!value) continue;
      if (dialect !== 'normal') dropped.add(value.name as string);
      edits.push({ start: value.start, end: value.end, text: gfm });
    }
    // GFM's grammar is the normal one (`{...normal, …}`) with some rules replaced: the normal rules it replaces
    // are no longer read, so what only they used need not be built either.
    const gfmRules = initOf(gfm);
    const normalRules = initOf(values.normal!.name as string);
    const [base, ...own] = gfmRules?.type === 'ObjectExpression' ? (gfmRules.properties as AstNode[]) : [];
    if (base?.type !== 'SpreadElement' || (base.argument as AstNode).name !== values.normal!.name || normalRules?.type !== 'ObjectExpression') {
      throw stop(`GFM's grammar as the normal one with rules replaced {${keys}}`);
    }
    const replaced = new Set(own.map((p) => (p.key as { name?: string } | undefined)?.name));
    for (const rule of normalRules.properties as AstNode[]) {
      if (replaced.has((rule.key as { name?: string } | undefined)?.name)) edits.push({ start: (rule.value as AstNode).start, end: (rule.value as AstNode).end, text: '0' });
    }
    if (keys === 'normal,gfm,breaks,pedantic') edits.push(...builtWhenFirstRead(gfmRules as AstNode, normalRules, initOf, stop));
  }
  // What the dropped grammars alone used goes too, down to the regular expressions they were made of.
  const references = variableReferences(body);
  const removed = new Set<(typeof declarators)[number]>();
  const inside = (at: number) => edits.some((e) => at >= e.start && at < e.end) || [...removed].some((d) => at >= d.start && at < d.end);
  for (let grew = true; grew; ) {
    grew = false;
    for (const declarator of declarators) {
      const name = declarator.id.name;
      if (removed.has(declarator) || name === undefined) continue;
      const uses = references.filter((r) => r.name === name && !(r.start >= declarator.start && r.start < declarator.end));
      if (dropped.has(name) || (uses.length > 0 && uses.every((r) => inside(r.start)))) {
        removed.add(declarator);
        dropped.add(name);
        grew = true;
      }
    }
  }
  if (removed.size < 3) throw stop('the pedantic and breaks grammars');
  const withEdits = (start: number, end: number) => {
    let text = code.slice(start, end);
    for (const edit of edits.filter((e) => e.start >= start && e.end <= end).sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start - start) + edit.text + text.slice(edit.end - start);
    }
    return text;
  };
  let slim = '';
  let at = 0;
  for (const declaration of declarations) {
    const kept = declaration.declarations.filter((d) => !removed.has(d));
    if (kept.length === declaration.declarations.length && !edits.some((e) => e.start >= declaration.start && e.end <= declaration.end)) continue;
    slim += code.slice(at, declaration.start);
    if (kept.length > 0) slim += `${declaration.kind} ${kept.map((d) => withEdits(d.start, d.end)).join(',')};`;
    at = declaration.end;
  }
  return slim + code.slice(at);
}

/** GFM's inline rules that are built when first read, not as marked's module runs. */
const RULES_BUILT_WHEN_READ = ['emStrongRDelimAst', 'emStrongRDelimUnd', 'delRDelim'];

/**
 * Edits that build `RULES_BUILT_WHEN_READ` when a lexer first reads them. They close emphasis and strikethrough,
 * so run only once an opening `*`, `_` or `~` is found, and are marked's costliest to build (negated classes of
 * Unicode punctuation: about 9 ms at 4x CPU in Chromium, of some 10 for all its rules, 2026-11-27), on the
 * way to the first answer in the run-time Markdown mode even where no answer has emphasis. Each rule's variable
 * becomes a function that builds it; GFM's grammar reads it through a getter that keeps what it built.
 */
function builtWhenFirstRead(
  gfmRules: AstNode,
  normalRules: AstNode,
  initOf: (name: string) => AstNode | null | undefined,
  stop: (what: string) => Error,
): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  const propertyOf = (rules: AstNode, key: string) => (rules.properties as AstNode[]).find((p) => (p.key as { name?: string } | undefined)?.name === key);
  for (const key of RULES_BUILT_WHEN_READ) {
    // GFM's own rule, or the normal one it takes with `...normal`.
    const own = propertyOf(gfmRules, key);
    const property = own ?? propertyOf(normalRules, key);
    const value = property?.value as AstNode | undefined;
    const init = value?.type === 'Identifier' ? initOf(value.name as string) : undefined;
    if (!property || !value || !init) throw stop(`the inline rule ${key} as a variable`);
    edits.push({ start: init.start, end: init.start, text: '()=>' });
    const opening = `get ${key}(){return Object.defineProperty(this,"${key}",{value:`;
    const closing = `()}).${key}}`;
    if (own) {
      // Around the variable, not over it, so it is still seen as read and kept.
      edits.push({ start: own.start, end: value.start, text: opening });
      edits.push({ start: value.end, end: value.end, text: closing });
    } else {
      edits.push({ start: gfmRules.end - 1, end: gfmRules.end - 1, text: `,${opening}${value.name as string}${closing}` });
    }
  }
  return edits;
}

/**
 * marked as the answers use it (`build/content/markdown.ts`): GitHub-flavoured, never `pedantic` or `breaks`.
 * marked builds every dialect's grammar as its module runs, dozens of regular expressions, the pedantic ones among
 * the costliest to make (classes of Unicode punctuation): time on the way to a first answer in the run-time
 * Markdown mode, and bytes in its script. Here every dialect reads as GFM's and what only the others used is left
 * out; GFM's tokens and HTML are marked's as published (test/unit/build/slim-marked.test.ts).
 */
export function slimMarked(): Plugin {
  return {
    name: 'askdown-slim-marked',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/.test(id)) return null;
      return { code: withGfmGrammarOnly(code), map: null };
    },
  };
}

const BROWSERS = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

function integrityDefines(mode: string): Record<string, string> {
  // Every pinned name, empty unless this mode pins it.
  const defines: Record<string, string> = Object.fromEntries(Object.values(PINNED).flatMap((pins) => Object.keys(pins).map((name) => [name, '""'])));
  for (const [name, file] of Object.entries(PINNED[mode] ?? {})) {
    let script: Buffer;
    try {
      script = readFileSync(file);
    } catch {
      throw new Error(`${file} is missing: build the widget with \`npm run build:widget\`, which builds it first`);
    }
    defines[name] = JSON.stringify(pinnedIntegrityOf(script));
  }
  return defines;
}

/**
 * `vite build --mode npm`: the npm package's ES module, `dist/npm/askdown.js`, whose `mount()` imports the app
 * and the Japanese support on demand (a bundler splits them off). Everything is bundled in, Preact included, so
 * the widget never shares a Preact (and its global hooks) with the host's own. Nothing of it is in the script
 * tag's files.
 */
function npmPackageConfig(): UserConfig {
  const base = sharedConfig('npm');
  return {
    ...base,
    build: {
      ...base.build,
      outDir: 'dist/npm',
      emptyOutDir: true,
      lib: { entry: 'widget/npm.ts', formats: ['es'], fileName: 'askdown' },
      rolldownOptions: { output: { charset: 'ascii', chunkFileNames: 'askdown-[name]-[hash].js' } },
    },
  };
}

/** What every build of the widget shares: the pinned hashes, the size plugins, Preact's JSX, the browsers. */
function sharedConfig(mode: string): UserConfig & { build: NonNullable<UserConfig['build']> } {
  return {
    define: integrityDefines(mode),
    plugins: [slimFuse(), slimJsYaml(), slimMarked(), slimPreact(), terserAfterMinify()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // lightningcss writes --lightningcss-light/-dark beside every `color-scheme` for its light-dark() fallback;
    // the stylesheets use no light-dark(), so those are dead bytes in each panel (23 B gzip, 2026-11-27).
    css: { lightningcss: { exclude: Features.LightDark } },
    // Browsers with constructable stylesheets, which the widget needs. Their JavaScript has class fields, so
    // Fuse.js's are not rewritten with helpers, and their CSS needs none of the font and prefix fallbacks.
    build: { target: BROWSERS, cssTarget: BROWSERS },
  };
}

/**
 * Classic scripts (IIFE), each defining no global of its own, built one per run because an IIFE cannot be
 * split: `vite build` makes the facade `dist/askdown.js` (the file the script tag loads); `vite build --mode app`
 * makes `dist/askdown-app.js` (panel, matcher), which the facade loads when it is wanted; `vite build --mode ja`
 * makes `dist/askdown-ja.js` (Japanese analysis and frame text), which the app loads with a Japanese pack;
 * `--mode typo` makes `dist/askdown-typo.js` (Fuse.js, for typo correction), which the app fetches
 * as it mounts; `--mode markdown` makes `dist/askdown-markdown.js` (the content compiler, for the run-time Markdown mode),
 * which the app loads when `data-content` names an index.md; `--mode shards` makes `dist/askdown-shards.js` (the
 * sharded pack's reader), which the app loads when the content is a sharded pack's manifest; `--mode npm` makes the npm package's module (`npmPackageConfig`). `build/build-widget.ts` runs them in the order
 * the pinning needs. The content packs are built separately (`npm run build:content`) into `dist/content/`, which
 * these builds leave in place. `npm run demo`'s live preview serves the source with this configuration too
 * (`--mode preview`), and Vitest reads its `test` section.
 */
export default defineConfig(({ mode }) => {
  const ENTRIES: Record<string, [string, string]> = {
    production: ['widget/embed.ts', 'askdown.js'],
    app: ['widget/app-entry.ts', 'askdown-app.js'],
    ja: ['widget/ja-entry.ts', 'askdown-ja.js'],
    markdown: ['widget/markdown-entry.ts', 'askdown-markdown.js'],
    typo: ['widget/typo-entry.ts', 'askdown-typo.js'],
    shards: ['widget/shards-entry.ts', 'askdown-shards.js'],
  };
  if (mode === 'npm') return npmPackageConfig();
  const [input, file] = ENTRIES[mode] ?? ENTRIES.production!;
  const base = sharedConfig(mode);
  return {
    ...base,
    build: {
      ...base.build,
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: false,
      rolldownOptions: {
        input,
        output: {
          format: 'iife',
          entryFileNames: file,
          // Chromium's compile hint: the app is loaded to be run, so its functions are compiled with the script,
          // on the thread that streams it, rather than one by one on the main thread when first called. The
          // facade's too, though it costs 18 B gzip there: without it the facade's own script time at idle went
          // from 36 to 75 ms at 4× (npm run bench:compare, medians of 9, 2026-11-27). Not the Japanese script's,
          // whose few small functions are called one by one later: without and with the hint, its evaluation took
          // 54.4 / 73.7 and 58.8 / 58.9 ms, the first calls of its readings 5.3 / 7.1 and 7.4 / 5.3 ms (4×, two
          // interleaved runs, medians of 15 and 21, 2026-11-29): no difference beyond the spread, and its 22 B
          // gzip buy more of its reading of questions.
          postBanner: file === 'askdown-ja.js' ? '' : '//# allFunctionsCalledOnLoad',
          // Pure ASCII, so the scripts run on a page in any encoding (Shift_JIS, EUC-JP, windows-1252) served
          // without a charset: a raw non-ASCII character is then misread and the script does not parse.
          charset: 'ascii',
        },
      },
    },
    test: {
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**'],
      environment: 'node',
      setupFiles: ['test/setup.ts'],
      // The CLI tests start AstNode processes (tsx), 1.5 to 2.5 s each alone and over 5 s, the default, on CI's two
      // cores with the other test files beside them (seen 2026-11-27): a slow machine is no failure.
      testTimeout: 20_000,
    },
  };
});
