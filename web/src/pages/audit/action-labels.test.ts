import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionLabelOf } from './action-labels.js';

const appFolder = fileURLToPath(new URL('../../../../src/app/', import.meta.url));

/** Every `action: '…'` literal the use cases record (examples in comments excluded). */
function recordedActions(): string[] {
  const files = readdirSync(appFolder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const actions = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(appFolder, file), 'utf8').replace(/^\s*(\/\*\*|\*).*$/gm, '');
    for (const [, action = ''] of code.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) actions.add(action);
  }
  return [...actions].sort();
}

describe('audit action labels', () => {
  it('name every action the use cases record in Chinese', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(20);
    const unnamed = actions.filter((action) => actionLabelOf(action) === action);
    expect(unnamed).toEqual([]);
  });
});
