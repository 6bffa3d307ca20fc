import type { SimEvent } from '../../sim/events.ts';
import { SERVICE_DISPLAY } from '../../sim/world/names.ts';

const APP_NAMES: Record<string, string> = {
  'cluster-admin': 'Cluster Administrator', backup: 'Backup', services: 'Control Panel > Services', 'event-viewer': 'Event Viewer',
  'registry-editor': 'Registry Editor', inbox: 'Inbox', 'control-panel': 'Control Panel', 'command-prompt': 'a Command Prompt',
  regedit: 'Registry Editor (Regedit)',
};
const yes = (b: boolean) => (b ? 'ticked' : 'cleared');
const last = (path: string) => path.split('\\').at(-1) ?? path;

/** One trainee action in words, as a colleague would say it (hint rung 3, solution, replay). */
export function describeEvent(e: SimEvent): string {
  switch (e.type) {
    case 'app.open': return `On ${e.node}, open ${APP_NAMES[e.app]}.`;
    case 'app.close': return `On ${e.node}, close ${APP_NAMES[e.app]}.`;
    case 'console.switch': return `Switch to the console of ${e.node}.`;
    case 'cluster.selectGroup': return `In Cluster Administrator on ${e.node}, open Groups and select “${e.group}”.`;
    case 'resource.takeOffline': return `In Cluster Administrator, right-click “${e.resource}” and choose Take Offline.`;
    case 'resource.bringOnline': return `In Cluster Administrator, right-click “${e.resource}” and choose Bring Online.`;
    case 'resource.initiateFailure': return `In Cluster Administrator, right-click “${e.resource}” and choose Initiate Failure.`;
    case 'group.takeOffline': return `In Cluster Administrator, right-click the “${e.group}” group and choose Take Offline.`;
    case 'group.bringOnline': return `In Cluster Administrator, right-click the “${e.group}” group and choose Bring Online.`;
    case 'group.move': return `In Cluster Administrator, right-click the “${e.group}” group and choose Move Group.`;
    case 'group.setProperties': return `In Cluster Administrator, open the “${e.group}” group's Properties: Failover threshold ${e.failoverThreshold} in ${e.failoverPeriodHours} hours; ` +
      `${!e.failback.allow ? 'Prevent failback' : e.failback.window ? `allow failback between ${e.failback.window[0]} and ${e.failback.window[1]} hours` : 'allow failback immediately'}; click OK.`;
    case 'cluster.setNetworkPriority': return `In Cluster Administrator, open the cluster's Properties, Network Priority: put ${e.networks.join(', then ')}; click OK.`;
    case 'service.start': return e.app === 'command-prompt'
      ? `On ${e.node}, at a Command Prompt, type: net start "${SERVICE_DISPLAY[e.service]}".`
      : `On ${e.node}, in Control Panel > Services, select “${SERVICE_DISPLAY[e.service]}” and click Start.`;
    case 'service.stop': return `On ${e.node}, in Control Panel > Services, select “${SERVICE_DISPLAY[e.service]}” and click Stop${e.withDependants ? ', answering Yes to stop the services that depend on it' : ''}.`;
    case 'service.pause': return `On ${e.node}, in Control Panel > Services, select “${SERVICE_DISPLAY[e.service]}” and click Pause.`;
    case 'service.continue': return `On ${e.node}, in Control Panel > Services, select “${SERVICE_DISPLAY[e.service]}” and click Continue.`;
    case 'backup.catalog': return `On ${e.node}, in Backup's Tapes window, load the tape's catalog (double-click the tape).`;
    case 'backup.restore':
      return `On ${e.node}, in Backup's Tapes window tick ${e.items.join(' and ')} of the Exchange set and click Restore; set Destination Server to ${e.destination}; ` +
        `Erase all existing data ${yes(e.erase)}, Private ${yes(e.private)}, Public ${yes(e.public)}, Start Service After Restore ${yes(e.startService)}; click OK.`;
    case 'backup.abort': return `On ${e.node}, click Abort in Backup's Restore Status.`;
    case 'database.softRecovery': return `On ${e.node}, at a Command Prompt, type: ${e.tool === 'isinteg' ? 'isinteg -patch' : `eseutil /r /${e.service === 'MSExchangeIS' ? 'is' : 'ds'}`}.`;
    case 'registry.addKey': return `On ${e.node}, in Registry Editor add the key “${e.name}” under ${last(e.path)}.`;
    case 'registry.setValue': return `On ${e.node}, in Registry Editor set the value “${e.name}” (${e.valueType}) under ${last(e.path)}.`;
    case 'registry.deleteKey': return `On ${e.node}, in Registry Editor delete the key “${last(e.path)}”.`;
    case 'registry.deleteValue': return `On ${e.node}, in Registry Editor delete the value “${e.name}” under ${last(e.path)}.`;
    case 'mail.send': return `On ${e.node}, in Inbox send a message to ${e.to} (“${e.subject}”)${e.receipt ? ' with a delivery receipt' : ''}.`;
    case 'dialog.dismiss': return 'Close the message box.';
    case 'node.down': return `${e.node} goes down.`;
    case 'node.pause': return `In Cluster Administrator, right-click ${e.node} and choose Pause Node.`;
    case 'node.resume': return `In Cluster Administrator, right-click ${e.node} and choose Resume Node.`;
    case 'node.up': return `${e.node} is powered on and joins the cluster.`;
    case 'fault.inject': return `Instructor fault: ${describeFault(e.fault)}.`;
    case 'clock.tick': return e.skip ? `Skip ahead ${formatWait(e.ms)} to the next change.` : `Wait ${formatWait(e.ms)}.`;
    case 'attempt.abandon': return 'Stop the attempt: the procedure cannot succeed here.';
  }
}

export function describeFault(f: Extract<SimEvent, { type: 'fault.inject' }>['fault']): string {
  switch (f.kind) {
    case 'node-down': return `${f.node} down`;
    case 'resource-failure': return `“${f.resource}” fails`;
    case 'rip-key-deleted': return `Restore in Progress key of ${f.service} deleted on ${f.node}`;
    case 'tape-uncataloged': return 'tape catalog missing';
    case 'org-mismatch': return 'organisation name mismatch';
  }
}

const formatWait = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`);

/** Where to look for an action (hint rung 2): the window and menu, not the exact choice. */
export function whereToLook(e: SimEvent): string {
  switch (e.type) {
    case 'app.open': case 'app.close': return `Look at the programs on the console: ${APP_NAMES[e.app]}.`;
    case 'console.switch': return 'Look at which node\'s console you are sitting at (the console switch on the taskbar).';
    case 'cluster.selectGroup': return 'Look in Cluster Administrator\'s tree, under Groups.';
    case 'resource.takeOffline': case 'resource.bringOnline': case 'resource.initiateFailure':
      return 'Look in Cluster Administrator: the Exchange Cluster group\'s resources and their shortcut menu (right-click).';
    case 'group.takeOffline': case 'group.bringOnline': case 'group.move': case 'group.setProperties':
      return 'Look in Cluster Administrator: the group\'s shortcut menu (right-click the group).';
    case 'cluster.setNetworkPriority': return 'Look in Cluster Administrator: the cluster\'s Properties (right-click the cluster name at the top of the tree).';
    case 'service.start': case 'service.stop': case 'service.pause': case 'service.continue': return `Look in Control Panel > Services on ${e.node}.`;
    case 'backup.catalog': case 'backup.restore': case 'backup.abort': return 'Look in Backup (NT Backup), Tapes window.';
    case 'database.softRecovery': return `Look at a Command Prompt on ${e.node}.`;
    case 'registry.addKey': case 'registry.setValue': case 'registry.deleteKey': case 'registry.deleteValue':
      return `Look in Registry Editor on ${e.node}, under HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services.`;
    case 'mail.send': return 'Look in Inbox (the Exchange client).';
    case 'clock.tick': return 'Nothing to click: wait for the pending operation to finish.';
    case 'attempt.abandon': return 'Look at the Event Viewer\'s Application log: is this procedure possible at all?';
    default: return 'Look at the cluster\'s state in Cluster Administrator.';
  }
}
