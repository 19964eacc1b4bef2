// Where the harness keeps things. Everything it writes lives in git-ignored folders of the project.
import * as path from 'node:path';

/** The project root: this file compiles to out/test/vscode/paths.js. */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');

/** Installed once, reused by every run on this machine. */
export const cacheDir = path.join(projectRoot, '.cache');

/** Screenshots and other artefacts a person may want to look at after a run. */
export const resultsDir = path.join(projectRoot, 'test-results');

export const sampleArticle = path.join(projectRoot, 'samples', 'harbour-strike.md');

/** The newcomer's article, shared by the team; optional (a fresh clone elsewhere does not have it). */
export const sharedSeed = path.resolve(projectRoot, '..', 'shared', 'samples', 'seed.txt');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
