import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Linter } from '../../server/engine/linter';
import { ALL_FORMATS } from '../../server/formats';
import type { Rule } from '../../server/engine/types';
import sslSessionTickets from '../../rules/nginx/ssl-session-tickets';
import { runCli, tempDir, writeTree } from './helpers';

const linter = new Linter(ALL_FORMATS, [sslSessionTickets] as Rule[]);
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as { files: { findings: { ruleId: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.ruleId));

describe('files the rules may read', () => {
  // The snippet turns tickets on; only a plain-HTTP server includes it, so the setting does nothing.
  const tree = {
    'nginx/nginx.conf': 'events {}\nhttp {\n    server {\n        listen 80;\n        include snippets/tls.conf;\n    }\n}\n',
    'nginx/snippets/tls.conf': 'ssl_session_tickets on;\n',
  };

  it('a file named on the command line is judged within the working folder, as an editor judges it in its workspace', () => {
    const dir = tempDir();
    writeTree(dir, tree);
    const alone = runCli(['--format', 'json', 'nginx/snippets/tls.conf'], { cwd: dir, linter });
    const whole = runCli(['--format', 'json', 'nginx'], { cwd: dir, linter });
    assert.deepEqual(ruleIds(alone.stdout), []);
    // Control: the whole folder gives the same answer.
    assert.deepEqual(ruleIds(whole.stdout), []);
  });

  // Control for the test above: reading stays limited outside the working folder.
  it('a file outside the working folder is read with only its own folder around it', () => {
    const dir = tempDir();
    writeTree(dir, { ...tree, 'work/.keep': '' });
    const outside = runCli(['--format', 'json', '../nginx/snippets/tls.conf'], { cwd: join(dir, 'work'), linter });
    // Without the nginx.conf that includes it, the snippet may be used by TLS servers: reported.
    assert.deepEqual(ruleIds(outside.stdout), ['nginx/ssl-session-tickets']);
  });
});
