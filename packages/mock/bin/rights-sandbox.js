#!/usr/bin/env node
// The `rights-sandbox` command. The CLI itself is compiled to dist/ by the build (`npm install` runs it).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
