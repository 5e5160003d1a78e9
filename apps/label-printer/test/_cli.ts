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
    env: { ...process.env, ...env },
  });
  return { code, stdout, stderr };
}
