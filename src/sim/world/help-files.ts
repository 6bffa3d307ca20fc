/**
 * The lab installs no help files. Asked for help, NT 4's WinHelp 4.0 says it cannot find the
 * program's .HLP file [R: the wording, the title and the file names are reconstructed; no source
 * in domain.md quotes them]. Yes would open a file dialog to look for it; the lab has no copy to
 * find, so both answers close the box.
 */
export const HELP_FILES = {
  'cluster-admin': 'CLUADMIN.HLP',
  backup: 'BACKUP.HLP',
  services: 'SRVMGR.HLP',
  'event-viewer': 'EVENTVWR.HLP',
  'control-panel': 'WINDOWS.HLP',
} as const;
export type HelpProgram = keyof typeof HELP_FILES;

export const HELP_TITLE = 'Windows Help';
export const helpFileMissing = (program: HelpProgram) =>
  `Cannot find the ${HELP_FILES[program]} file. Do you want to try to find this file yourself?`;

/** Help > About for the programs whose About box is a plain message [R: NT 4's shell About box, as text]. */
export const ABOUT_WINDOWS_NT = 'Microsoft (R) Windows NT (TM)\nVersion 4.0 (Build 1381: Service Pack 4)\nCopyright (C) 1981-1996 Microsoft Corp.';
export const ABOUT_EVENT_VIEWER = `Windows NT Event Viewer\n\n${ABOUT_WINDOWS_NT}`;
