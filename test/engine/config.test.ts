import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, emptyConfig, mergeConfig, parseConfig } from '../../server/engine/config';
import { ConfigLoader } from '../../server/node/config-loader';

describe('parseConfig', () => {
  it('reads rule severities in every accepted spelling', () => {
    const { config, errors } = parseConfig(
      'rules:\n  a/one: off\n  a/two: warn\n  a/three: info\n  a/four: 2\n  a/five: hint\n  a/six: error\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config.rules, {
      'a/one': { severity: 'off' },
      'a/two': { severity: 'warning' },
      'a/three': { severity: 'information' },
      'a/four': { severity: 'error' },
      'a/five': { severity: 'hint' },
      'a/six': { severity: 'error' },
    });
  });

  it('reads options in the mapping and the list form', () => {
    const { config, errors } = parseConfig(
      'rules:\n  a/x: { severity: warning, options: { trusted: [ghcr.io] } }\n  a/y: [error, { minBits: 256 }]\n  a/z: { options: { n: 1 } }\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config.rules['a/x'], { severity: 'warning', options: { trusted: ['ghcr.io'] } });
    assert.deepEqual(config.rules['a/y'], { severity: 'error', options: { minBits: 256 } });
    assert.deepEqual(config.rules['a/z'], { options: { n: 1 } });
  });

  it('reads ignore, maxFileSize and remembers its folder', () => {
    const { config } = parseConfig('ignore: ["vendor/**"]\nmaxFileSize: 1000\n', '/repo');
    assert.deepEqual(config, { rules: {}, ignore: ['vendor/**'], maxFileSize: 1000, baseDir: '/repo' });
  });

  it('is empty for an empty file and reads JSON too', () => {
    assert.deepEqual(parseConfig('').config, emptyConfig());
    assert.deepEqual(parseConfig('# only a comment\n').errors, []);
    assert.deepEqual(parseConfig('{"rules": {"a/b": "off"}}').config.rules, { 'a/b': { severity: 'off' } });
    assert.equal(emptyConfig().maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });

  it('reports every problem without throwing, keeping what is valid', () => {
    const { config, errors } = parseConfig(
      'rules:\n  a/bad: loud\n  a/good: off\n  a/opts: [warning, 3]\n  a/map: { severity: 7, options: x }\n  a/typo: of\n  a/typo2: [wraning]\nignore: vendor\nmaxFileSize: -1\ncolour: true\nmaxFilesize: 10\n',
    );
    assert.deepEqual(errors, [
      'rules.a/bad: unknown severity "loud"; use one of off, error, warning, information, hint',
      'rules.a/opts: options must be a mapping',
      'rules.a/map.severity: unknown severity 7; use one of off, error, warning, information, hint',
      'rules.a/map.options must be a mapping',
      'rules.a/typo: unknown severity "of"; did you mean "off"?',
      'rules.a/typo2: unknown severity "wraning"; did you mean "warning"?',
      'ignore must be a list of glob patterns',
      'maxFileSize must be a positive number of bytes',
      'unknown key "colour"; the keys are rules, ignore, maxFileSize',
      'unknown key "maxFilesize"; did you mean "maxFileSize"?',
    ]);
    assert.deepEqual(config.rules, { 'a/good': { severity: 'off' }, 'a/opts': { severity: 'warning' }, 'a/map': {}, 'a/typo2': {} });
    assert.equal(config.maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });

  it('reports YAML that does not parse or is not a mapping', () => {
    assert.match(parseConfig('rules: [unclosed\n').errors[0]!, /^cannot parse: /);
    assert.deepEqual(parseConfig('- a\n- b\n').errors, ['the configuration must be a mapping']);
    assert.deepEqual(parseConfig('rules: [a, b]\n').errors, ['rules must be a mapping of rule id to severity']);
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const { errors } = parseConfig(bomb);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /cannot parse|alias/i);
  });
});

describe('mergeConfig', () => {
  it('lets the override win, merges rule options key by key, concatenates ignores', () => {
    const base = parseConfig('rules:\n  a/x: [warning, { one: 1, two: 2 }]\nignore: [a]\nmaxFileSize: 10\n', '/base').config;
    const merged = mergeConfig(base, { rules: { 'a/x': { severity: 'error', options: { two: 3 } }, 'a/y': { severity: 'off' } }, ignore: ['b'] });
    assert.deepEqual(merged, {
      rules: { 'a/x': { severity: 'error', options: { one: 1, two: 3 } }, 'a/y': { severity: 'off' } },
      ignore: ['a', 'b'],
      maxFileSize: 10,
      baseDir: '/base',
    });
  });
});

function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardenlint-config-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('ConfigLoader', () => {
  it('finds the nearest config upward, prefers .yaml, caches, and stops at the stop folder', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    writeFileSync(join(root, '.hardenlint.yaml'), 'rules:\n  r/top: off\n');
    writeFileSync(join(root, 'a/.hardenlint.json'), '{"rules": {"r/json": "off"}}');
    writeFileSync(join(root, 'a/.hardenlint.yaml'), 'rules:\n  r/yaml: off\n');
    const loader = new ConfigLoader();
    const found = loader.forFile(join(root, 'a/b/c/compose.yml'));
    assert.equal(found.path, join(root, 'a/.hardenlint.yaml'));
    assert.deepEqual(Object.keys(found.config.rules), ['r/yaml']);
    assert.equal(found.config.baseDir, join(root, 'a'));
    assert.equal(loader.forFile(join(root, 'a/b/other.yml')), found, 'cached per folder');
    assert.equal(loader.forFile(join(root, 'x.yml')).path, join(root, '.hardenlint.yaml'));
    const stopped = new ConfigLoader().forFile(join(root, 'a/b/c/compose.yml'), join(root, 'a/b'));
    assert.equal(stopped.path, undefined);
    assert.deepEqual(stopped.config, emptyConfig());
  });

  it('reports a config it cannot read instead of throwing', () => {
    const root = tempRoot();
    mkdirSync(join(root, '.hardenlint.yaml'));
    const loaded = new ConfigLoader().forDir(root);
    assert.equal(loaded.path, join(root, '.hardenlint.yaml'));
    assert.match(loaded.errors[0]!, /^cannot read: /);
  });
});
