#!/usr/bin/env node
// The command line of certalias: the same bundle as the action (dist/index.js), run as `certalias <command>`.
import { certalias } from '../dist/index.js'

process.exitCode = await certalias(process.argv.slice(2))
