/**
 * Workspace folders, the file host rules read through (limited to the folders,
 * with open documents' unsaved text laid over the disk) and `.hardenlint.yaml`
 * lookup.
 */
import { dirname, resolve } from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { emptyConfig, type Config } from '../engine/config';
import type { FileHost } from '../engine/types';
import { ConfigLoader, type LoadedConfig } from '../node/config-loader';
import { FsHost, inside } from '../node/fs-host';
import { fileUriToPath } from './uri';


export interface WorkspaceOptions {
  /** Text of an open document at this absolute path, if open. */
  overlay: (path: string) => string | undefined;
  /** Problems of a configuration beyond its syntax (unknown rule ids and options). */
  checkConfig?: (config: Config) => string[];
  /** False in untrusted workspaces: `.hardenlint.yaml` is then not read (it could hide findings). */
  readConfigFiles: boolean;
}

export class Workspace {
  private folders: string[] = [];
  private readonly hosts = new Map<string, FileHost>();
  readonly configs: ConfigLoader;

  constructor(private readonly options: WorkspaceOptions) {
    this.configs = new ConfigLoader(options.checkConfig);
  }

  set readConfigFiles(value: boolean) {
    this.options.readConfigFiles = value;
  }

  setFolders(folders: readonly (WorkspaceFolder | string)[]): void {
    this.folders = folders
      .map((f) => (typeof f === 'string' ? f : fileUriToPath(f.uri)))
      .filter((p): p is string => p !== undefined)
      .map((p) => resolve(p));
    this.hosts.clear();
  }

  addFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const removedPaths = new Set(removed.map((f) => fileUriToPath(f.uri)).filter(Boolean).map((p) => resolve(p!)));
    const kept = this.folders.filter((f) => !removedPaths.has(f));
    this.setFolders([...kept, ...added]);
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding the file. */
  folderOf(path: string): string | undefined {
    return this.folders.filter((f) => inside(f, path)).sort((a, b) => b.length - a.length)[0];
  }

  /**
   * A host for linting the file: it may read the workspace folders when the file
   * lies in one, otherwise only the file's own folder. Non-file documents get
   * no disk access at all.
   */
  hostFor(filePath: string | undefined): FileHost {
    const roots = this.rootsFor(filePath);
    const key = roots.join('\0');
    let host = this.hosts.get(key);
    if (!host) {
      host = new FsHost({ roots, overlay: this.options.overlay });
      this.hosts.set(key, host);
    }
    return host;
  }

  /** The folders a host for this file may read (see hostFor). */
  rootsFor(filePath: string | undefined): string[] {
    if (filePath === undefined) return [];
    if (this.folderOf(filePath) !== undefined) return [...this.folders];
    return [dirname(filePath)];
  }

  /** `.hardenlint.yaml` for the file, searched upward to its workspace folder (or the file-system root). */
  configFor(filePath: string | undefined): LoadedConfig {
    if (filePath === undefined || !this.options.readConfigFiles) return { config: emptyConfig(), errors: [] };
    return this.configs.forFile(filePath, this.folderOf(filePath));
  }
}
