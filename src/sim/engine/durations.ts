import { RES } from '../world/names.ts';
import type { OperationStep, World } from '../world/types.ts';

/** Q171277: IP addresses are quick, database services slow. Milliseconds of simulated time. */
const ONLINE: Record<string, number> = {
  [RES.ip]: 1000, [RES.networkName]: 2000, [RES.disk]: 2000, [RES.sa]: 5000, [RES.ds]: 7000, [RES.is]: 9000,
  [RES.mta]: 4000, [RES.es]: 2000, [RES.imc]: 3000,
};
const SERVICE_START: Record<string, number> = {
  MSExchangeSA: 5000, MSExchangeDS: 7000, MSExchangeIS: 9000, MSExchangeMTA: 4000, MSExchangeES: 2000, MSExchangeIMC: 3000,
};

export function stepDuration(w: World, step: OperationStep): number {
  switch (step.kind) {
    case 'resource-online':
      return ONLINE[step.resource] ?? 1500;
    case 'resource-offline':
      return w.cluster.resources[step.resource]?.type === 'Generic Service' ? 2000 : 1000;
    case 'service-start':
      return SERVICE_START[step.service] ?? 3000;
    case 'service-stop':
      return 2000;
    case 'restore':
      return w.backup.restores[step.record]?.options.items.length === 2 ? 30000 : 18000;
    case 'catalog':
      // [R] The set's catalog is written after its data (Q164805), so the drive reads to the end of it first.
      return 20000;
    case 'detect-failure':
      // The resource monitor's IsAlive poll notices a stopped service within seconds.
      return 5000;
    case 'change-owner':
      return 1500;
    case 'node-join':
      return 15000;
    case 'deliver-mail':
      return 3000;
  }
}
