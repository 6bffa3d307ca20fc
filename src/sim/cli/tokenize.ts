/**
 * Splits a command line the way cmd.exe and the C runtime hand it to a program: spaces separate
 * arguments, double quotes group (and are removed). Pure.
 */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (started) out.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) out.push(current);
  return out;
}

/** Replaces %NAME% with the variable's value (case-insensitive); unknown names stay as typed, as cmd.exe leaves them. */
export function expandVars(line: string, lookup: (name: string) => string | undefined): string {
  return line.replace(/%([^%\s]+)%/g, (whole, name: string) => lookup(name) ?? whole);
}
