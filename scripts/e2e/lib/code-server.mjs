// code-server (VS Code 1.100 with a real Node extension host) from .tools/:
// start in its own session and process group, wait until it serves, stop the
// whole group (its file watchers and extension hosts included).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { withTimeout } from './deadline.mjs';

export function codeServerBin(toolsDir) {
  const bin = join(toolsDir, 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) throw new Error(`code-server is not installed in ${toolsDir}: run bash scripts/e2e/install-tools.sh`);
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench quiet and the screenshots stable. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.lightbulb.enabled': 'on',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Folders for one code-server instance, with user settings written. */
export function prepareProfile(dir, extraSettings = {}) {
  const profile = { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions'), config: join(dir, 'config.yaml') };
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));
  writeFileSync(profile.config, 'auth: none\ncert: false\n');
  return profile;
}

function commonArgs(profile) {
  return ['--config', profile.config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** `code-server --install-extension x.vsix`: returns the CLI's output; throws on failure. */
export function installExtension({ toolsDir, profile, vsix, env }) {
  const result = spawnSync(codeServerBin(toolsDir), [...commonArgs(profile), '--install-extension', vsix, '--force'], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}):\n${output}`);
  }
  return output;
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/**
 * Start code-server; resolves once it logged that it listens and /healthz answers.
 * `detached` makes the child call setsid(): it leads a new process group that
 * `stop()` signals as a whole.
 */
export async function startCodeServer({ toolsDir, profile, env, logFile, timeoutMs = 30_000 }) {
  const port = await freePort();
  const args = [
    ...commonArgs(profile),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(codeServerBin(toolsDir), args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const listening = new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk.toString();
      if (/HTTP server listening on/.test(seen)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`code-server exited before listening (${code ?? signal}); see ${logFile}`)));
  });

  const server = {
    port,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    /** A `vscode-remote://` URI for a path on this machine, as the workbench payload expects. */
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return killGroup(child.pid, 'SIGKILL');
      killGroup(child.pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000).unref())]);
      // Whatever is left of the group (watchers, extension hosts) goes now.
      killGroup(child.pid, 'SIGKILL');
      if (!stopped) await exited;
      await waitForGroupToEmpty(child.pid);
      log.end();
    },
  };
  try {
    await withTimeout(listening, timeoutMs, 'code-server to listen');
    if (!(await healthy(port))) throw new Error(`code-server does not answer /healthz on port ${port}; see ${logFile}`);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

/** Pids whose process group is `pgid` (from /proc; Linux only). */
export function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      /* the process ended while we looked */
    }
  }
  return members;
}

/** SIGKILL is asynchronous: look until the group is gone (bounded), else fail loudly. */
async function waitForGroupToEmpty(pgid) {
  const deadline = Date.now() + 5000;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() > deadline) throw new Error(`processes of code-server's group ${pgid} survived SIGKILL: ${groupMembers(pgid).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (e) {
    if (e.code !== 'ESRCH') throw e;
  }
}

/** The workbench URL that opens `folder` and, optionally, runs an extension's tests. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const params = new URLSearchParams({ folder });
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(extensionTestsPath)]);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params}`;
}
