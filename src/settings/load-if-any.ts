import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSettings } from './load.js';
import { SETTINGS_FILE } from './types.js';

/**
 * loadSettings (load.ts), with the parser and its zod schema loaded only when there is a file to read: the
 * action's run in a repository without train-budget.yml (and no `config` input) never builds them.
 */
export async function loadSettingsIfAny(root: string, config?: string): Promise<LoadedSettings> {
  if ((config === undefined || config === '') && !existsSync(join(root, SETTINGS_FILE))) return { settings: null, problems: [], file: null };
  const { loadSettings } = await import('./load.js');
  return loadSettings(root, config);
}
