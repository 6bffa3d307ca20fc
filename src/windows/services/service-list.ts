import { serviceStatusText, type ExchangeServiceRow } from '../../sim/selectors/services.ts';
import type { ExchangeService } from '../../sim/world/names.ts';
import type { SystemService } from '../../sim/world/system-services.ts';

/** One line of the applet's list. `exchange` is null for the static system services. */
export interface ServiceListRow {
  id: string;
  displayName: string;
  status: string;
  startup: string;
  exchange: ExchangeService | null;
}

/** Exchange services from the world and the static system services, sorted by name as NT 4 lists them. */
export function serviceListRows(exchange: readonly ExchangeServiceRow[], system: readonly SystemService[]): ServiceListRow[] {
  const rows: ServiceListRow[] = [
    ...exchange.map((r) => ({ id: r.service, displayName: r.displayName, status: serviceStatusText(r.status), startup: r.startupType, exchange: r.service })),
    ...system.map((s) => ({ id: s.id, displayName: s.displayName, status: s.status, startup: s.startup, exchange: null })),
  ];
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }));
}

/** Q162353: the applet names the running dependants before it stops anything. */
export function stopDependantsQuestion(displayName: string, dependants: readonly string[]): string {
  return `When ${displayName} stops, these other services will also stop.\n\n${dependants.join('\n')}\n\nDo you want to stop these services?`;
}
