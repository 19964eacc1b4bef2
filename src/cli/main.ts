// Process entry of the `claimlens` command (bundled to dist/cli.js). Whatever happens, the user
// sees one line per problem and an exit code, never a stack trace.
import { EXIT_INTERNAL, errorMessage, run } from './cli';

function fail(err: unknown): void {
  const detail = process.env.CLAIMLENS_DEBUG && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  process.stderr.write(`claimlens: internal error: ${errorMessage(err)}${detail}\n`);
  process.exitCode = EXIT_INTERNAL;
}

// `claimlens annotate x | head` closes the pipe early: the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(err);
});
process.on('uncaughtException', (err) => {
  fail(err);
  process.exit(EXIT_INTERNAL);
});

run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
}, fail);
