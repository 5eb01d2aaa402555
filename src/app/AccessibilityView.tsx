import { useLang } from '../i18n';
import { STATEMENTS } from './accessibilityStatement';

export function AccessibilityView() {
  const s = STATEMENTS[useLang()];
  return (
    <article className="prose" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{s.title}</h1>
      <p>{s.intro}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.gapsTitle}</h2>
      <ul>
        {s.gaps.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <h2>{s.alternativesTitle}</h2>
      <p>{s.alternatives}</p>
      <h2>{s.feedbackTitle}</h2>
      <p>{s.feedback}</p>
      <h2>{s.enforcementTitle}</h2>
      <p>{s.enforcement}</p>
      <address>
        {s.contact.map((c) => (
          <span key={c}>
            {c}
            <br />
          </span>
        ))}
      </address>
      <p>{s.prepared}</p>
    </article>
  );
}
