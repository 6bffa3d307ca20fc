import { describe, expect, test } from 'vitest';
import { resolveRunCommand } from './apps.ts';

describe('Run command resolution', () => {
  test.each([
    ['regedt32', 'registry-editor'],
    ['REGEDIT.EXE', 'regedit'],
    ['REGEDT32.EXE', 'registry-editor'],
    [' cluadmin ', 'cluster-admin'],
    ['eventvwr', 'event-viewer'],
    ['ntbackup', 'backup'],
    ['control', 'control-panel'],
    ['CMD.EXE', 'command-prompt'],
  ])('%s opens %s', (cmd, app) => expect(resolveRunCommand(cmd)).toBe(app));

  test.each(['services.msc', 'mmc', 'command', ''])('%s is not found', (cmd) => expect(resolveRunCommand(cmd)).toBeNull());
});
