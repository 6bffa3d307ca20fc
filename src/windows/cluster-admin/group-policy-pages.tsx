import { useId, useState } from 'react';
import type { GroupPolicy } from '../../sim/engine/group-policy.ts';
import type { GroupState } from '../../sim/world/types.ts';
import { NumberField, Radio } from './fields.tsx';

/** What the Failover and Failback pages hold while the sheet is open: the boxes' text, as typed. */
export interface PolicyForm {
  threshold: string;
  period: string;
  failback: 'prevent' | 'immediately' | 'window';
  from: string;
  to: string;
}

export const formOf = (g: GroupState): PolicyForm => ({
  threshold: String(g.failoverThreshold),
  period: String(g.failoverPeriodHours),
  failback: !g.failback.allow ? 'prevent' : g.failback.window ? 'window' : 'immediately',
  from: String(g.failback.window?.[0] ?? 0),
  to: String(g.failback.window?.[1] ?? 0),
});

/** Text to number the way DDX_Text does: anything but digits is not an integer (NaN fails the range check). */
const toInt = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

export const policyOf = (f: PolicyForm): GroupPolicy => ({
  failoverThreshold: toInt(f.threshold),
  failoverPeriodHours: toInt(f.period),
  failback: { allow: f.failback !== 'prevent', window: f.failback === 'window' ? [toInt(f.from), toInt(f.to)] : null },
});

export function usePolicyForm(g: GroupState) {
  const [form, setForm] = useState(() => formOf(g));
  const [dirty, setDirty] = useState(false);
  const set = (patch: Partial<PolicyForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
  };
  return { form, set, dirty, saved: () => setDirty(false) };
}

type PageProps = { form: PolicyForm; set: (patch: Partial<PolicyForm>) => void };

/** Q197047: how often the cluster may fail the group over within a period. */
export function FailoverPage({ form, set }: PageProps) {
  return (
    <div className="cluadmin-page">
      <p>
        Specify the number of times the Cluster Service is allowed to fail over the group within the specified period. If the group
        fails more often than the threshold, the Cluster Service leaves it in the failed state.
      </p>
      <NumberField label="Threshold:" value={form.threshold} onChange={(threshold) => set({ threshold })} width={48} />
      <NumberField label="Period:" value={form.period} onChange={(period) => set({ period })} width={48} suffix="hours" />
    </div>
  );
}

/** Q197047: whether the group moves back to its preferred owner when that node is available again. */
export function FailbackPage({ form, set }: PageProps) {
  const name = useId();
  const when = useId();
  const allowed = form.failback !== 'prevent';
  const windowed = form.failback === 'window';
  return (
    <div className="cluadmin-page">
      <p>Specify whether the group should fail back to its preferred owner when that node comes back online.</p>
      <Radio name={name} label="Prevent failback" checked={!allowed} onChange={() => set({ failback: 'prevent' })} />
      <Radio name={name} label="Allow failback" checked={allowed} onChange={() => set({ failback: windowed ? 'window' : 'immediately' })} />
      <fieldset className="cluadmin-failback" disabled={!allowed} aria-label="When to fail back">
        <Radio name={when} label="Immediately" checked={allowed && !windowed} onChange={() => set({ failback: 'immediately' })} />
        <div className="cluadmin-failback-window">
          <Radio name={when} label="Failback between" checked={windowed} onChange={() => set({ failback: 'window' })} />
          <NumberField label="Failback from hour" hideLabel value={form.from} onChange={(from) => set({ from })} width={36} disabled={!windowed} />
          <NumberField label="and" value={form.to} onChange={(to) => set({ to })} width={36} disabled={!windowed} suffix="hours" />
        </div>
      </fieldset>
    </div>
  );
}
