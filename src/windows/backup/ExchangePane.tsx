import type { ExchangeServerView } from '../../sim/selectors/exchange-connect.ts';
import { exchangeIcon, serverIcon } from './backup-icons.tsx';
import { MdiChild } from './MdiChild.tsx';

type Props = { view: ExchangeServerView; active: boolean; onActivate: () => void };

/**
 * The Microsoft Exchange window (Q146306) for the connected server: organisation, site, server,
 * then its Directory and Information Store. It is where an Exchange backup is chosen, which this
 * lab does not run, so its boxes are inert like the Drives window's.
 */
export function ExchangePane({ view, active, onActivate }: Props) {
  return (
    <MdiChild title="Microsoft Exchange" icon={exchangeIcon} active={active} onActivate={onActivate} className="exchange-pane">
      <ul className="sunken-panel exchange-tree" aria-label="Microsoft Exchange servers">
        <li>
          <span className="drive-row">{`${view.org} / ${view.site}`}</span>
          <ul>
            <li>
              <span className="drive-row">
                <span className="fake-check" aria-hidden />
                {serverIcon}
                <span>{view.server}</span>
              </span>
              <ul>
                {view.items.map((item) => (
                  <li key={item} className="drive-row">
                    <span className="fake-check" aria-hidden />
                    {exchangeIcon}
                    <span>{item}</span>
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        </li>
      </ul>
    </MdiChild>
  );
}
