#!/usr/bin/env node
// nguongoc-labels: QR traceability labels on A4 sheets and thermal printers.
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
