#!/usr/bin/env node
// The `yqs` command. TypeScript sources run through tsx's loader, so a checkout needs no build
// step for the server or the CLI (the web UI is built by Vite).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
