// @vscode/test-cli configuration: runs the extension-host suite (test/e2e/suite)
// in desktop VS Code downloaded by @vscode/test-electron. Needs internet access
// to update.code.visualstudio.com; CI runs the same suite in code-server instead
// (npm run test:e2e, see docs/testing-in-editors.md).
//   npm install --no-save @vscode/test-cli@0.0.12 @vscode/test-electron@2.5.2 mocha@11.7.6
//   npm run build && npx vscode-test
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The suite edits and creates files in its workspace: give it a fresh copy of the fixtures.
const workspaceFolder = mkdtempSync(join(tmpdir(), 'hardenlint-vscode-test-'));
cpSync('test/e2e/fixtures/workspace', workspaceFolder, { recursive: true });

export default [
  {
    label: 'extension host',
    files: 'out/test/e2e/suite/*.e2e.js',
    version: '1.100.3',
    workspaceFolder,
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
    mocha: { ui: 'bdd', timeout: 60_000 },
  },
];
