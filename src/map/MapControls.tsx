import { useDataset } from '../data/DataContext';
import { useLang, useT } from '../i18n';
import { useAppStore } from '../state/store';
import { MAP_LAYERS, type MapState } from '../state/types';
import { Term } from '../ui/Term';
import { keepEarlyEdit } from '../ui/earlyEdit';

/** Geometry, layer and its year, and zoom: all in the shared store, so all in the URL. */
export function MapControls() {
  const m = useT('map');
  const lang = useLang();
  const d = useDataset();
  const map = useAppStore((s) => s.map);
  const setMap = useAppStore((s) => s.setMap);
  return (
    <div className="map-controls needs-js">
      <fieldset className="segmented">
        <legend>{m('geometry')}</legend>
        {(['tiles', 'boundaries'] as const).map((g) => (
          <label key={g}>
            <input
              type="radio"
              name="map-geometry"
              checked={map.geometry === g}
              onChange={() => setMap({ geometry: g })}
              ref={keepEarlyEdit(({ checked }) => checked && setMap({ geometry: g }))}
            />
            {m(`geo.${g}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{m('layer')}</span>
        <select
          value={map.layer}
          onChange={(e) => setMap({ layer: e.target.value as MapState['layer'] })}
          ref={keepEarlyEdit(({ value }) => setMap({ layer: value as MapState['layer'] }))}
        >
          {MAP_LAYERS.map((l) => (
            <option key={l} value={l}>
              {m(`layer.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {map.layer === 'yta' && (
        <>
          <label className="field">
            <span>{m('ytaYear')}</span>
            <select
              value={map.ytaYear}
              onChange={(e) => setMap({ ytaYear: e.target.value === '2014' ? 2014 : 2013 })}
              ref={keepEarlyEdit(({ value }) => setMap({ ytaYear: value === '2014' ? 2014 : 2013 }))}
            >
              <option value="2013">2013</option>
              <option value="2014">2014</option>
            </select>
          </label>
          <Term id="cooperation-area" label={m('layer.yta')} />
        </>
      )}
      {map.layer === 'projects' && (
        <label className="field">
          <span>{m('projectYear')}</span>
          <select
            value={map.projectYear}
            onChange={(e) => setMap({ projectYear: e.target.value as MapState['projectYear'] })}
            ref={keepEarlyEdit(({ value }) => setMap({ projectYear: value as MapState['projectYear'] }))}
          >
            <option value="both">{m('yearBoth')}</option>
            <option value="2008">2008</option>
            <option value="2009">2009</option>
          </select>
        </label>
      )}
      <label className="field">
        <span>{m('zoom')}</span>
        <select
          value={map.zoomProvince ?? ''}
          onChange={(e) => setMap({ zoomProvince: e.target.value || null })}
          ref={keepEarlyEdit(({ value }) => setMap({ zoomProvince: value || null }))}
        >
          <option value="">{m('zoomAll')}</option>
          {d.regions.provinces
            .filter((p) => p.core)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
