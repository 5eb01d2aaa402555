import { useT } from '../i18n';
import type { LegendItem } from './symbolise';

export function Legend({
  title,
  items,
  showUncertain,
}: {
  title: string;
  items: LegendItem[];
  showUncertain: boolean;
}) {
  const m = useT('map');
  return (
    <div className="map-legend" aria-label={`${m('legend')}: ${title}`} role="group">
      <h2 className="map-legend-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <svg width="22" height="18" aria-hidden="true">
              <rect x="1" y="1" width="20" height="16" fill={item.fill} className="legend-swatch" />
              {item.mark && (
                <text x="11" y="13" textAnchor="middle" className="map-mark">
                  {item.mark}
                </text>
              )}
            </svg>
            {item.label}
          </li>
        ))}
        {showUncertain && (
          <li>
            <svg width="22" height="18" aria-hidden="true">
              <rect x="1" y="1" width="20" height="16" fill="none" className="legend-uncertain" />
            </svg>
            {m('legendUncertain')}
          </li>
        )}
        <li>
          <svg width="22" height="18" aria-hidden="true">
            <rect x="2" y="2" width="18" height="14" fill="none" className="legend-selected" />
          </svg>
          {m('legendSelected')}
        </li>
      </ul>
    </div>
  );
}
