import { FEEDBACK_ENV } from '../data/config';
import { formatDate, interpolate, useLang } from '../i18n';
import { STATEMENTS, STATEMENT_DATE } from './accessibilityStatement';
import { feedbackChannel } from './feedback';

const channel = feedbackChannel(FEEDBACK_ENV);

export function AccessibilityView() {
  const lang = useLang();
  const s = STATEMENTS[lang];
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
      {channel.issueUrl || channel.email ? (
        <ul data-testid="feedback-channel">
          {channel.issueUrl && (
            <li>
              <a href={channel.issueUrl}>{s.feedbackIssue}</a>
            </li>
          )}
          {channel.email && (
            <li>
              <a href={`mailto:${channel.email}`}>{interpolate(lang, s.feedbackEmail, { email: channel.email })}</a>
            </li>
          )}
        </ul>
      ) : (
        <p>{s.feedbackMissing}</p>
      )}
      <h2>{s.enforcementTitle}</h2>
      <p>{s.enforcement}</p>
      <address>
        {s.authority}
        <br />
        <a href={s.web.href}>{s.web.label}</a>
        <br />
        <a href={`mailto:${s.email}`}>{s.email}</a>
        <br />
        <a href={`tel:${s.phone.number}`}>{s.phone.label}</a>
      </address>
      <p>
        {interpolate(lang, s.prepared, { date: '\u0000' })
          .split('\u0000')
          .flatMap((part, i) =>
            i === 0
              ? [part]
              : [
                  <time key="date" dateTime={STATEMENT_DATE}>
                    {formatDate(lang, STATEMENT_DATE)}
                  </time>,
                  part,
                ],
          )}
      </p>
    </article>
  );
}
