/**
 * Reads `--name value`, `--name=value` and `--flag` / `--no-flag` from argv against a spec:
 * { name: { default, help, type: 'number' | 'string' | 'boolean', min?, max?, choices? } }. Prints help on --help.
 */
export function parseOptions(spec, { usage, argv = process.argv.slice(2) } = {}) {
  const values = Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.default]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      printHelp(spec, usage);
      process.exit(0);
    }
    const match = /^--(no-)?([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unexpected argument "${arg}"`, spec, usage);
    const [, negated, name, inline] = match;
    const key = camel(name);
    const def = spec[key];
    if (!def) fail(`unknown option --${name}`, spec, usage);
    if (def.type === 'boolean') {
      values[key] = negated ? false : inline === undefined ? true : !['0', 'false', 'no', 'off'].includes(inline);
      continue;
    }
    if (negated) fail(`--no-${name} is not an option`, spec, usage);
    const raw = inline ?? argv[++i];
    if (raw === undefined) fail(`--${name} needs a value`, spec, usage);
    if (def.type === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) fail(`--${name} must be a number, got "${raw}"`, spec, usage);
      if (def.min !== undefined && n < def.min) fail(`--${name} must be at least ${def.min}, got ${n}`, spec, usage);
      if (def.max !== undefined && n > def.max) fail(`--${name} must be at most ${def.max}, got ${n}`, spec, usage);
      values[key] = n;
    } else if (def.choices && !def.choices.includes(raw)) {
      fail(`--${name} must be one of ${def.choices.join(', ')}, got "${raw}"`, spec, usage);
    } else {
      values[key] = raw;
    }
  }
  return values;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function printHelp(spec, usage) {
  if (usage) console.log(`${usage.trim()}\n`);
  console.log('options:');
  for (const [key, def] of Object.entries(spec)) {
    const flag = def.type === 'boolean' ? `--${kebab(key)} / --no-${kebab(key)}` : `--${kebab(key)} <${def.type === 'number' ? 'n' : 'value'}>`;
    console.log(`  ${flag.padEnd(30)} ${def.help} (default: ${def.default === '' ? 'none' : def.default})`);
  }
  console.log(`
environment:
  DATABASE_URL                   a PostgreSQL server to use (a database custodian_bench_<random> is
                                 created on it and dropped afterwards); unset: an embedded PostgreSQL
                                 is started in a temporary folder
  FFMPEG_PATH / FFPROBE_PATH     as for Custodian itself`);
}

function fail(message, spec, usage) {
  console.error(`${message}\n`);
  printHelp(spec, usage);
  process.exit(2);
}
