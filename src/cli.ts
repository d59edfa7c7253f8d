#!/usr/bin/env node
import { run } from './cli/main.js';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  // A refusal may leave a handle open (a half-made connection, a timer); it must not keep the process up.
  if (code !== 0) process.exit(code);
});
