import * as core from '@actions/core';
import { resolve } from 'node:path';
import { discoverManifests, loadManifestFile } from '../manifest/files.js';
import type { Problem } from '../manifest/types.js';

/** Validates the manifests the `manifests` input names and raises each problem as an annotation. */
export async function runAction(): Promise<void> {
  try {
    const root = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('working-directory') || '.');
    const patterns = core.getMultilineInput('manifests').filter((l) => l.trim() !== '');
    const found = discoverManifests(patterns.length ? patterns : ['**/*.train.yaml', '**/*.train.yml'], root);
    const problems: Problem[] = [...found.problems];
    let jobs = 0;
    for (const f of found.files) {
      const r = loadManifestFile(root, f);
      problems.push(...r.problems);
      jobs += r.jobs.length;
    }
    for (const p of problems) core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.col, title: 'Invalid training-job manifest' });
    if (problems.length) {
      core.setFailed(`${problems.length} manifest problem${problems.length === 1 ? '' : 's'}`);
      return;
    }
    core.info(`${found.files.length} manifests, ${jobs} jobs valid`);
  } catch (e) {
    core.setFailed(`Train Budget: ${e instanceof Error ? e.message : String(e)}`);
  }
}
