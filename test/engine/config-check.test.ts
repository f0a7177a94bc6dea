import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/engine/config';
import { checkRuleSettings, suggestRuleIds } from '../../server/engine/config-check';
import { Linter } from '../../server/engine/linter';
import type { Rule } from '../../server/engine/types';
import { ALL_FORMATS } from '../../server/formats';
import noPrivileged from '../../rules/compose/no-privileged';
import nginxHsts from '../../rules/nginx/hsts';
import nginxServerTokens from '../../rules/nginx/server-tokens';
import nginxSslCiphers from '../../rules/nginx/ssl-ciphers';
import nginxTimeouts from '../../rules/nginx/timeouts';
import postgresqlSslCiphers from '../../rules/postgresql/ssl-ciphers';
import redisDangerousCommands from '../../rules/redis/dangerous-commands';
import redisTlsEnabled from '../../rules/redis/tls-enabled';

// A fixed set of real rules, so suggestions do not move when rules are added.
const linter = new Linter(ALL_FORMATS, [
  noPrivileged,
  nginxHsts,
  nginxServerTokens,
  nginxSslCiphers,
  nginxTimeouts,
  postgresqlSslCiphers,
  redisDangerousCommands,
  redisTlsEnabled,
] as Rule[]);

const check = (yaml: string): string[] => {
  const { config, errors } = parseConfig(yaml);
  assert.deepEqual(errors, []);
  return checkRuleSettings(config, linter);
};

describe('checkRuleSettings: rule ids', () => {
  it('suggests the nearest rule id for a misspelt one', () => {
    assert.deepEqual(check('rules:\n  compose/no-privileged-mode: off\n  nginx/server-token: off\n'), [
      'rules.compose/no-privileged-mode: unknown rule id; did you mean compose/no-privileged?',
      'rules.nginx/server-token: unknown rule id; did you mean nginx/server-tokens?',
    ]);
  });

  it('completes a rule name written without, or with the wrong, format prefix', () => {
    assert.deepEqual(check('rules:\n  no-privileged: off\n  docker/no-privileged: off\n  ssl-ciphers: error\n'), [
      'rules.no-privileged: unknown rule id; did you mean compose/no-privileged?',
      'rules.docker/no-privileged: unknown rule id; did you mean compose/no-privileged?',
      'rules.ssl-ciphers: unknown rule id; did you mean nginx/ssl-ciphers or postgresql/ssl-ciphers?',
    ]);
  });

  it('says only "unknown rule id" when nothing is close, and accepts known and engine ids', () => {
    assert.deepEqual(check('rules:\n  acme/wibble: off\n  compose/no-privileged: warning\n  hardenlint/unknown-rule: off\n  hardenlint/parse-error: off\n'), [
      'rules.acme/wibble: unknown rule id',
      'rules.hardenlint/parse-error: parse errors cannot be configured: a file that does not parse is not checked',
    ]);
  });

  it('suggestRuleIds ignores case and offers nothing for unrelated names', () => {
    const ids = linter.rules.map((r) => r.meta.id);
    assert.deepEqual(suggestRuleIds('Compose/No-Privileged', ids), ['compose/no-privileged']);
    assert.deepEqual(suggestRuleIds('server-tokes', ids), ['nginx/server-tokens']);
    assert.deepEqual(suggestRuleIds('x', ids), []);
  });
});

describe('checkRuleSettings: options', () => {
  it('reports an unknown option in the mapping and the list form, with the option meant', () => {
    assert.deepEqual(
      check('rules:\n  redis/dangerous-commands:\n    options: { comands: [flushall] }\n  nginx/hsts: [warning, { minMaxAg: 100 }]\n'),
      [
        'rules.redis/dangerous-commands: unknown option "comands"; did you mean "commands"?',
        'rules.nginx/hsts: unknown option "minMaxAg"; did you mean "minMaxAge"?',
      ],
    );
  });

  it('lists the options there are when no name is close, and says when a rule has none', () => {
    assert.deepEqual(check('rules:\n  nginx/hsts: { options: { maxAge: 100 } }\n  compose/no-privileged: [error, { allow: true }]\n'), [
      'rules.nginx/hsts: unknown option "maxAge"; the rule\'s options are minMaxAge, requireIncludeSubDomains, requirePreload',
      'rules.compose/no-privileged: unknown option "allow"; the rule has no options',
    ]);
  });

  it('reports a value whose kind differs from the default (list, string, number, true/false)', () => {
    assert.deepEqual(
      check(
        'rules:\n' +
          '  redis/dangerous-commands: { options: { adminUsers: ops, commands: null } }\n' +
          '  redis/tls-enabled: { options: { required: "yes" } }\n' +
          '  nginx/hsts: { options: { minMaxAge: "1y", requirePreload: true } }\n' +
          '  nginx/timeouts: { options: { keepaliveTimeout: [20s] } }\n',
      ),
      [
        'rules.redis/dangerous-commands: option "adminUsers" should be a list, got "ops"',
        'rules.redis/dangerous-commands: option "commands" should be a list, got null',
        'rules.redis/tls-enabled: option "required" should be true or false, got "yes"',
        'rules.nginx/hsts: option "minMaxAge" should be a number, got "1y"',
        'rules.nginx/timeouts: option "keepaliveTimeout" should be a string, got ["20s"]',
      ],
    );
  });

  it('accepts a number for a string option, and does not look inside lists', () => {
    assert.deepEqual(check('rules:\n  nginx/timeouts: { options: { sendTimeout: 60 } }\n  redis/dangerous-commands: { options: { commands: [1, 2] } }\n'), []);
  });

  it('shortens long values', () => {
    assert.deepEqual(check(`rules:\n  redis/tls-enabled: { options: { required: "${'x'.repeat(60)}" } }\n`), [
      `rules.redis/tls-enabled: option "required" should be true or false, got "${'x'.repeat(38)}…`,
    ]);
  });

  it('does not check options of a rule it does not know', () => {
    assert.deepEqual(check('rules:\n  acme/wibble: { options: { anything: 1 } }\n'), ['rules.acme/wibble: unknown rule id']);
  });
});
