// Runs the command line in this process and keeps what it prints.
import { runCli } from '../src/cli/run-cli.js';

export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (line) => (stdout += `${line}\n`),
    stderr: (line) => (stderr += `${line}\n`),
    // The golden jobs and decoded URIs were made for this host; the CLI's own default is the
    // configured storefront (STOREFRONT_URL), else npm start's: trace-base.test.ts.
    env: { ...process.env, NGUONGOC_TRACE_BASE: 'https://nguongoc.vn', ...env },
  });
  return { code, stdout, stderr };
}
