// Requests made from the schema alone: every root field of schema/schema.graphql, with hostile
// and random values for each of its arguments, chosen by the argument's type. A field added to
// the schema is fuzzed without a change here.
//
// Plain JavaScript (with index.d.mts for TypeScript), so that the integration test and the
// benchmarks in bench/ (plain Node) share it.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType, isUnionType } from 'graphql';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../../schema/schema.graphql');

export function loadSchema(file = SCHEMA_FILE) {
  return buildSchema(fs.readFileSync(file, 'utf8'));
}

/** Every root field: queries, mutations and subscriptions, as `Query.recordings` and so on. */
export function rootOperations(schema) {
  const operations = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields()))
      operations.push({ kind, name: field.name, id: `${type.name}.${field.name}`, args: field.args, type: field.type });
  }
  return operations;
}

/**
 * A selection of the leaf fields of `type` down to `depth` levels (1: its own leaves only), with
 * `__typename` everywhere so that no selection is empty. Fields that need arguments are left out.
 */
export function selectionFor(type, depth) {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(inner, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

// ---------------------------------------------------------------------------------------------
// Values

const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';

/** Strings that have broken servers before: control and zero-width characters, SQL, paths, URLs, formulas. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n\r ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001b[31mred\u001b[0m\u007f',
  '\u202egnp.exe\u202c',
  'e\u0301\u0301\u0301\u0301',
  '𝕏😀👩‍👩‍👧‍👦',
  '中文名字',
  'مرحبا',
  '\ud800',
  'x\udfffy',
  ZERO_WIDTH,
  `admin${ZERO_WIDTH}`,
  `\ufeffinvestigator`,
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '"; SELECT pg_sleep(10); --',
  "1' AND (SELECT count(*) FROM audit_events) > 0 --",
  '%',
  '_',
  '%_%\\',
  '\\',
  '$1',
  "E'\\x00'",
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/etc/shadow',
  '/proc/self/environ',
  'file:///etc/passwd',
  'file://localhost/etc/hosts',
  'concat:/etc/passwd|/etc/hosts',
  'subfile,,start,0,end,100,,:/etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'data:text/plain;base64,SGVsbG8=',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '-2+3',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, as typed
  '${7*7}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  '{"__proto__":{"isAdmin":true}}',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'true',
  '00000000-0000-0000-0000-000000000000',
];

/** Long strings, each a different limit: the 10,000-character value limit, reasons (2,000), names (100). */
const LONG_STRINGS = [
  'x'.repeat(101),
  'é'.repeat(2001),
  `${' '.repeat(5000)}x`,
  '😀'.repeat(5001),
  'y'.repeat(10_000),
  'z'.repeat(10_001),
  `${ZERO_WIDTH.repeat(2000)}`,
  'a'.repeat(100_000),
];

const BODY_LIMIT_STRING = 'b'.repeat(1_100_000);

function stringArbitrary(pools, { huge = true } = {}) {
  const parts = [
    { weight: 80, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 40, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 80, arbitrary: fc.constantFrom(...pools.strings) },
    // Real values made hostile: padded, with zero-width characters, with SQL after them.
    {
      weight: 40,
      arbitrary: fc
        .tuple(fc.constantFrom(...pools.strings), fc.constantFrom(' ', '\u200b', "'--", '%', '\u0000', '/..', '\n'))
        .map(([real, extra]) => `${real}${extra}`),
    },
  ];
  if (huge) {
    parts.push({ weight: 20, arbitrary: fc.constantFrom(...LONG_STRINGS) });
    parts.push({ weight: 1, arbitrary: fc.constant(BODY_LIMIT_STRING) });
  }
  return fc.oneof(...parts);
}

function idArbitrary(pools, forMutation, { huge = true } = {}) {
  const real = forMutation ? pools.mutableIds : pools.ids;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom(...real).map((id) => id.toUpperCase()),
        fc.constantFrom(...real).map((id) => `{${id}}`),
        fc.constantFrom(...real).map((id) => `${id} `),
        fc.constantFrom(...real).map((id) => `${id}\n`),
        fc.constantFrom(...real).map((id) => id.slice(0, 35)),
        fc.constantFrom(...real).map((id) => id.replaceAll('-', '')),
        fc.constantFrom(
          '00000000-0000-0000-0000-000000000000',
          'ffffffff-ffff-ffff-ffff-ffffffffffff',
          'not-a-uuid',
          '1',
          '-1',
          '0',
          '1e3',
          '9223372036854775808',
        ),
      ),
    },
    { weight: 1, arbitrary: stringArbitrary(pools, { huge }) },
  );
}

const INT_EDGES = [0, -1, 1, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)];
// Not an Int, although a client might send it as one.
const NOT_INTS = [2 ** 31, 2 ** 53, -(2 ** 53), 1e20, 1.5, -0.5, 'NaN', '12', 'Infinity', '', '0x10'];

const intArbitrary = () =>
  fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: -5, max: 120 }) },
    { weight: 2, arbitrary: fc.constantFrom(...INT_EDGES) },
    { weight: 2, arbitrary: fc.constantFrom(...NOT_INTS) },
  );

const floatArbitrary = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 0.001, 1e308, -1e308, 5e-324, 86_400 * 365 * 1000) },
    { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '1.5', '') },
  );

const DATE_EDGES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  '2026-11-20',
  '2026-11-20T09:14:03+14:00',
  '2026-11-20T25:61:61Z',
  '1970-01-01T00:00:00Z',
  'yesterday',
  '',
  '1700000000',
];

const dateArbitrary = () =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    },
    { weight: 2, arbitrary: fc.constantFrom(...DATE_EDGES) },
    { weight: 1, arbitrary: fc.constantFrom(1_700_000_000_000, -1, 0) },
  );

function enumArbitrary(type, pools) {
  const values = type.getValues().map((v) => v.name);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0].toLowerCase(), ` ${values[0]}`, `${values[0]}\u200b`, '') },
    { weight: 1, arbitrary: stringArbitrary(pools, { huge: false }) },
  );
}

function scalarArbitrary(type, ctx) {
  switch (type.name) {
    case 'ID':
      return idArbitrary(ctx.pools, ctx.forMutation, ctx);
    case 'Int':
      return intArbitrary();
    case 'Float':
      return floatArbitrary();
    case 'Boolean':
      return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 1, 0) });
    case 'DateTimeISO':
      return dateArbitrary();
    default:
      // String, and any scalar added later.
      return stringArbitrary(ctx.pools, ctx);
  }
}

/** Marks an argument or input field that is left out of the request. */
export const OMIT = Symbol('omit');

/** A JSON value for a variable of this type: mostly of the type, sometimes beyond what it allows. */
export function valueArbitrary(type, ctx) {
  if (isNonNullType(type)) return innerValue(type.ofType, ctx);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: innerValue(type, ctx) });
}

function innerValue(type, ctx) {
  if (isListType(type)) {
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(valueArbitrary(type.ofType, ctx), { maxLength: 4 }) },
      // Big lists, of short values so that the request stays under the body limit.
      {
        weight: 1,
        arbitrary: fc
          .tuple(valueArbitrary(type.ofType, { ...ctx, huge: false }), fc.integer({ min: 101, max: 2000 }))
          .map(([value, n]) => Array.from({ length: n }, () => value)),
      },
      { weight: 1, arbitrary: fc.array(valueArbitrary(type.ofType, { ...ctx, huge: false }), { minLength: 20, maxLength: 150 }) },
    );
  }
  if (isInputObjectType(type)) return inputObjectArbitrary(type, ctx);
  if (isEnumType(type)) return enumArbitrary(type, ctx.pools);
  if (isScalarType(type)) return scalarArbitrary(type, ctx);
  return fc.constant(null);
}

function inputObjectArbitrary(type, ctx) {
  const fields = Object.values(type.getFields());
  const model = {};
  for (const field of fields) {
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    model[field.name] = required
      ? fc.oneof({ weight: 12, arbitrary: valueArbitrary(field.type, ctx) }, { weight: 1, arbitrary: fc.constant(OMIT) })
      : fc.oneof({ weight: 1, arbitrary: fc.constant(OMIT) }, { weight: 2, arbitrary: valueArbitrary(field.type, ctx) });
  }
  return fc
    .tuple(
      fc.record(model),
      fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('unknownField', '__proto__', 'constructor') }),
    )
    .map(([record, extra]) => {
      const value = {};
      for (const [name, v] of Object.entries(record)) if (v !== OMIT) value[name] = v;
      if (extra) value[extra] = 1;
      return value;
    });
}

/** A value of the wrong type, or no value where one is required. */
export function wrongValueArbitrary() {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(42, -1.5, true, false, 'not-of-this-type', [], {}, [[['deep']]], { nested: { a: [1] } }, [null], ['a', 1, true, null]),
    },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    // Deep nesting: parsers and validators that recurse must not overflow.
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 200_000 }).map((n) => new DeeplyNested(n)) },
  );
}

/**
 * `depth` nested empty lists. Deeper than JSON.stringify can write, so the request body is
 * written from `json` (see requestBody); a websocket message carries at most 3,500 levels
 * (what JSON.stringify, and so the graphql-ws client, can write).
 */
export class DeeplyNested {
  constructor(depth) {
    this.depth = depth;
  }
  get json() {
    return `${'['.repeat(this.depth)}${']'.repeat(this.depth)}`;
  }
  toValue(maxDepth = 3500) {
    const depth = Math.min(this.depth, maxDepth);
    return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
  }
  [fc.toStringMethod]() {
    return `new DeeplyNested(${this.depth})`;
  }
}

/** The JSON body of a GraphQL request, with deeply nested values written out as they are. */
export function requestBody(query, variables) {
  const raw = [];
  const text = JSON.stringify({ query, variables }, (_key, value) => {
    if (value instanceof DeeplyNested) {
      raw.push(value.json);
      return `\u0000raw${raw.length - 1}\u0000`;
    }
    return value;
  });
  return raw.length ? text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i) => raw[Number(i)]) : text;
}

/** Variables for a websocket message: deeply nested values cut to what JSON.stringify can write. */
export function websocketVariables(variables) {
  const cut = (value) => {
    if (value instanceof DeeplyNested) return value.toValue();
    if (Array.isArray(value)) return value.map(cut);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v)]));
    return value;
  };
  return cut(variables);
}

// ---------------------------------------------------------------------------------------------
// Requests

/** How a case sends its arguments. */
const MODES = [
  // Each argument as a variable declared with exactly the argument's type.
  { weight: 12, arbitrary: fc.constant('variables') },
  // One variable of the wrong type (or null where one is required).
  { weight: 3, arbitrary: fc.constant('wrong-type') },
  // Arguments written into the document as literals.
  { weight: 3, arbitrary: fc.constant('inline') },
  // A variable declared with another type than the argument's.
  { weight: 1, arbitrary: fc.constant('wrong-declaration') },
  // No arguments at all, required ones included.
  { weight: 1, arbitrary: fc.constant('missing') },
  // An argument the field does not have.
  { weight: 1, arbitrary: fc.constant('unknown-argument') },
  // The document cut short somewhere: it does not parse.
  { weight: 1, arbitrary: fc.constant('broken-document') },
];

const OTHER_TYPES = ['String', 'String!', 'Int', 'Int!', 'Boolean', 'ID!', '[ID!]!', '[String]', 'DateTimeISO', 'Role', 'ExportRecordingsInput', 'Nonexistent'];

/**
 * One request to fuzz with: an operation, the principal that sends it, over HTTP or a websocket,
 * and the document and variables to send. `principals` names whoever may send it.
 */
export function fuzzCaseArbitrary(operations, pools, principals) {
  return fc.oneof(...operations.map((operation) => operationCaseArbitrary(operation, pools, principals)));
}

function operationCaseArbitrary(operation, pools, principals) {
  const ctx = { pools, forMutation: operation.kind === 'mutation', huge: true };
  const args = {};
  for (const arg of operation.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    args[arg.name] = required
      ? valueArbitrary(arg.type, ctx)
      : fc.oneof({ weight: 1, arbitrary: fc.constant(OMIT) }, { weight: 3, arbitrary: valueArbitrary(arg.type, ctx) });
  }
  return fc
    .record({
      principal: fc.constantFrom(...principals),
      transport:
        operation.kind === 'subscription'
          ? fc.constant('ws')
          : fc.oneof({ weight: 4, arbitrary: fc.constant('http') }, { weight: 1, arbitrary: fc.constant('ws') }),
      mode: fc.oneof(...MODES),
      depth: fc.integer({ min: 1, max: 4 }),
      args: fc.record(args),
      wrong: fc.record({ at: fc.nat(), value: wrongValueArbitrary(), declaredAs: fc.constantFrom(...OTHER_TYPES), cut: fc.nat() }),
      // For a websocket of nobody signed in: what it sends in connection_init.
      connectionParams: fc.oneof(
        fc.constant(undefined),
        fc.record({
          token: fc.oneof(stringArbitrary(pools, { huge: false }), fc.constantFrom('cs_', 'ct_', `cs_${'0'.repeat(64)}`, 'ct_x'), wrongValueArbitrary()),
        }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    })
    .map((drawn) => buildCase(operation, drawn));
}

/** Turns drawn values into the exact request: the document text and its variables. */
export function buildCase(operation, drawn) {
  const { mode } = drawn;
  const present = operation.args.filter((arg) => drawn.args[arg.name] !== OMIT);
  const variables = {};
  const declarations = [];
  const argumentTexts = [];
  if (mode !== 'missing') {
    present.forEach((arg, i) => {
      const value = drawn.args[arg.name];
      if (mode === 'inline') {
        argumentTexts.push(`${arg.name}: ${literal(value, getNamedType(arg.type))}`);
        return;
      }
      const name = `v${i}`;
      const declared = mode === 'wrong-declaration' && i === drawn.wrong.at % present.length ? drawn.wrong.declaredAs : String(arg.type);
      declarations.push(`$${name}: ${declared}`);
      argumentTexts.push(`${arg.name}: $${name}`);
      variables[name] = mode === 'wrong-type' && i === drawn.wrong.at % present.length ? drawn.wrong.value : value;
    });
  }
  if (mode === 'wrong-type' && present.length === 0 && operation.args.length > 0) {
    // Every argument was left out: send the first as a variable of the wrong type.
    const arg = operation.args[0];
    declarations.push(`$v0: ${arg.type}`);
    argumentTexts.push(`${arg.name}: $v0`);
    variables.v0 = drawn.wrong.value;
  }
  if (mode === 'unknown-argument') argumentTexts.push('fuzzUnknownArgument: 1');
  const selection = selectionFor(operation.type, drawn.depth);
  const header = `${operation.kind} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''}`;
  const call = `${operation.name}${argumentTexts.length ? `(${argumentTexts.join(', ')})` : ''}`;
  let query = `${header} { ${call} ${selection} }`;
  if (mode === 'broken-document') query = query.slice(0, drawn.wrong.cut % query.length);
  const fuzzCase = {
    operation: operation.id,
    kind: operation.kind,
    field: operation.name,
    principal: drawn.principal,
    transport: drawn.transport,
    mode,
    query,
    variables,
    connectionParams: drawn.principal === 'anonymous' ? drawn.connectionParams : undefined,
  };
  // fast-check prints a counterexample with this: long values cut, so a report stays readable.
  Object.defineProperty(fuzzCase, fc.toStringMethod, { value: () => describeCase(fuzzCase), enumerable: false });
  return fuzzCase;
}

/** A case in one line, with strings longer than 200 characters cut (their length kept). */
export function describeCase(fuzzCase) {
  // A file route case carries its request in words (file-routes.mjs).
  if (fuzzCase.transport === 'file') return `${fuzzCase.principal} over the file routes, ${fuzzCase.operation} (${fuzzCase.mode}): ${fuzzCase.request}`;
  const short = (value) =>
    JSON.stringify(value, (_key, v) => {
      if (v instanceof DeeplyNested) return `<${v.depth} nested lists>`;
      return typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}...<${v.length} characters>` : v;
    });
  const params = fuzzCase.connectionParams === undefined ? '' : ` connection_init=${short(fuzzCase.connectionParams)}`;
  return `${fuzzCase.principal} over ${fuzzCase.transport}, ${fuzzCase.operation} (${fuzzCase.mode}): ${short(fuzzCase.query)} variables=${short(fuzzCase.variables)}${params}`;
}

/** A value written as a GraphQL literal: enums bare where they can be, everything else as JSON would write it. */
function literal(value, namedType) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, namedType)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(namedType) ? namedType.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad_name'}: ${literal(v, fields[k] ? getNamedType(fields[k].type) : null)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && namedType && isEnumType(namedType) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return JSON.stringify(value);
}
