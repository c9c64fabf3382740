import { writeFileSync } from 'node:fs';
import { corpusReports } from './facts-corpus.ts';
const c = corpusReports(new Set(process.argv.slice(2)));
writeFileSync('/tmp/lp/structs.json', JSON.stringify(c));
