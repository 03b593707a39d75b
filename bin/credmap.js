#!/usr/bin/env node
// The credmap command. TypeScript runs directly through tsx: no build step between a change and a run.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/cli.ts');
const code = await run(process.argv.slice(2));
// -1: a server is running and exits on a signal.
if (code >= 0) process.exitCode = code;
